import { useState } from 'react';
import {
  auditUpdatePermission,
  type Audit,
} from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { LoadProgress, SaveErrorAlert } from '../shared';
import { AimsPage } from './AimsNav';
import { AimsToolbar } from './AimsToolbar';
import { AuditDetail } from './AuditDetail';
import { AuditTable } from './AuditTable';
import { AUDIT_UPDATE_DENIED } from './auditLabels';
import { CompleteAuditDialog } from './CompleteAuditDialog';
import { FindingDialog } from './FindingDialog';
import { PlanAuditDialog } from './PlanAuditDialog';
import { useAimsRecords } from './useAimsRecords';

type Dialog = 'plan' | 'finding' | 'complete';

/**
 * The internal audit programme (ISO/IEC 42001 9.2): the audits of a year in
 * a table, the chosen audit's detail with its findings below, and the Plan
 * an audit and Add a finding dialogs for the governance office.
 */
export function AuditsContent(props: { now?: Date }) {
  const thisYear = (props.now ?? new Date()).getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const page = useAimsRecords<Audit[], Dialog>({
    load: api => api.listAudits({ year }),
    deps: [year],
    permission: auditUpdatePermission,
    denied: AUDIT_UPDATE_DENIED,
  });
  const { api, canUpdate, dialog, setDialog } = page;
  const [openId, setOpenId] = useState<string>();
  const [moveError, setMoveError] = useState<unknown>();

  if (!page.records.value) {
    return (
      <LoadProgress state={page.records} what="internal audit programme" />
    );
  }
  const audits = page.records.value;
  const open = audits.find(a => a.id === openId);
  const done = (message: string) => (audit: Audit) => {
    setOpenId(audit.id);
    page.saved(message);
  };
  const start = async (audit: Audit) => {
    setMoveError(undefined);
    try {
      await api.updateAudit(audit.id, audit.version, { status: 'in-progress' });
      page.saved(`${audit.title} started`);
    } catch (e) {
      setMoveError(e);
    }
  };

  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="Plan an audit"
        guard={canUpdate}
        onAction={() => setDialog('plan')}
        notice={page.notice}
      >
        <TextField
          id="audit-year"
          select
          SelectProps={{ native: true }}
          label="Programme"
          value={year}
          onChange={e => {
            setYear(Number(e.target.value));
            setOpenId(undefined);
          }}
        >
          {[thisYear - 1, thisYear, thisYear + 1].map(y => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </TextField>
      </AimsToolbar>
      {moveError !== undefined && <SaveErrorAlert error={moveError} />}
      <AuditTable year={year} audits={audits} onOpen={a => setOpenId(a.id)} />
      {open && (
        <AuditDetail
          audit={open}
          canUpdate={canUpdate}
          onStart={() => start(open)}
          onComplete={() => setDialog('complete')}
          onAddFinding={() => setDialog('finding')}
        />
      )}
      {dialog === 'plan' && (
        <PlanAuditDialog
          year={year}
          onClose={page.close}
          onSaved={done('Audit planned')}
        />
      )}
      {dialog === 'finding' && open && (
        <FindingDialog
          audit={open}
          onClose={page.close}
          onSaved={done('Finding added')}
        />
      )}
      {dialog === 'complete' && open && (
        <CompleteAuditDialog
          audit={open}
          onClose={page.close}
          onReload={page.reload}
          onSaved={done('Audit completed')}
        />
      )}
    </Box>
  );
}

/** The internal audit programme page at `/ai-governance/aims/audits`. @public */
export function AuditsPage() {
  return (
    <AimsPage
      title="Audits"
      subtitle="Internal audit programme of the AI management system (ISO/IEC 42001 9.2)"
    >
      <AuditsContent />
    </AimsPage>
  );
}
