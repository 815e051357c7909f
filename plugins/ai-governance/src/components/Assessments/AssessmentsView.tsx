import { useMemo, useState } from 'react';
import {
  ASSESSMENT_TYPES,
  type Assessment,
  type AssessmentType,
  assessmentApprovePermission,
  assessmentCreatePermission,
  assessmentUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { WhyDisabled, useGuard } from '../Controls/guard';
import { LoadError } from '../Controls/LoadError';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentsTable } from './AssessmentsTable';
import {
  APPROVE_REASON,
  CREATE_REASON,
  START_LABELS,
  UPDATE_REASON,
} from './labels';

/** What the editor shows: a stored assessment or a new one of a type. */
interface Open {
  /** Stays the same while the editor is open, so saving does not reset it. */
  key: number;
  type: AssessmentType;
  id?: string;
}

let nextKey = 0;

/** Risk, impact and EU AI Act classification assessments of an AI system. */
export function AssessmentsView(props: { entityRef: CompoundEntityRef }) {
  const api = useApi(aiGovernanceApiRef);
  const ref = stringifyEntityRef(props.entityRef);
  const entityRef = useMemo(() => parseEntityRef(ref), [ref]);
  const canCreate = useGuard(assessmentCreatePermission, ref, CREATE_REASON);
  const canUpdate = useGuard(assessmentUpdatePermission, ref, UPDATE_REASON);
  const canApprove = useGuard(assessmentApprovePermission, ref, APPROVE_REASON);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listAssessments(entityRef),
    [api, entityRef],
  );
  const [open, setOpen] = useState<Open>();

  if (!value) {
    if (error)
      return <LoadError error={error} what="assessments" onRetry={retry} />;
    if (loading) return <Progress />;
  }
  const assessments = value ?? [];
  const initial = open?.id
    ? assessments.find(a => a.id === open.id)
    : undefined;

  const onChanged = (saved: Assessment) => {
    setOpen(o => (o ? { ...o, id: saved.id } : o));
    retry();
  };

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box
        display="flex"
        flexWrap="wrap"
        style={{ gap: 8 }}
        role="group"
        aria-label="Start an assessment"
      >
        {ASSESSMENT_TYPES.map(type => (
          <WhyDisabled key={type} reason={canCreate.reason}>
            <Button
              variant="outlined"
              color="primary"
              disabled={!canCreate.allowed}
              onClick={() => setOpen({ key: ++nextKey, type })}
            >
              {START_LABELS[type]}
            </Button>
          </WhyDisabled>
        ))}
      </Box>
      {/* Tooltips on disabled buttons are out of keyboard reach; say it in text too. */}
      {canCreate.reason && (
        <Typography variant="body2" color="textSecondary">
          {canCreate.reason}.
        </Typography>
      )}
      {error && (
        <LoadError error={error} what="latest assessments" onRetry={retry} />
      )}
      <Paper variant="outlined">
        {assessments.length === 0 ? (
          <Box p={2}>
            <Typography variant="body2" color="textSecondary">
              No assessments yet. Start with a risk assessment: an approved one
              is needed for the bronze level.
            </Typography>
          </Box>
        ) : (
          <AssessmentsTable
            assessments={assessments}
            openId={open?.id}
            onOpen={a => setOpen({ key: ++nextKey, type: a.type, id: a.id })}
          />
        )}
      </Paper>
      {open && (
        <AssessmentEditor
          key={open.key}
          entityRef={entityRef}
          type={open.type}
          initial={initial}
          canCreate={canCreate}
          canUpdate={canUpdate}
          canApprove={canApprove}
          onChanged={onChanged}
          onClose={() => setOpen(undefined)}
        />
      )}
    </Box>
  );
}
