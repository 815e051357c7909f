import { useState } from 'react';
import {
  currentDocumentVersion,
  type AimsDocument,
  type DocumentVersion,
} from '@aigov/plugin-ai-governance-common';
import { Link, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReasonButton, dateOnly } from '../shared';
import {
  DOCUMENT_KIND_LABELS,
  VERSION_STATUS_LABELS,
  contentLink,
} from './policyLabels';
import type { PolicyRights } from './usePolicyRights';

/** A version's text: Markdown rendered, or the link to where it is kept. */
function VersionText(props: { version: DocumentVersion }) {
  const link = contentLink(props.version.content);
  if (link) {
    return (
      <Typography>
        Kept outside the portal: <Link to={link.href}>{link.label}</Link>
      </Typography>
    );
  }
  const { content } = props.version;
  return (
    <MarkdownContent
      content={content.format === 'markdown' ? content.markdown : ''}
    />
  );
}

/** What the document's steps need from the page. */
export interface PolicyActions {
  onNewVersion: () => void;
  onSubmit: (version: DocumentVersion) => void;
  onApprove: (version: DocumentVersion) => void;
  onReject: (version: DocumentVersion) => void;
}

/**
 * One document: its metadata, the version shown (the current one unless
 * another is picked in the history) and every version with its status, and
 * the steps of the version in the making, each disabled with its reason.
 */
export function PolicyDetail(props: {
  doc: AimsDocument;
  rights: PolicyRights;
  actions: PolicyActions;
}) {
  const { doc, rights, actions } = props;
  const current = currentDocumentVersion(doc.versions);
  const latest = doc.versions[doc.versions.length - 1];
  const [shown, setShown] = useState<number>();
  const version =
    doc.versions.find(v => v.number === shown) ?? current ?? latest;
  const open = ['draft', 'in-approval'].includes(latest.status)
    ? latest
    : undefined;
  const writeReason = rights.writeReason(doc);

  return (
    <Box mt={3}>
      <Paper variant="outlined">
        <Box p={2}>
          <Typography variant="h5" component="h2">
            {doc.title}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {DOCUMENT_KIND_LABELS[doc.kind]}
            {doc.topic === 'ai-policy' && ' · the AI policy (5.2)'} · owner{' '}
            <EntityRefLink entityRef={doc.owner} /> · reviewed every{' '}
            {doc.reviewMonths} months
            {doc.nextReviewAt && ` · next review ${doc.nextReviewAt}`}
          </Typography>
          <Box display="flex" gridGap={8} mt={2} flexWrap="wrap">
            <ReasonButton
              variant="outlined"
              disabledReason={
                writeReason ??
                (open
                  ? `Version ${open.number} is ${VERSION_STATUS_LABELS[
                      open.status
                    ].toLocaleLowerCase(
                      'en-US',
                    )}: one version is in the making at a time`
                  : undefined)
              }
              onClick={actions.onNewVersion}
            >
              New version
            </ReasonButton>
            {open?.status === 'draft' && (
              <ReasonButton
                variant="contained"
                color="primary"
                disabledReason={writeReason}
                onClick={() => actions.onSubmit(open)}
              >
                Submit v{open.number} for approval
              </ReasonButton>
            )}
            {open?.status === 'in-approval' && (
              <>
                <ReasonButton
                  variant="contained"
                  color="primary"
                  disabledReason={rights.decideReason(open, true)}
                  onClick={() => actions.onApprove(open)}
                >
                  Approve v{open.number}
                </ReasonButton>
                <ReasonButton
                  variant="outlined"
                  disabledReason={rights.decideReason(open, false)}
                  onClick={() => actions.onReject(open)}
                >
                  Reject v{open.number}
                </ReasonButton>
              </>
            )}
          </Box>
        </Box>
      </Paper>
      <Box mt={2}>
        <Typography variant="h6" component="h3">
          Version {version.number} ({VERSION_STATUS_LABELS[version.status]}
          {version === current && ', current'})
        </Typography>
        {!current && (
          <Typography color="textSecondary">
            No version is approved yet.
          </Typography>
        )}
        <Paper variant="outlined">
          <Box p={2}>
            <VersionText version={version} />
          </Box>
        </Paper>
      </Box>
      <Box mt={2}>
        <Table size="small" aria-label={`Versions of ${doc.title}`}>
          <TableHead>
            <TableRow>
              <TableCell>Version</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>What changed</TableCell>
              <TableCell>Written</TableCell>
              <TableCell>Decided</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {[...doc.versions].reverse().map(v => (
              <TableRow key={v.number} selected={v.number === version.number}>
                <TableCell>v{v.number}</TableCell>
                <TableCell>
                  {VERSION_STATUS_LABELS[v.status]}
                  {v.rejectReason && `: ${v.rejectReason}`}
                </TableCell>
                <TableCell>{v.changeSummary}</TableCell>
                <TableCell>
                  {dateOnly(v.createdAt)} by {v.author}
                </TableCell>
                <TableCell>
                  {v.approvedAt
                    ? `${dateOnly(v.approvedAt)} by ${v.approvedBy}`
                    : '—'}
                  {v.effectiveFrom &&
                    v.status === 'approved' &&
                    `, effective ${v.effectiveFrom}`}
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setShown(v.number)}>
                    View v{v.number}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
