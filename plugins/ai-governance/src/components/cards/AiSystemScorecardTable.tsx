import { parseEntityRef } from '@backstage/catalog-model';
import { Link, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  type ListedAiSystem,
  type ScorecardResult,
  useScorecards,
} from '../../hooks';
import {
  LoadError,
  ScorecardLevelChip,
  TierChip,
  errorMessage,
  useGovernanceTabPath,
} from '../shared';
import { MissingItems } from './MissingItems';

type Row = ScorecardResult<ListedAiSystem>;

/**
 * AI systems with their tier, scorecard level and open high and critical
 * risks. A system whose scorecard could not be had (the user may not read
 * it, or the backend doesn't know it yet) shows its own "unavailable" note
 * instead of failing the whole list.
 */
export function AiSystemScorecardTable(props: {
  systems: ListedAiSystem[];
  'aria-label': string;
  showOwner?: boolean;
}) {
  const { value, loading, error, retry } = useScorecards(props.systems);

  if (loading) return <Progress aria-label="Loading scorecards" />;
  if (error) {
    return <LoadError error={error} what="scorecards" onRetry={retry} />;
  }
  return (
    <Table size="small" aria-label={props['aria-label']}>
      <TableHead>
        <TableRow>
          <TableCell>AI system</TableCell>
          {props.showOwner && <TableCell>Owner</TableCell>}
          <TableCell>EU AI Act tier</TableCell>
          <TableCell>Level</TableCell>
          <TableCell align="right">Open high/critical risks</TableCell>
          <TableCell>Missing for next level</TableCell>
          <TableCell>Governance</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(value ?? []).map(row => (
          <SystemRow
            key={row.entityRef}
            row={row}
            showOwner={props.showOwner}
          />
        ))}
      </TableBody>
    </Table>
  );
}

function SystemRow(props: { row: Row; showOwner?: boolean }) {
  const { row } = props;
  const governanceTabPath = useGovernanceTabPath();
  const name = row.scorecard?.title ?? parseEntityRef(row.entityRef).name;
  const scorecard = row.scorecard;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        <EntityRefLink entityRef={row.entityRef} defaultKind="aisystem" />
      </TableCell>
      {props.showOwner && (
        <TableCell>
          {row.owner ? (
            <EntityRefLink entityRef={row.owner} defaultKind="group" />
          ) : (
            '—'
          )}
        </TableCell>
      )}
      <TableCell>
        {scorecard || row.riskTier !== undefined ? (
          <TierChip tier={scorecard ? scorecard.riskTier : row.riskTier} />
        ) : (
          '—'
        )}
      </TableCell>
      {scorecard ? (
        <>
          <TableCell>
            <ScorecardLevelChip level={scorecard.level} />
          </TableCell>
          <TableCell align="right">
            {scorecard.risks.open.high + scorecard.risks.open.critical}
          </TableCell>
          <TableCell>
            {scorecard.missingItems.length ? (
              <MissingItems
                entityRef={row.entityRef}
                items={scorecard.missingItems}
                aria-label={`Missing for ${scorecard.nextLevel} on ${name}`}
              />
            ) : (
              'Nothing: highest level'
            )}
          </TableCell>
        </>
      ) : (
        <TableCell colSpan={3}>
          <Typography variant="body2" color="error">
            Scorecard unavailable: {errorMessage(row.error)}
          </Typography>
        </TableCell>
      )}
      <TableCell>
        <Link
          to={governanceTabPath(row.entityRef)}
          aria-label={`Governance tab of ${name}`}
        >
          Governance
        </Link>
      </TableCell>
    </TableRow>
  );
}
