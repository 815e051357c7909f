import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  auditUpdatePermission,
  type Audit,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { AimsPage } from './AimsNav';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  LoadError,
  ReasonButton,
  SaveErrorAlert,
  SavedNotice,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { AuditDetail } from './AuditDetail';
import { AuditTable } from './AuditTable';
import { AUDIT_UPDATE_DENIED } from './auditLabels';
import { CompleteAuditDialog } from './CompleteAuditDialog';
import { FindingDialog } from './FindingDialog';
import { PlanAuditDialog } from './PlanAuditDialog';

type Dialog = 'plan' | 'finding' | 'complete';

/**
 * The internal audit programme (ISO/IEC 42001 9.2): the audits of a year in
 * a table, the chosen audit's detail with its findings below, and the Plan
 * an audit and Add a finding dialogs for the governance office.
 */
export function AuditsContent(props: { now?: Date }) {
  const api = useApi(aiGovernanceApiRef);
  const thisYear = (props.now ?? new Date()).getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const list = useAsyncRetry(() => api.listAudits({ year }), [api, year]);
  // The programme covers the organisation: the decision is on the
  // management system's own reference, which only an unconditional policy allows.
  const canUpdate = usePermissionGuard(
    auditUpdatePermission,
    AIMS_ENTITY_REF,
    AUDIT_UPDATE_DENIED,
  );
  const [openId, setOpenId] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const [saved, setSaved] = useState<string>();
  const [moveError, setMoveError] = useState<unknown>();

  if (list.error) {
    return (
      <LoadError
        error={list.error}
        what="internal audit programme"
        onRetry={list.retry}
      />
    );
  }
  if (!list.value) return <Progress />;
  const audits = list.value;
  const open = audits.find(a => a.id === openId);
  const done = (message: string) => (audit: Audit) => {
    setDialog(undefined);
    setOpenId(audit.id);
    setSaved(message);
    list.retry();
  };
  const start = async (audit: Audit) => {
    setMoveError(undefined);
    try {
      await api.updateAudit(audit.id, audit.version, { status: 'in-progress' });
      setSaved(`${audit.title} started`);
      list.retry();
    } catch (e) {
      setMoveError(e);
    }
  };

  return (
    <Box display="flex" flexDirection="column">
      <Box display="flex" alignItems="center" gridGap={16} mb={2}>
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
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(canUpdate)}
          onClick={() => setDialog('plan')}
        >
          Plan an audit
        </ReasonButton>
      </Box>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
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
          onClose={() => setDialog(undefined)}
          onSaved={done('Audit planned')}
        />
      )}
      {dialog === 'finding' && open && (
        <FindingDialog
          audit={open}
          onClose={() => setDialog(undefined)}
          onSaved={done('Finding added')}
        />
      )}
      {dialog === 'complete' && open && (
        <CompleteAuditDialog
          audit={open}
          onClose={() => setDialog(undefined)}
          onReload={() => {
            setDialog(undefined);
            list.retry();
          }}
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
