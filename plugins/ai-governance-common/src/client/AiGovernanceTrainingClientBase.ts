import type {
  TrainingCatalogue,
  TrainingCoverage,
  TrainingRecord,
  TrainingRecordCreate,
  TrainingStatus,
} from '../records/training';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import type { AiGovernanceRequestOptions } from './AiGovernanceApiClientBase';
import { AiGovernanceObjectiveClientBase } from './AiGovernanceObjectiveClientBase';

/** `?user=&course=&team=&status=` of the training records. @public */
export interface TrainingRecordFilter {
  /** A user entity ref. */
  user?: string;
  /** A course id of the catalogue. */
  course?: string;
  /** A group entity ref: its members' records, its sub-teams' too. */
  team?: string;
  status?: TrainingStatus;
}

// The spec mirrors the record types of -common (the same enums); the casts
// name them so callers read TrainingRecord, not the schema.
const asRecord = (r: Schemas['TrainingRecord']) =>
  r as unknown as TrainingRecord;

/**
 * The courses, training records and coverage (ISO/IEC 42001 7.2, 7.3; EU AI
 * Act Art. 4): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceTrainingClientBase extends AiGovernanceObjectiveClientBase {
  /** The course catalogue and who needs which course. */
  async listTrainingCourses(
    options?: AiGovernanceRequestOptions,
  ): Promise<TrainingCatalogue> {
    const catalogue = await this.call(options, init =>
      this.client.request('get', '/training/courses', init),
    );
    return catalogue as unknown as TrainingCatalogue;
  }

  /** Coverage per team (one team with `team`) and of the organisation. */
  async getTrainingCoverage(
    query: { team?: string } = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<TrainingCoverage> {
    const coverage = await this.call(options, init =>
      this.client.request('get', '/training/coverage', {
        ...init,
        params: { query },
      }),
    );
    return coverage as unknown as TrainingCoverage;
  }

  /** Training records matching the filter, latest completion first. */
  async listTrainingRecords(
    filter: TrainingRecordFilter = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<TrainingRecord[]> {
    const list = await this.call(options, init =>
      this.client.request('get', '/training-records', {
        ...init,
        params: { query: filter },
      }),
    );
    return list.items.map(asRecord);
  }

  /** Records a completed course; its expiry defaults from the course's validity. */
  async createTrainingRecord(
    body: TrainingRecordCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<TrainingRecord> {
    const created = await this.call(options, init =>
      this.client.request('post', '/training-records', {
        ...init,
        body: body as Schemas['TrainingRecordCreate'],
      }),
    );
    return asRecord(created);
  }
}
