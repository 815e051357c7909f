import type { EntityScorecard } from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { ScorecardLevelChip, TierChip } from '../shared';
import { useGovernanceTabPath } from './governanceTabPath';
import { SectionError } from './SectionError';

/** An AI system to list, with what the catalog already says about it. */
export type ListedAiSystem = {
  /** Full entity ref, e.g. `aisystem:default/card-fraud-detection`. */
  entityRef: string;
  /** Tier from the catalog, used when the scorecard could not be loaded. */
  riskTier?: string | null;
  /** The owning group, shown when the list spans several groups. */
  owner?: string;
};

const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

type Row = ListedAiSystem & {
  scorecard?: EntityScorecard;
  error?: unknown;
};

/**
 * AI systems with their tier, scorecard level and open high and critical
 * risks. Scorecards are fetched in parallel and settled one by one: a system
 * the user may not read (or that the backend doesn't know yet) shows its own
 * "unavailable" note instead of failing the whole list.
 */
export function AiSystemScorecardTable(props: {
  systems: ListedAiSystem[];
  'aria-label': string;
  showOwner?: boolean;
}) {
  const api = useApi(aiGovernanceApiRef);
  const key = props.systems.map(s => s.entityRef).join('\n');
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const results = await Promise.allSettled(
      props.systems.map(s => api.getScorecard(parseEntityRef(s.entityRef))),
    );
    return props.systems.map((system, i): Row => {
      const result = results[i];
      return result.status === 'fulfilled'
        ? { ...system, scorecard: result.value }
        : { ...system, error: result.reason };
    });
    // Keyed by the refs: callers build the array anew on every render.
  }, [api, key]);

  if (loading) return <Progress aria-label="Loading scorecards" />;
  if (error) {
    return (
      <SectionError
        title="Could not load the scorecards"
        error={error}
        onRetry={retry}
      />
    );
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
        </>
      ) : (
        <TableCell colSpan={2}>
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
