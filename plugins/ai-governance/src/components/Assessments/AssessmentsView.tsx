import { useState } from 'react';
import {
  ASSESSMENT_TYPES,
  type Assessment,
  type AssessmentType,
  assessmentApprovePermission,
  assessmentCreatePermission,
  assessmentUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useAssessments, useStableEntityRef } from '../../hooks';
import {
  DENIED,
  EmptyNote,
  LoadError,
  WhyDisabled,
  usePermissionGuard,
} from '../shared';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentsTable } from './AssessmentsTable';
import { START_LABELS } from './labels';

const OF = 'this AI system';

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
  const { ref, entityRef } = useStableEntityRef(props.entityRef);
  const canCreate = usePermissionGuard(
    assessmentCreatePermission,
    ref,
    DENIED.assessmentCreate,
  );
  const canUpdate = usePermissionGuard(
    assessmentUpdatePermission,
    ref,
    DENIED.assessmentUpdate,
  );
  const canApprove = usePermissionGuard(
    assessmentApprovePermission,
    ref,
    DENIED.assessmentApprove,
  );
  const { value, loading, error, retry } = useAssessments(entityRef);
  const [open, setOpen] = useState<Open>();

  if (!value) {
    if (error)
      return (
        <LoadError error={error} what="assessments" of={OF} onRetry={retry} />
      );
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
        <LoadError
          error={error}
          what="latest assessments"
          of={OF}
          onRetry={retry}
        />
      )}
      <Paper variant="outlined">
        {assessments.length === 0 ? (
          <Box p={2}>
            <EmptyNote>
              No assessments yet. Start with a risk assessment: an approved one
              is needed for the bronze level.
            </EmptyNote>
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
