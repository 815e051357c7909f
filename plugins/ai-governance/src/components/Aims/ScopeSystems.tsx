import {
  describeScopeFilter,
  type AimsScope,
  type AimsScopedSystem,
} from '@aigov/plugin-ai-governance-common';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { EmptyNote } from '../shared';

function SystemsTable(props: { label: string; systems: AimsScopedSystem[] }) {
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>AI system</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Lifecycle</TableCell>
          <TableCell>Tier</TableCell>
          <TableCell>Why</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.systems.map(s => (
          <TableRow key={s.entityRef}>
            <TableCell>
              <EntityRefLink entityRef={s.entityRef} title={s.title} />
            </TableCell>
            <TableCell>
              {s.ownerRef ? (
                <EntityRefLink entityRef={s.ownerRef} defaultKind="group" />
              ) : (
                'No owner'
              )}
            </TableCell>
            <TableCell>{s.lifecycle ?? '—'}</TableCell>
            <TableCell>{s.tier ?? 'Not classified'}</TableCell>
            <TableCell>{s.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The AI systems of the scope as the catalog has them now: the filter in
 * words, the systems in scope, and those left out with why.
 */
export function ScopeSystems(props: { scope: AimsScope }) {
  const { filter, systems } = props.scope;
  const inScope = systems.filter(s => s.inScope);
  const out = systems.filter(s => !s.inScope);
  return (
    <InfoCard title={`AI systems in scope (${inScope.length})`}>
      <Typography variant="body2" paragraph>
        {describeScopeFilter(filter)}. Resolved from the catalog now: a new AI
        system, or one whose lifecycle changes, is counted without an edit.
      </Typography>
      {inScope.length === 0 ? (
        <EmptyNote>No AI system of the catalog is in scope.</EmptyNote>
      ) : (
        <SystemsTable label="AI systems in scope" systems={inScope} />
      )}
      {out.length > 0 && (
        <>
          <Typography variant="subtitle2" style={{ marginTop: 16 }}>
            Out of scope ({out.length})
          </Typography>
          <SystemsTable label="AI systems out of scope" systems={out} />
        </>
      )}
    </InfoCard>
  );
}
