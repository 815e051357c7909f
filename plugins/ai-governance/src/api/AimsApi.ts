import type {
  AimsClauseAssessment,
  AimsClauseList,
  AimsClausePut,
} from '@aigov/plugin-ai-governance-common';

/** The management system's own records of the ai-governance API (ISO/IEC 42001 clauses 4 to 10). @public */
export interface AimsApi {
  /** Every clause with its assessment and pre-fill, and readiness per clause and overall. */
  listAimsClauses(): Promise<AimsClauseList>;
  /** Records a clause's whole assessment; `version` is the one read, none for a first assessment. */
  putAimsClause(
    id: string,
    version: number | undefined,
    body: AimsClausePut,
  ): Promise<AimsClauseAssessment>;
}
