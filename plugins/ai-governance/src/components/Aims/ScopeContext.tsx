import type { AimsScope } from '@aigov/plugin-ai-governance-common';
import { InfoCard } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { EmptyNote } from '../shared';
import { AI_ACT_ROLE_LABELS, ISSUE_KIND_LABELS } from './scopeLabels';

/** Internal and external issues (4.1). */
export function IssuesCard(props: { scope: AimsScope }) {
  const { issues } = props.scope;
  return (
    <InfoCard title="Internal and external issues">
      {issues.length === 0 ? (
        <EmptyNote>No issue is recorded yet.</EmptyNote>
      ) : (
        <Table size="small" aria-label="Issues">
          <TableHead>
            <TableRow>
              <TableCell>Kind</TableCell>
              <TableCell>Issue</TableCell>
              <TableCell>Effect on the AIMS</TableCell>
              <TableCell>Updated</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {issues.map(i => (
              <TableRow key={i.id}>
                <TableCell>{ISSUE_KIND_LABELS[i.kind]}</TableCell>
                <TableCell>{i.description}</TableCell>
                <TableCell>{i.effect || '—'}</TableCell>
                <TableCell>{i.updatedAt.slice(0, 10)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

/** Interested parties, their requirements and the feedback they gave (4.2). */
export function PartiesCard(props: { scope: AimsScope }) {
  const parties = props.scope.interestedParties;
  return (
    <InfoCard title="Interested parties">
      {parties.length === 0 ? (
        <EmptyNote>No interested party is recorded yet.</EmptyNote>
      ) : (
        <Table size="small" aria-label="Interested parties">
          <TableHead>
            <TableRow>
              <TableCell>Party</TableCell>
              <TableCell>Requirements</TableCell>
              <TableCell>Feedback</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {parties.map(p => (
              <TableRow key={p.id}>
                <TableCell>{p.name}</TableCell>
                <TableCell>
                  {p.requirements.length === 0
                    ? 'None recorded'
                    : p.requirements.map(r => <div key={r}>{r}</div>)}
                </TableCell>
                <TableCell>
                  {p.feedback.length === 0
                    ? '—'
                    : p.feedback.map(f => (
                        <div key={`${f.date}${f.text}`}>
                          {f.date}: {f.text}
                        </div>
                      ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

/** The scope statement, its boundaries and the organisation's EU AI Act roles (4.3). */
export function StatementCard(props: { scope: AimsScope }) {
  const { scope } = props;
  return (
    <InfoCard title="Scope statement">
      {scope.defined ? (
        <>
          <Typography variant="body1" paragraph>
            {scope.statement}
          </Typography>
          <Typography variant="subtitle2">Boundaries</Typography>
          <Typography variant="body2" paragraph>
            {scope.boundaries || 'No boundaries recorded.'}
          </Typography>
        </>
      ) : (
        <EmptyNote>
          The scope is not recorded yet. Until it is, every AiSystem of the
          catalog that is not experimental counts as in scope.
        </EmptyNote>
      )}
      <Typography variant="subtitle2">Roles of the organisation</Typography>
      {scope.organisationRoles.length === 0 ? (
        <EmptyNote>No EU AI Act role recorded.</EmptyNote>
      ) : (
        scope.organisationRoles.map(r => (
          <Chip
            key={r}
            size="small"
            label={AI_ACT_ROLE_LABELS[r]}
            style={{ marginRight: 8 }}
          />
        ))
      )}
    </InfoCard>
  );
}
