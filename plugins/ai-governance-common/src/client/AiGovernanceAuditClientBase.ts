import type {
  Audit,
  AuditCreate,
  AuditFindingCreate,
  AuditPatch,
  AuditStatus,
} from '../records/audits';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernanceAimsClientBase } from './AiGovernanceAimsClientBase';

/** `?year=&status=` of the internal audit programme. @public */
export interface AuditFilter {
  year?: number;
  status?: AuditStatus;
}

// The spec mirrors the record types of -common (the same enums); the cast
// names them so callers read Audit, not the schema.
const asAudit = (a: Schemas['Audit']) => a as unknown as Audit;

/**
 * The internal audit programme of the management system (ISO/IEC 42001
 * 9.2): a layer of the ai-governance API client, which AiGovernanceApiClient
 * extends.
 * @public
 */
export abstract class AiGovernanceAuditClientBase extends AiGovernanceAimsClientBase {
  /** The audits with their findings, earliest planned start first. */
  async listAudits(
    filter: AuditFilter = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<Audit[]> {
    const list = await this.call(options, init =>
      this.client.request('get', '/audits', {
        ...init,
        params: { query: filter },
      }),
    );
    return list.items.map(asAudit);
  }

  /** One audit with its findings. */
  async getAudit(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<Audit> {
    const audit = await this.call(options, init =>
      this.client.request('get', '/audits/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asAudit(audit);
  }

  /** Plans an audit; a 409 names an auditor whose team owns a system in scope. */
  async createAudit(
    body: AuditCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<Audit> {
    const audit = await this.call(options, init =>
      this.client.request('post', '/audits', {
        ...init,
        body: body as Schemas['AuditCreate'],
      }),
    );
    return asAudit(audit);
  }

  /** Changes an audit read at `version` (412 when it changed since). */
  async updateAudit(
    id: string,
    version: number,
    patch: AuditPatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<Audit> {
    const audit = await this.call(options, init =>
      this.client.request('patch', '/audits/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['AuditPatch'],
      }),
    );
    return asAudit(audit);
  }

  /** Records a finding of an in-progress audit; answers the audit with it last. */
  async addAuditFinding(
    id: string,
    body: AuditFindingCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<Audit> {
    const audit = await this.call(options, init =>
      this.client.request('post', '/audits/{id}/findings', {
        ...init,
        params: { path: { id } },
        body: body as Schemas['AuditFindingCreate'],
      }),
    );
    return asAudit(audit);
  }
}
