import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AssessmentCreate,
  AssessmentPatch,
  BaselineCreate,
  ControlPut,
  EvidenceCreate,
  RiskAccept,
  RiskCreate,
  RiskPatch,
} from '../records/schemas';
import type { RiskDecision } from '../records/riskDecisions';
import {
  type AiGovernancePageQuery,
  type AiGovernanceRequestOptions,
  ENTITY,
  entityPath,
  ifMatch,
} from './AiGovernanceApiClientBase';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import { AiGovernanceReadinessClientBase } from './AiGovernanceReadinessClientBase';

/**
 * The client of the ai-governance REST API, typed by its OpenAPI spec, for
 * the frontend (DiscoveryApi, FetchApi) and backends (DiscoveryService and a
 * token per call). Every non-2xx answer is thrown as a ResponseError of
 * `@backstage/errors` whose `body.error.details` lists the fields the API
 * refused (see fieldErrorsOf); a 412 means the record changed since it was
 * read (see isConflictError).
 * @public
 */
export class AiGovernanceApiClient extends AiGovernanceReadinessClientBase {
  // --- risks -------------------------------------------------------------------

  /** A page of an entity's risks, newest first. */
  listRisks(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/risks`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
  }

  /** Every risk of an entity, following the cursor. */
  async listAllRisks(
    entity: CompoundEntityRef,
    options?: AiGovernanceRequestOptions,
  ) {
    const all: Schemas['Risk'][] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listRisks(
        entity,
        { cursor, limit: 200 },
        options,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  /** One risk. */
  getRisk(id: string, options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('get', '/risks/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
  }

  /** Records a risk. */
  createRisk(
    entity: CompoundEntityRef,
    risk: RiskCreate,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', `${ENTITY}/risks`, {
        ...init,
        params: { path: entityPath(entity) },
        // The zod input types the API validates with; the spec mirrors them.
        body: risk as Schemas['RiskCreate'],
      }),
    );
  }

  /** Changes a risk read at `version`. */
  updateRisk(
    id: string,
    version: number,
    patch: RiskPatch,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('patch', '/risks/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['RiskPatch'],
      }),
    );
  }

  /** Approves accepting a risk read at `version` (someone other than its author). */
  acceptRisk(
    id: string,
    version: number,
    body: RiskAccept,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', '/risks/{id}/accept', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    );
  }

  /** Confirms or dismisses proposed risks of an entity, all or none. */
  decideProposedRisks(
    entity: CompoundEntityRef,
    decision: RiskDecision,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', `${ENTITY}/risks/decisions`, {
        ...init,
        params: { path: entityPath(entity) },
        body: decision as Schemas['RiskDecision'],
      }),
    );
  }

  // --- controls ------------------------------------------------------------------

  /** The Statement of Applicability of an entity: every Annex A control. */
  async listControls(
    entity: CompoundEntityRef,
    options?: AiGovernanceRequestOptions,
  ) {
    const list = await this.call(options, init =>
      this.client.request('get', `${ENTITY}/controls`, {
        ...init,
        params: { path: entityPath(entity) },
      }),
    );
    return list.items;
  }

  /** One control of an entity. */
  getControl(
    entity: CompoundEntityRef,
    controlId: string,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/controls/{controlId}`, {
        ...init,
        params: { path: { ...entityPath(entity), controlId } },
      }),
    );
  }

  /**
   * Writes a control's row. `version` is the one read (`0` while nothing is
   * recorded); without it no If-Match is sent, which only a first write may do.
   */
  putControl(
    entity: CompoundEntityRef,
    controlId: string,
    version: number | undefined,
    body: ControlPut,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('put', `${ENTITY}/controls/{controlId}`, {
        ...init,
        params: {
          path: { ...entityPath(entity), controlId },
          header: version === undefined ? {} : ifMatch(version),
        },
        body: body as Schemas['ControlPut'],
      }),
    );
  }

  // --- evidence ------------------------------------------------------------------

  /** A page of an entity's evidence, newest first. */
  listEvidence(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/evidence`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
  }

  // --- catalog changes ---------------------------------------------------------

  /** A page of the changes the catalog sync detected on an entity, newest first. */
  listChanges(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
    // Named, so the API report shows the page rather than its JSON values expanded.
  ): Promise<Schemas['ChangePage']> {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/changes`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
  }

  /** One evidence item. */
  getEvidence(id: string, options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('get', '/evidence/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
  }

  /** Adds link evidence, or file evidence whose file is uploaded next. */
  createEvidence(
    entity: CompoundEntityRef,
    body: EvidenceCreate,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', `${ENTITY}/evidence`, {
        ...init,
        params: { path: entityPath(entity) },
        body: body as Schemas['EvidenceCreate'],
      }),
    );
  }

  /** Uploads the file of file evidence, once, labelled with its own media type. */
  uploadEvidenceContent(
    id: string,
    file: Blob,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('put', '/evidence/{id}/content', {
        ...init,
        params: { path: { id } },
        headers: {
          ...init.headers,
          'Content-Type': file.type || 'application/octet-stream',
        },
        // The spec types raw bytes as a string; they go out untouched.
        body: file as unknown as string,
        bodySerializer: bytes => bytes,
      }),
    );
  }

  /** URL of an evidence file; fetch it with credentials (the fetchApi does). */
  async evidenceContentUrl(id: string): Promise<string> {
    const base = await this.baseUrl();
    return `${base}/evidence/${encodeURIComponent(id)}/content`;
  }

  // --- assessments and onboarding ------------------------------------------------

  /** Every assessment of an entity, newest first. */
  async listAssessments(
    entity: CompoundEntityRef,
    options?: AiGovernanceRequestOptions,
  ) {
    const list = await this.call(options, init =>
      this.client.request('get', `${ENTITY}/assessments`, {
        ...init,
        params: { path: entityPath(entity) },
      }),
    );
    return list.items;
  }

  /** One assessment. */
  getAssessment(id: string, options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('get', '/assessments/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
  }

  /** Starts an assessment as a draft. */
  createAssessment(
    entity: CompoundEntityRef,
    body: AssessmentCreate,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', `${ENTITY}/assessments`, {
        ...init,
        params: { path: entityPath(entity) },
        body: body as Schemas['AssessmentCreate'],
      }),
    );
  }

  /** Changes a draft or in-review assessment read at `version`. */
  updateAssessment(
    id: string,
    version: number,
    patch: AssessmentPatch,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('patch', '/assessments/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['AssessmentPatch'],
      }),
    );
  }

  /** Approves an in-review assessment read at `version` (someone other than its author). */
  approveAssessment(
    id: string,
    version: number,
    note?: string,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', '/assessments/{id}/approve', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: note ? { note } : {},
      }),
    );
  }

  /** Creates the first records of a new AI system; the same `requestId` again replays. */
  createBaseline(
    entity: CompoundEntityRef,
    // Control rows as ControlPut plus their id: the zod input type of a row
    // is an index signature that interfaces such as BaselineControl miss.
    body: Omit<BaselineCreate, 'controls'> & {
      controls: Array<ControlPut & { controlId: string }>;
    },
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', `${ENTITY}/baseline`, {
        ...init,
        params: { path: entityPath(entity) },
        body: body as Schemas['BaselineCreate'],
      }),
    );
  }
}
