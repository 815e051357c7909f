import type {
  TrainingCatalogue,
  TrainingCoverage,
  TrainingRecord,
  TrainingRecordCreate,
  TrainingRecordFilter,
} from '@aigov/plugin-ai-governance-common';

/** Courses, training records and coverage of the ai-governance API (ISO/IEC 42001 7.2, 7.3; EU AI Act Art. 4). @public */
export interface TrainingApi {
  /** The course catalogue and who needs which course. */
  listTrainingCourses(): Promise<TrainingCatalogue>;
  /** Coverage per team (one team with `team`) and of the organisation. */
  getTrainingCoverage(query?: { team?: string }): Promise<TrainingCoverage>;
  /** Training records, latest completion first. */
  listTrainingRecords(filter?: TrainingRecordFilter): Promise<TrainingRecord[]>;
  /** Records a completed course; its expiry defaults from the course's validity. */
  createTrainingRecord(body: TrainingRecordCreate): Promise<TrainingRecord>;
}
