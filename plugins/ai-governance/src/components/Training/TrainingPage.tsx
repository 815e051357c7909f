import { useState } from 'react';
import {
  TRAINING_STATUSES,
  type TrainingRecordFilter,
  type TrainingStatus,
} from '@aigov/plugin-ai-governance-common';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { AimsPage } from '../Aims/AimsNav';
import { LoadProgress, SavedNotice } from '../shared';
import { CoursesTable } from './CoursesTable';
import { CoverageTable } from './CoverageTable';
import { RecordTrainingDialog } from './RecordTrainingDialog';
import { TrainingRecordsTable } from './TrainingRecordsTable';
import { TRAINING_STATUS_LABELS } from './labels';

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <Box mb={4}>
      <Typography variant="h5" component="h2" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * Competence and AI literacy (ISO/IEC 42001 7.2, 7.3, A.4.6; EU AI Act
 * Art. 4): coverage per team, the course catalogue with who needs which
 * course, and the training records with filters and the Record training
 * dialog. Each part loads and fails on its own.
 */
export function TrainingContent() {
  const api = useApi(aiGovernanceApiRef);
  const identityApi = useApi(identityApiRef);
  const self = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const catalogue = useAsyncRetry(() => api.listTrainingCourses(), [api]);
  const coverage = useAsyncRetry(() => api.getTrainingCoverage(), [api]);
  const [filter, setFilter] = useState<TrainingRecordFilter>({});
  const records = useAsyncRetry(
    () => api.listTrainingRecords(filter),
    [api, filter],
  );
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState<string>();
  const courses = catalogue.value?.items ?? [];

  return (
    <Box display="flex" flexDirection="column">
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      <Section title="Coverage">
        {(coverage.error || !coverage.value) && (
          <LoadProgress state={coverage} what="training coverage" />
        )}
        {coverage.value && (
          <CoverageTable coverage={coverage.value} courses={courses} />
        )}
      </Section>
      <Section title="Courses">
        {(catalogue.error || !catalogue.value) && (
          <LoadProgress state={catalogue} what="course catalogue" />
        )}
        {catalogue.value && <CoursesTable catalogue={catalogue.value} />}
      </Section>
      <Section title="Training records">
        <Box display="flex" alignItems="center" gridGap={16} mb={2}>
          <TextField
            id="training-filter-course"
            select
            SelectProps={{ native: true }}
            label="Course"
            value={filter.course ?? ''}
            onChange={e =>
              setFilter({ ...filter, course: e.target.value || undefined })
            }
          >
            <option value="">All courses</option>
            {courses.map(c => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </TextField>
          <TextField
            id="training-filter-status"
            select
            SelectProps={{ native: true }}
            label="Status"
            value={filter.status ?? ''}
            onChange={e =>
              setFilter({
                ...filter,
                status: (e.target.value || undefined) as
                  | TrainingStatus
                  | undefined,
              })
            }
          >
            <option value="">Any status</option>
            {TRAINING_STATUSES.map(s => (
              <option key={s} value={s}>
                {TRAINING_STATUS_LABELS[s]}
              </option>
            ))}
          </TextField>
          <Button
            variant="contained"
            color="primary"
            disabled={!catalogue.value}
            onClick={() => setRecording(true)}
          >
            Record training
          </Button>
        </Box>
        {(records.error || !records.value) && (
          <LoadProgress state={records} what="training records" />
        )}
        {records.value && (
          <TrainingRecordsTable records={records.value} courses={courses} />
        )}
      </Section>
      {recording && (
        <RecordTrainingDialog
          courses={courses}
          self={self.value}
          onClose={() => setRecording(false)}
          onSaved={record => {
            setRecording(false);
            setSaved(`Training recorded for ${record.userRef}`);
            records.retry();
            coverage.retry();
          }}
        />
      )}
    </Box>
  );
}

/** The training page at `/ai-governance/aims/training`. @public */
export function TrainingPage() {
  return (
    <AimsPage
      title="Training"
      subtitle="Competence and AI literacy of the organisation (ISO/IEC 42001 7.2, 7.3; EU AI Act Art. 4)"
    >
      <TrainingContent />
    </AimsPage>
  );
}
