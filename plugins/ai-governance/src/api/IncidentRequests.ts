import {
  AiGovernanceApiClientBase,
  type AiGovernanceSchemas as Schemas,
  type EffectivenessReviewInput,
  type Incident,
  type IncidentCreate,
  type IncidentEntryCreate,
  type IncidentPatch,
  type Nonconformity,
  type NonconformityCreate,
  type NonconformityPatch,
  type RiskCreate,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { IncidentFilter, NonconformityFilter } from './IncidentsApi';

/*
 * The incident and nonconformity operations of the spec, typed by its
 * generated paths. They belong in -common's AiGovernanceApiClient; until the
 * backend engineers add them there, the frontend calls them through the same
 * base class, so the transport, credentials and ResponseErrors are the same.
 */

const ENTITY = '/entities/{kind}/{namespace}/{name}' as const;
const entityPath = (entity: CompoundEntityRef) => ({
  kind: entity.kind.toLocaleLowerCase('en-US'),
  namespace: entity.namespace,
  name: entity.name,
});
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
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

// The spec mirrors the -common record types; the casts name them so callers read Incident, not the schema.
const asIncident = (i: Schemas['Incident']) => i as unknown as Incident;
const asNonconformity = (n: Schemas['Nonconformity']) =>
  n as unknown as Nonconformity;

/** Calls of the incident register and the nonconformities. */
export class IncidentRequests extends AiGovernanceApiClientBase {
  async createIncident(entity: CompoundEntityRef, body: IncidentCreate) {
    const incident = await this.call(undefined, init =>
      this.client.request('post', `${ENTITY}/incidents`, {
        ...init,
        params: { path: entityPath(entity) },
        body: body as Schemas['IncidentCreate'],
      }),
    );
    return asIncident(incident);
  }

  async listEntityIncidents(
    entity: CompoundEntityRef,
    query: { cursor?: string; limit?: number } = {},
  ) {
    const page = await this.call(undefined, init =>
      this.client.request('get', `${ENTITY}/incidents`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
    return { ...page, items: page.items.map(asIncident) };
  }

  async listIncidents(filter?: IncidentFilter) {
    const page = await this.call(undefined, init =>
      this.client.request('get', '/incidents', {
        ...init,
        params: { query: incidentQuery(filter) },
      }),
    );
    return { ...page, items: page.items.map(asIncident) };
  }

  async getIncident(id: string) {
    const incident = await this.call(undefined, init =>
      this.client.request('get', '/incidents/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asIncident(incident);
  }

  async updateIncident(id: string, version: number, patch: IncidentPatch) {
    const incident = await this.call(undefined, init =>
      this.client.request('patch', '/incidents/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['IncidentPatch'],
      }),
    );
    return asIncident(incident);
  }

  async listIncidentEntries(id: string) {
    const list = await this.call(undefined, init =>
      this.client.request('get', '/incidents/{id}/entries', {
        ...init,
        params: { path: { id } },
      }),
    );
    return list.items;
  }

  addIncidentEntry(id: string, body: IncidentEntryCreate) {
    return this.call(undefined, init =>
      this.client.request('post', '/incidents/{id}/entries', {
        ...init,
        params: { path: { id } },
        body: body as Schemas['IncidentEntryCreate'],
      }),
    );
  }

  createRiskFromIncident(id: string, version: number, risk: RiskCreate) {
    return this.call(undefined, init =>
      this.client.request('post', '/incidents/{id}/risks', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: risk as Schemas['RiskCreate'],
      }),
    );
  }

  async incidentReportDraftUrl(id: string) {
    return `${await this.baseUrl()}/incidents/${encodeURIComponent(
      id,
    )}/report.md`;
  }

  async incidentsExportUrl(filter?: Omit<IncidentFilter, 'cursor' | 'limit'>) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(incidentQuery(filter))) {
      if (value !== undefined) params.set(key, String(value));
    }
    const query = params.toString();
    return `${await this.baseUrl()}/exports/incidents.csv${
      query ? `?${query}` : ''
    }`;
  }

  async createNonconformity(body: NonconformityCreate) {
    const created = await this.call(undefined, init =>
      this.client.request('post', '/nonconformities', {
        ...init,
        body: body as Schemas['NonconformityCreate'],
      }),
    );
    return asNonconformity(created);
  }

  async listEntityNonconformities(
    entity: CompoundEntityRef,
    query: { cursor?: string; limit?: number } = {},
  ) {
    const page = await this.call(undefined, init =>
      this.client.request('get', `${ENTITY}/nonconformities`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
    return { ...page, items: page.items.map(asNonconformity) };
  }

  async listNonconformities(query: NonconformityFilter = {}) {
    const page = await this.call(undefined, init =>
      this.client.request('get', '/nonconformities', {
        ...init,
        params: { query },
      }),
    );
    return { ...page, items: page.items.map(asNonconformity) };
  }

  async getNonconformity(id: string) {
    const found = await this.call(undefined, init =>
      this.client.request('get', '/nonconformities/{id}', {
        ...init,
        params: { path: { id } },
      }),
    );
    return asNonconformity(found);
  }

  async updateNonconformity(
    id: string,
    version: number,
    patch: NonconformityPatch,
  ) {
    const saved = await this.call(undefined, init =>
      this.client.request('patch', '/nonconformities/{id}', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: patch as Schemas['NonconformityPatch'],
      }),
    );
    return asNonconformity(saved);
  }

  async reviewEffectiveness(
    id: string,
    version: number,
    body: EffectivenessReviewInput,
  ) {
    const saved = await this.call(undefined, init =>
      this.client.request('post', '/nonconformities/{id}/effectiveness', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: body as Schemas['EffectivenessReviewCreate'],
      }),
    );
    return asNonconformity(saved);
  }
}
