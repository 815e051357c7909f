import type { TeamScorecard } from '@aigov/plugin-ai-governance-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { useOwnedAiSystems, useTeamScorecard } from '../../hooks';
import {
  EmptyNote,
  LevelDistribution,
  LoadError,
  formatPercent,
} from '../shared';
import { RollUpNote } from '../shared/RollUpNote';
import { ExportButtons } from '../Dashboard/ExportButtons';
import { AiSystemScorecardTable } from './AiSystemScorecardTable';
import { FactList } from './FactList';

/**
 * Card on a Group: the team's governance scorecard and the AI systems it
 * owns, both counting child groups (any depth), so a department sees what
 * its teams own. The rolled-up numbers come from the backend; the system
 * list comes from the catalog, each part loading and failing on its own.
 * @public
 */
export function GroupScorecardCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const team = useTeamScorecard(groupRef);
  const systems = useOwnedAiSystems(entity);

  const ownsNothing =
    team.value === null && systems.value !== undefined && !systems.value.length;

  return (
    <InfoCard
      title="AI governance"
      subheader="Includes the AI systems of child groups"
    >
      {ownsNothing ? (
        <NoAiSystems />
      ) : (
        <>
          <TeamSection
            // Without a row, wait for the catalog: it may yet show that the
            // team owns nothing, which the empty state explains better.
            loading={team.loading || (team.value === null && systems.loading)}
            error={team.error}
            row={team.value}
            onRetry={team.retry}
          />
          <Box my={2}>
            <Divider />
          </Box>
          <Typography variant="h6" component="h3" gutterBottom>
            AI systems of this team and its child groups
          </Typography>
          {systems.loading && <Progress aria-label="Loading AI systems" />}
          {systems.error && (
            <LoadError
              error={systems.error}
              what="AI systems from the catalog"
              onRetry={systems.retry}
            />
          )}
          {systems.value?.length === 0 && (
            <EmptyNote>
              The catalog lists no AI system owned by this team or its child
              groups.
            </EmptyNote>
          )}
          {!!systems.value?.length && (
            <AiSystemScorecardTable
              systems={systems.value}
              showOwner
              aria-label="AI systems of this team and its child groups"
            />
          )}
          <Box mt={2}>
            <ExportButtons scope={{ owner: groupRef }} />
          </Box>
        </>
      )}
    </InfoCard>
  );
}

function TeamSection(props: {
  loading: boolean;
  error?: Error;
  row?: TeamScorecard | null;
  onRetry: () => void;
}) {
  if (props.loading)
    return <Progress aria-label="Loading the team scorecard" />;
  if (props.error) {
    return (
      <LoadError
        error={props.error}
        what="team scorecard"
        onRetry={props.onRetry}
      />
    );
  }
  const row = props.row;
  if (!row) {
    // The catalog may list systems the governance backend has not picked up
    // yet (it syncs on a schedule), or that the user may not see there.
    return <EmptyNote>No scorecard for this team yet.</EmptyNote>;
  }
  return (
    <FactList
      aria-label="Team scorecard"
      facts={[
        {
          label: 'AI systems',
          value: (
            <>
              {row.systems}
              <RollUpNote childGroups={row.childGroups} />
            </>
          ),
        },
        { label: 'Levels', value: <LevelDistribution levels={row.levels} /> },
        { label: 'Control compliance', value: formatPercent(row.compliance) },
        { label: 'Open high/critical risks', value: row.openHighOrCritical },
        {
          label: 'Untreated above appetite',
          value: row.untreatedAboveAppetite,
        },
        { label: 'Overdue items', value: row.overdue },
        { label: 'Expired evidence', value: row.expiredEvidence },
        { label: 'Open incidents', value: row.openIncidents },
        {
          label: 'Open serious incidents',
          value: row.openSeriousIncidents,
        },
      ]}
    />
  );
}

function NoAiSystems() {
  return (
    <>
      <Typography variant="body1" gutterBottom>
        This team and its child groups own no AI systems
      </Typography>
      <Typography variant="body2" color="textSecondary">
        An AI system counts for a team when its AiSystem entity names the team
        (or one of its child groups) in <code>spec.owner</code>.
      </Typography>
    </>
  );
}
