import type { AimsDocumentSummary } from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { dateOnly } from '../shared';
import { AimsTable, OpenLink } from './AimsTable';
import { DOCUMENT_KIND_LABELS, VERSION_STATUS_LABELS } from './policyLabels';

/** A review day, with `overdue` when it has passed. */
function NextReview(props: { day: string | null; today: string }) {
  if (!props.day) return <>—</>;
  if (props.day >= props.today) return <>{props.day}</>;
  return (
    <Typography variant="body2" color="error" component="span">
      {props.day} (overdue)
    </Typography>
  );
}

/**
 * The documents of the management system: title (which opens the
 * document), kind, owner, current version (and a newer one in the
 * making), who approved it and when, and the next review, overdue in red,
 * with its review task once one is open.
 */
export function PolicyTable(props: {
  documents: AimsDocumentSummary[];
  today: string;
  onOpen: (doc: AimsDocumentSummary) => void;
}) {
  return (
    <AimsTable
      label="Policies and procedures"
      columns={[
        'Document',
        'Kind',
        'Owner',
        'Current version',
        'Approved',
        'Next review',
      ]}
      rows={props.documents}
      empty="No policy or procedure is recorded yet: start with the AI policy."
    >
      {d => (
        <TableRow key={d.id}>
          <TableCell>
            <OpenLink onOpen={() => props.onOpen(d)}>{d.title}</OpenLink>
            {d.topic === 'ai-policy' && ' (AI policy)'}
          </TableCell>
          <TableCell>{DOCUMENT_KIND_LABELS[d.kind]}</TableCell>
          <TableCell>
            <EntityRefLink entityRef={d.owner} />
          </TableCell>
          <TableCell>
            {d.current ? `v${d.current.number}` : 'None approved'}
            {d.latest.number !== d.current?.number &&
              ` · v${d.latest.number} ${VERSION_STATUS_LABELS[
                d.latest.status
              ].toLocaleLowerCase('en-US')}`}
          </TableCell>
          <TableCell>
            {d.current?.approvedAt
              ? `${dateOnly(d.current.approvedAt)} by ${d.current.approvedBy}`
              : '—'}
          </TableCell>
          <TableCell>
            <NextReview day={d.nextReviewAt} today={props.today} />
            {d.reviewTask && ' · review task open'}
          </TableCell>
        </TableRow>
      )}
    </AimsTable>
  );
}
