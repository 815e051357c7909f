import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  Incident,
  IncidentCreate,
  IncidentEntryCreate,
  IncidentPatch,
  IncidentStatus,
} from '../records/incidents';
import type {
  EffectivenessReviewInput,
  Nonconformity,
  NonconformityCreate,
  NonconformityPatch,
  NonconformityStatus,
} from '../records/nonconformities';
import type { RiskCreate } from '../records/schemas';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import {
  AiGovernanceApiClientBase,
  type AiGovernancePageQuery,
  type AiGovernanceRequestOptions,
  ENTITY,
  entityPath,
  ifMatch,
} from './AiGovernanceApiClientBase';

/** What the org-wide incident register (and its CSV) is narrowed by. @public */
export interface IncidentFilter extends AiGovernancePageQuery {
  status?: IncidentStatus;
  /** Only serious incidents (`true`) or only the others (`false`). */
  serious?: boolean;
  /** Only serious incidents not reported after their `reportDueAt`. */
  overdue?: boolean;
  /** Only this AI system's incidents, e.g. `aisystem:default/credit-scoring`. */
  entityRef?: string;
}

/** What the org-wide list of nonconformities is narrowed by. @public */
export interface NonconformityFilter extends AiGovernancePageQuery {
  status?: NonconformityStatus;
  entityRef?: string;
}

/** A boolean filter as the spec's `'true'` / `'false'`; left out when not set. */
function flag(value?: boolean): 'true' | 'false' | undefined {
  if (value === undefined) return undefined;
  return value ? 'true' : 'false';
}

/** The query of the org-wide register and its CSV: booleans as the spec's strings. */
const incidentQuery = (filter: IncidentFilter = {}) => ({
  status: filter.status,
  serious: flag(filter.serious),
  overdue: flag(filter.overdue),
  entityRef: filter.entityRef,
  cursor: filter.cursor,
  limit: filter.limit,
});

// The spec mirrors the record types of -common (their dates as strings, the
// same enums); the casts name them so callers read Incident, not the schema.
const asIncident = (i: Schemas['Incident']) => i as unknown as Incident;
const asNonconformity = (n: Schemas['Nonconformity']) =>
  n as unknown as Nonconformity;
const asPage = <S, T>(
  page: { items: S[]; nextCursor?: string },
  as: (s: S) => T,
) => ({
  ...page,
  items: page.items.map(as),
});

/**
 * The incident register (EU AI Act Art. 73) and the nonconformities with
 * their corrective actions (ISO/IEC 42001 clause 10.2): a layer of the
 * ai-governance API client, which AiGovernanceApiClient extends, so the
 * frontend and backends call them through one client.
 * @public
 */
export abstract class AiGovernanceIncidentClientBase extends AiGovernanceApiClientBase {
  // --- incidents -----------------------------------------------------------------

