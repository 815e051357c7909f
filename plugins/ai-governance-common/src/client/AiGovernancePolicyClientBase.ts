import type {
  AimsDocument,
  AimsDocumentSummary,
  DocumentApprove,
  DocumentCreate,
  DocumentKind,
  DocumentPatch,
  DocumentVersionCreate,
} from '../records/policies';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  type AiGovernanceRequestOptions,
  ifMatch,
} from './AiGovernanceApiClientBase';
import { AiGovernanceScopeClientBase } from './AiGovernanceScopeClientBase';

/** `?kind=` of the document list. @public */
export interface PolicyFilter {
  kind?: DocumentKind;
}

// The spec mirrors the record types of -common (the same enums); the casts
// name them so callers read AimsDocument, not the schema.
const asDocument = (d: Schemas['AimsDocument']) => d as unknown as AimsDocument;

/**
 * The AI policies and other documents of the management system, versioned and approved (ISO/IEC 42001 5.2, 7.5): a layer of the ai-governance API client, which
 * AiGovernanceApiClient extends.
 * @public
 */
export abstract class AiGovernancePolicyClientBase extends AiGovernanceScopeClientBase {
  /** The documents with their current and latest versions' metadata, policies first. */
  async listPolicies(
    filter: PolicyFilter = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocumentSummary[]> {
    const list = await this.call(options, init =>
      this.client.request('get', '/aims/policies', {
        ...init,
        params: { query: filter },
      }),
    );
    return list.items as unknown as AimsDocumentSummary[];
  }

  /** One document with every version, oldest first. */
  async getPolicy(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request('get', '/aims/policies/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asDocument(doc);
  }

  /** Creates a document with its first version, a draft. */
  async createPolicy(
    body: DocumentCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request('post', '/aims/policies', {
        ...init,
        body: body as Schemas['AimsDocumentCreate'],
      }),
    );
    return asDocument(doc);
  }

  /** Changes a document's metadata read at `version` (412 when it changed since). */
  async updatePolicy(
    id: string,
    version: number,
    patch: DocumentPatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request('patch', '/aims/policies/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['AimsDocumentPatch'],
      }),
    );
    return asDocument(doc);
  }

  /** Writes a new draft version of a document read at `version`. */
  async createPolicyVersion(
    id: string,
    version: number,
    body: DocumentVersionCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request('post', '/aims/policies/{id}/versions', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: body as Schemas['AimsDocumentVersionCreate'],
      }),
    );
    return asDocument(doc);
  }

  /** Submits draft `number` for approval. */
  async submitPolicyVersion(
    id: string,
    number: number,
    version: number,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request(
        'post',
        '/aims/policies/{id}/versions/{version}/submit',
        {
          ...init,
          params: {
            path: { id, version: number },
            header: ifMatch(version),
          },
        },
      ),
    );
    return asDocument(doc);
  }

  /** Approves version `number` (top management, not its author). */
  async approvePolicyVersion(
    id: string,
    number: number,
    version: number,
    body: DocumentApprove = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request(
        'post',
        '/aims/policies/{id}/versions/{version}/approve',
        {
          ...init,
          params: {
            path: { id, version: number },
            header: ifMatch(version),
          },
          body,
        },
      ),
    );
    return asDocument(doc);
  }

  /** Rejects version `number` for a reason (top management). */
  async rejectPolicyVersion(
    id: string,
    number: number,
    version: number,
    reason: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<AimsDocument> {
    const doc = await this.call(options, init =>
      this.client.request(
        'post',
        '/aims/policies/{id}/versions/{version}/reject',
        {
          ...init,
          params: {
            path: { id, version: number },
            header: ifMatch(version),
          },
          body: { reason },
        },
      ),
    );
    return asDocument(doc);
  }
}
