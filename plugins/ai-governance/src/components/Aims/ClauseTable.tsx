import type {
  AimsClauseAssessment,
  AimsReadiness,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  ReasonButton,
  disabledReason,
  formatPercent,
  type Guard,
} from '../shared';
import { AIMS_STATUS_LABELS } from './labels';

/** Readiness in words: the share and what it is made of. */
export function readinessText(r: AimsReadiness): string {
  return `${formatPercent(r.readiness)} ready — ${r.implemented} implemented, ${
    r.partial
  } partly met, ${r.gap} ${r.gap === 1 ? 'gap' : 'gaps'}, ${
    r.notAssessed
  } not assessed`;
}

/** How deep a clause sits below its top-level clause (6.1.2 → 2). */
const depthOf = (id: string) => id.split('.').length - 1;

/**
 * One top-level clause and its sub-clauses: the recorded status, what the
 * suite's records show beside it and why, the owner and the evidence, and an
 * Assess button for the governance office.
 */
export function ClauseTable(props: {
  top: AimsClauseAssessment;
  clauses: AimsClauseAssessment[];
  readiness?: AimsReadiness;
  canUpdate: Guard;
  onAssess: (clause: AimsClauseAssessment) => void;
}) {
  const { top, canUpdate } = props;
  const headingId = `aims-clause-${top.id}`;
  const reason = canUpdate.allowed ? undefined : disabledReason(canUpdate);
  return (
    <Box component="section" aria-labelledby={headingId} mb={3}>
      <Box display="flex" alignItems="baseline" flexWrap="wrap" gridGap={16}>
        <Typography variant="h6" component="h2" id={headingId}>
          {top.id} {top.title}
        </Typography>
        {props.readiness && (
          <Typography variant="body2" color="textSecondary">
            {readinessText(props.readiness)}
          </Typography>
        )}
      </Box>
      <Paper variant="outlined">
        <Table
          size="small"
          aria-labelledby={headingId}
          // One set of column widths for every clause's table, so the
          // columns line up down the page and headings never break mid-word.
          style={{ tableLayout: 'fixed' }}
        >
          <TableHead>
            <TableRow>
              <TableCell style={{ width: '34%' }}>Clause</TableCell>
              <TableCell style={{ width: '12%' }}>Status</TableCell>
              <TableCell style={{ width: '26%' }}>
                The suite’s records show
              </TableCell>
              <TableCell style={{ width: '12%' }}>Owner</TableCell>
              <TableCell style={{ width: '9%' }}>Evidence</TableCell>
              <TableCell style={{ width: '7%' }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {props.clauses.map(c => (
              <TableRow key={c.id}>
                <TableCell style={{ paddingLeft: 16 + depthOf(c.id) * 16 }}>
                  <strong>{c.id}</strong> {c.title}
                  {c.notes && (
                    <Typography variant="body2" color="textSecondary">
                      {c.notes}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={c.status === 'implemented' ? 'primary' : 'default'}
                    variant={
                      c.status === 'not-assessed' ? 'outlined' : 'default'
                    }
                    label={AIMS_STATUS_LABELS[c.status]}
                  />
                </TableCell>
                <TableCell>
                  {c.prefilled ? (
                    <>
                      <Chip
                        size="small"
                        variant="outlined"
                        label={AIMS_STATUS_LABELS[c.prefilled.status]}
                      />
                      <Typography variant="body2">
                        {c.prefilled.reason}
                      </Typography>
                    </>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  {c.owner ? <EntityRefLink entityRef={c.owner} /> : '—'}
                </TableCell>
                <TableCell>
                  {c.evidenceLinks.length === 0
                    ? '—'
                    : c.evidenceLinks.map(l => (
                        <div key={l.url}>
                          <Link href={l.url} target="_blank" rel="noopener">
                            {l.title ?? l.url}
                          </Link>
                        </div>
                      ))}
                </TableCell>
                <TableCell>
                  <ReasonButton
                    size="small"
                    aria-label={`Assess ${c.id}`}
                    disabledReason={reason}
                    onClick={() => props.onAssess(c)}
                  >
                    Assess
                  </ReasonButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
