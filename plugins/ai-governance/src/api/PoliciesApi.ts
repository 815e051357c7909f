import type {
  AimsDocument,
  AimsDocumentSummary,
  DocumentApprove,
  DocumentCreate,
  DocumentPatch,
  DocumentVersionCreate,
  PolicyFilter,
} from '@aigov/plugin-ai-governance-common';

/** The policies and procedures of the ai-governance API (ISO/IEC 42001 5.2, 7.5). @public */
export interface PoliciesApi {
  /** The documents with their current and latest versions' metadata, policies first. */
  listPolicies(filter?: PolicyFilter): Promise<AimsDocumentSummary[]>;
  /** One document with every version, oldest first. */
  getPolicy(id: string): Promise<AimsDocument>;
  /** Creates a document with its first version, a draft. */
  createPolicy(body: DocumentCreate): Promise<AimsDocument>;
  /** Changes a document's metadata read at `version`. */
  updatePolicy(
    id: string,
    version: number,
    patch: DocumentPatch,
  ): Promise<AimsDocument>;
  /** Writes a new draft of a document read at `version`. */
  createPolicyVersion(
    id: string,
    version: number,
    body: DocumentVersionCreate,
  ): Promise<AimsDocument>;
  /** Submits draft `number` for approval. */
  submitPolicyVersion(
    id: string,
    number: number,
    version: number,
  ): Promise<AimsDocument>;
  /** Approves version `number`: top management, not its author. */
  approvePolicyVersion(
    id: string,
    number: number,
    version: number,
    body?: DocumentApprove,
  ): Promise<AimsDocument>;
  /** Rejects version `number` for a reason: top management. */
  rejectPolicyVersion(
    id: string,
    number: number,
    version: number,
    reason: string,
  ): Promise<AimsDocument>;
}
