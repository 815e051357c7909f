import type {
  Audit,
  AuditCreate,
  AuditFilter,
  AuditFindingCreate,
  AuditPatch,
} from '@aigov/plugin-ai-governance-common';

/** The internal audit programme of the ai-governance API (ISO/IEC 42001 9.2). @public */
export interface AuditsApi {
  /** The audits with their findings, earliest planned start first. */
  listAudits(filter?: AuditFilter): Promise<Audit[]>;
  getAudit(id: string): Promise<Audit>;
  /** Plans an audit; a 409 names an auditor whose team owns a system in scope. */
  createAudit(body: AuditCreate): Promise<Audit>;
  /** Changes an audit read at `version`. */
  updateAudit(id: string, version: number, patch: AuditPatch): Promise<Audit>;
  /** Records a finding of an in-progress audit; answers the audit with it. */
  addAuditFinding(id: string, body: AuditFindingCreate): Promise<Audit>;
}
