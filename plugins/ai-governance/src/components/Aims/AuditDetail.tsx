import type { Audit } from '@aigov/plugin-ai-governance-common';
import { Link as RouterLink } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  ReasonButton,
  disabledReason,
  useGovernanceTabPath,
  type Guard,
} from '../shared';
import { AimsTable } from './AimsTable';
import { AUDIT_STATUS_LABELS, FINDING_KIND_LABELS } from './auditLabels';
import { userName } from './AuditTable';

const listed = (items: string[]) => (items.length ? items.join(', ') : 'none');

/**
 * One audit: its scope, auditors, status and conclusion, its findings with
 * a link to the nonconformity a finding opened (on the AI system's
 * Governance tab), and the buttons that move it on and add a finding.
 */
export function AuditDetail(props: {
  audit: Audit;
  canUpdate: Guard;
  onStart: () => void;
  onComplete: () => void;
  onAddFinding: () => void;
}) {
  const { audit, canUpdate } = props;
  const tabPath = useGovernanceTabPath();
  const reason = disabledReason(canUpdate);
  const headingId = `audit-${audit.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} mt={3}>
      <Typography variant="h6" component="h2" id={headingId}>
        {audit.title}
      </Typography>
      <Typography variant="body2" paragraph>
        {AUDIT_STATUS_LABELS[audit.status]}, planned {audit.plannedStart} –{' '}
        {audit.plannedEnd}. Lead auditor {userName(audit.leadAuditor)}; auditors{' '}
        {audit.auditors.map(userName).join(', ')}.
        {audit.cancelReason && ` Cancelled: ${audit.cancelReason}`}
      </Typography>
      <Typography variant="body2">
        Clauses: {listed(audit.scope.clauses)}. Annex A controls:{' '}
        {listed(audit.scope.controls)}.
      </Typography>
      <Typography variant="body2" component="div" paragraph>
        AI systems:{' '}
        {audit.scope.systems.length
          ? audit.scope.systems.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <EntityRefLink entityRef={s} />
              </span>
            ))
          : 'none'}
      </Typography>
      {audit.summary && (
        <Typography variant="body2" paragraph>
          Conclusion: {audit.summary}
        </Typography>
      )}
      <Box display="flex" gridGap={8} mb={2}>
        {audit.status === 'planned' && (
          <ReasonButton
            variant="outlined"
            disabledReason={reason}
            onClick={props.onStart}
          >
            Start audit
          </ReasonButton>
        )}
        {audit.status === 'in-progress' && (
          <>
            <ReasonButton
              variant="contained"
              color="primary"
              disabledReason={reason}
              onClick={props.onAddFinding}
            >
              Add a finding
            </ReasonButton>
            <ReasonButton
              variant="outlined"
              disabledReason={reason}
              onClick={props.onComplete}
            >
              Complete audit
            </ReasonButton>
          </>
        )}
      </Box>
      <AimsTable
        label={`Findings of ${audit.title}`}
        columns={['Kind', 'Against', 'AI system', 'Finding', 'Nonconformity']}
        rows={audit.findings}
        empty="No finding is recorded yet."
      >
        {f => (
          <TableRow key={f.id}>
            <TableCell>{FINDING_KIND_LABELS[f.kind]}</TableCell>
            <TableCell>{f.reference}</TableCell>
            <TableCell>
              {f.entityRef ? <EntityRefLink entityRef={f.entityRef} /> : '—'}
            </TableCell>
            <TableCell>{f.description}</TableCell>
            <TableCell>
              {f.nonconformityId && f.entityRef ? (
                <RouterLink
                  to={tabPath(f.entityRef, {
                    section: 'incidents',
                    record: f.nonconformityId,
                  })}
                >
                  Open nonconformity
                </RouterLink>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        )}
      </AimsTable>
    </Box>
  );
}
