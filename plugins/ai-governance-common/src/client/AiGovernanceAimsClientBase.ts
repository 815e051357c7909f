import type {
  AimsClauseAssessment,
  AimsClausePut,
  AimsReadinessSummary,
} from '../records/aimsClauses';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernanceIncidentClientBase } from './AiGovernanceIncidentClientBase';

/** The clause gap assessment as the API answers it. @public */
export interface AimsClauseList {
  /** Every clause and sub-clause of ISO/IEC 42001 clauses 4 to 10, in order. */
  items: AimsClauseAssessment[];
  readiness: AimsReadinessSummary;
}

// The spec mirrors the record types of -common (the same enums); the casts
// name them so callers read AimsClauseAssessment, not the schema.
const asClause = (c: Schemas['AimsClause']) =>
  c as unknown as AimsClauseAssessment;

/**
 * The management system's own records (ISO/IEC 42001 clauses 4 to 10),
 * starting with the clause gap assessment: a layer of the ai-governance API
 * client, which AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernanceAimsClientBase extends AiGovernanceIncidentClientBase {
  // --- clause gap assessment -------------------------------------------------

  /** Every clause with its assessment and pre-fill, and readiness per clause and overall. */
  async listAimsClauses(
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsClauseList> {
    const list = await this.call(options, init =>
      this.client.request('get', '/aims/clauses', init),
    );
    return { items: list.items.map(asClause), readiness: list.readiness };
  }

  /**
   * Records a clause's whole assessment (the governance office). `version`
   * is the one read; without it no If-Match is sent, which only the first
   * assessment of a clause may do.
   */
  async putAimsClause(
    id: string,
    version: number | undefined,
    body: AimsClausePut,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsClauseAssessment> {
    const clause = await this.call(options, init =>
      this.client.request('put', '/aims/clauses/{id}', {
        ...init,
        params: {
          path: { id },
          header: version === undefined ? {} : ifMatch(version),
        },
        body: body as Schemas['AimsClausePut'],
      }),
    );
    return asClause(clause);
  }
}