  /** Reports an incident on an AI system; anyone signed in may. */
  async createIncident(
    entity: CompoundEntityRef,
    body: IncidentCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<Incident> {
    const incident = await this.call(options, init =>
      this.client.request('post', `${ENTITY}/incidents`, {
        ...init,
        params: { path: entityPath(entity) },
        body: body as Schemas['IncidentCreate'],
      }),
    );
    return asIncident(incident);
  }

  /** A page of one AI system's incidents, newest first. */
  async listEntityIncidents(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ) {
    const page = await this.call(options, init =>
      this.client.request('get', `${ENTITY}/incidents`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
    return asPage(page, asIncident);
  }

  /** A page of the incidents of every AI system the caller may read. */
  async listIncidents(
    filter?: IncidentFilter,
    options?: AiGovernanceRequestOptions,
  ) {
    const page = await this.call(options, init =>
      this.client.request('get', '/incidents', {
        ...init,
        params: { query: incidentQuery(filter) },
      }),
    );
    return asPage(page, asIncident);
  }

  /** One incident with its Art. 73 clock. */
  async getIncident(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<Incident> {
    const incident = await this.call(options, init =>
      this.client.request('get', '/incidents/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asIncident(incident);
  }

  /** Changes an incident read at `version`; a status change follows the allowed transitions. */
  async updateIncident(
    id: string,
    version: number,
    patch: IncidentPatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<Incident> {
    const incident = await this.call(options, init =>
      this.client.request('patch', '/incidents/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['IncidentPatch'],
      }),
    );
    return asIncident(incident);
  }

  /** An incident's timeline, oldest first. */
  async listIncidentEntries(id: string, options?: AiGovernanceRequestOptions) {
    const list = await this.call(options, init =>
      this.client.request('get', '/incidents/{id}/entries', {
        ...init,
        params: { path: { id } },
      }),
    );
    return list.items;
  }

  /** Adds a comment or an attachment to an incident's timeline. */
  addIncidentEntry(
    id: string,
    body: IncidentEntryCreate,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', '/incidents/{id}/entries', {
        ...init,
        params: { path: { id } },
        body: body as Schemas['IncidentEntryCreate'],
      }),
    );
  }

  /** Records a risk from an incident read at `version`, linked both ways. */
  createRiskFromIncident(
    id: string,
    version: number,
    risk: RiskCreate,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('post', '/incidents/{id}/risks', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: risk as Schemas['RiskCreate'],
      }),
    );
  }

  /** URL of an incident's Markdown report draft; fetch it with credentials. */
  async incidentReportDraftUrl(id: string): Promise<string> {
    return `${await this.baseUrl()}/incidents/${encodeURIComponent(
      id,
    )}/report.md`;
  }

  /** URL of the incident register CSV, narrowed like the list; fetch it with credentials. */
  async incidentsExportUrl(
    filter?: Omit<IncidentFilter, 'cursor' | 'limit'>,
  ): Promise<string> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(incidentQuery(filter))) {
      if (value !== undefined) params.set(key, String(value));
    }
    const query = params.toString();
    return `${await this.baseUrl()}/exports/incidents.csv${
      query ? `?${query}` : ''
    }`;
  }

  // --- nonconformities -------------------------------------------------------------

  /** Records a nonconformity; it starts `open`. */
  async createNonconformity(
    body: NonconformityCreate,
    options?: AiGovernanceRequestOptions,
  ): Promise<Nonconformity> {
    const created = await this.call(options, init =>
      this.client.request('post', '/nonconformities', {
        ...init,
        body: body as Schemas['NonconformityCreate'],
      }),
    );
    return asNonconformity(created);
  }

  /** A page of one AI system's nonconformities, newest first. */
  async listEntityNonconformities(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ) {
    const page = await this.call(options, init =>
      this.client.request('get', `${ENTITY}/nonconformities`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
    return asPage(page, asNonconformity);
  }

  /** A page of the nonconformities of every AI system the caller may read. */
  async listNonconformities(
    filter: NonconformityFilter = {},
    options?: AiGovernanceRequestOptions,
  ) {
    const page = await this.call(options, init =>
      this.client.request('get', '/nonconformities', {
        ...init,
        params: { query: filter },
      }),
    );
    return asPage(page, asNonconformity);
  }

  /** One nonconformity with its corrective actions and latest review. */
  async getNonconformity(
    id: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<Nonconformity> {
    const found = await this.call(options, init =>
      this.client.request('get', '/nonconformities/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asNonconformity(found);
  }

  /** Changes a nonconformity read at `version`; `correctiveActions` replaces the list. */
  async updateNonconformity(
    id: string,
    version: number,
    patch: NonconformityPatch,
    options?: AiGovernanceRequestOptions,
  ): Promise<Nonconformity> {
    const saved = await this.call(options, init =>
      this.client.request('patch', '/nonconformities/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['NonconformityPatch'],
      }),
    );
    return asNonconformity(saved);
  }

  /** Records the caller's effectiveness review of a nonconformity read at `version`. */
  async reviewEffectiveness(
    id: string,
    version: number,
    body: EffectivenessReviewInput,
    options?: AiGovernanceRequestOptions,
  ): Promise<Nonconformity> {
    const saved = await this.call(options, init =>
      this.client.request('post', '/nonconformities/{id}/effectiveness', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: body as Schemas['EffectivenessReviewCreate'],
      }),
    );
    return asNonconformity(saved);
  }
}
