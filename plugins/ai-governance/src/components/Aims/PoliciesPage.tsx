import { useState } from 'react';
import {
  documentRejectSchema,
  type AimsDocument,
  type DocumentVersion,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  LoadError,
  LoadProgress,
  ReasonDialog,
  SaveErrorAlert,
  today,
} from '../shared';
import { AimsPage } from './AimsNav';
import { AimsToolbar } from './AimsToolbar';
import { NewDocumentDialog } from './NewDocumentDialog';
import { NewVersionDialog } from './NewVersionDialog';
import { PolicyDetail } from './PolicyDetail';
import { PolicyTable } from './PolicyTable';
import { usePolicyRights } from './usePolicyRights';

type Dialog =
  | { kind: 'document' }
  | { kind: 'version' }
  | { kind: 'reject'; version: DocumentVersion };

/**
 * The policies and procedures of the management system (ISO/IEC 42001
 * 5.2, 7.5): every document in a table, the one chosen (`?document=`, so
 * it can be linked) with its current version and its history below, and
 * the New document, New version, Submit, Approve and Reject steps.
 */
export function PoliciesContent(props: { now?: Date }) {
  const api = useApi(aiGovernanceApiRef);
  const rights = usePolicyRights();
  const [params, setParams] = useSearchParams();
  const openId = params.get('document') ?? undefined;
  const list = useAsyncRetry(() => api.listPolicies(), [api]);
  const detail = useAsyncRetry(
    async () => (openId ? api.getPolicy(openId) : undefined),
    [api, openId],
  );
  const [dialog, setDialog] = useState<Dialog>();
  const [saved, setSaved] = useState<string>();
  const [stepError, setStepError] = useState<unknown>();

  if (!list.value) {
    return <LoadProgress state={list} what="policies and procedures" />;
  }
  const open = (id: string) => {
    setStepError(undefined);
    setParams({ document: id });
  };
  const done = (message: string) => (doc: AimsDocument) => {
    setDialog(undefined);
    setSaved(message);
    list.retry();
    if (doc.id === openId) detail.retry();
    else open(doc.id);
  };
  const step = async (
    message: string,
    run: (doc: AimsDocument) => Promise<AimsDocument>,
  ) => {
    const doc = detail.value;
    if (!doc) return;
    setStepError(undefined);
    try {
      done(message)(await run(doc));
    } catch (e) {
      setStepError(e);
    }
  };

  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="New document"
        guard={rights.create}
        onAction={() => setDialog({ kind: 'document' })}
        notice={{ message: saved, onDismiss: () => setSaved(undefined) }}
      />
      {stepError !== undefined && <SaveErrorAlert error={stepError} />}
      <PolicyTable
        documents={list.value}
        today={today(props.now)}
        onOpen={d => open(d.id)}
      />
      {detail.error && (
        <LoadError
          error={detail.error}
          what="document"
          onRetry={detail.retry}
        />
      )}
      {detail.value && (
        <PolicyDetail
          key={`${detail.value.id}@${detail.value.version}`}
          doc={detail.value}
          rights={rights}
          actions={{
            onNewVersion: () => setDialog({ kind: 'version' }),
            onSubmit: v =>
              step(`Version ${v.number} submitted for approval`, d =>
                api.submitPolicyVersion(d.id, v.number, d.version),
              ),
            onApprove: v =>
              step(`Version ${v.number} approved`, d =>
                api.approvePolicyVersion(d.id, v.number, d.version),
              ),
            onReject: v => setDialog({ kind: 'reject', version: v }),
          }}
        />
      )}
      {dialog?.kind === 'document' && (
        <NewDocumentDialog
          onClose={() => setDialog(undefined)}
          onSaved={done('Document created as a draft')}
        />
      )}
      {dialog?.kind === 'version' && detail.value && (
        <NewVersionDialog
          doc={detail.value}
          onClose={() => setDialog(undefined)}
          onSaved={done('New version saved as a draft')}
        />
      )}
      {dialog?.kind === 'reject' && detail.value && (
        <ReasonDialog
          id="reject-version"
          title={`Reject version ${dialog.version.number}`}
          saveLabel="Reject version"
          multiline
          intro={
            <>
              The current version stays in force; the author can write a new
              version that answers the reason.
            </>
          }
          hint="What the version needs before it can be approved"
          check={reason => documentRejectSchema.safeParse({ reason })}
          send={async body => {
            const d = detail.value!;
            done(`Version ${dialog.version.number} rejected`)(
              await api.rejectPolicyVersion(
                d.id,
                dialog.version.number,
                d.version,
                body.reason,
              ),
            );
          }}
          onClose={() => setDialog(undefined)}
        />
      )}
    </Box>
  );
}

/** The policies and procedures page at `/ai-governance/aims/policies`. @public */
export function PoliciesPage() {
  return (
    <AimsPage
      title="Policies"
      subtitle="The AI policy and the procedures of the AI management system (ISO/IEC 42001 5.2, 7.5)"
    >
      <PoliciesContent />
    </AimsPage>
  );
}
