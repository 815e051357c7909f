import type {
  ApiErrorBody,
  Assessment,
  EntityControl,
  Evidence,
  HistoryEvent,
  Page,
  Risk,
} from '@aigov/plugin-ai-governance-common';
import {
  type CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type { AiGovernanceApi } from './AiGovernanceApi';

/**
 * An error the API answered, with the fields it names: forms show `details`
 * next to the fields, and a 412 means someone else changed the record.
 * @public
 */
export class AiGovernanceApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    message: string,
    readonly details: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'AiGovernanceApiError';
  }

  /** True when the record changed since it was read (HTTP 412). */
  get isConflict(): boolean {
    return this.status === 412;
  }

  /** The message for one field, if the API named it. */
  fieldError(path: string): string | undefined {
    return this.details.find(d => d.path === path)?.message;
  }
}

const entityPath = (e: CompoundEntityRef) =>
  `/entities/${encodeURIComponent(
    e.kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(e.namespace)}/${encodeURIComponent(e.name)}`;

/** The default {@link AiGovernanceApi} over Backstage's discovery and fetch APIs. @public */
export class AiGovernanceClient implements AiGovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  private async url(
    path: string,
    query: Record<string, string | number | undefined> = {},
  ) {
    const base = await this.discoveryApi.getBaseUrl('ai-governance');
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      if (v !== undefined) params.set(k, String(v));
    const qs = params.toString();
    return `${base}${path}${qs ? `?${qs}` : ''}`;
  }

  private async request<T>(
    path: string,
    init: {
      method?: string;
      body?: unknown;
      version?: number;
      query?: Record<string, string | number | undefined>;
    } = {},
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.version !== undefined) headers['If-Match'] = `"${init.version}"`;
    const res = await this.fetchApi.fetch(await this.url(path, init.query), {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return this.parse<T>(res);
  }

  private async parse<T>(res: Response): Promise<T> {
    if (res.ok) return (await res.json()) as T;
    let body: Partial<ApiErrorBody> = {};
    try {
      body = await res.json();
    } catch {
      // not JSON: keep the status text
    }
    throw new AiGovernanceApiError(
      res.status,
      body.error?.name ?? 'Error',
      body.error?.message ?? `${res.status} ${res.statusText}`,
      body.error?.details ?? [],
    );
  }

  async getControlLibrary() {
    return this.request<
      Awaited<ReturnType<AiGovernanceApi['getControlLibrary']>>
    >('/controls');
  }

  async getRiskScenarios(systemType: string, tier?: string) {
    const { items } = await this.request<{ items: any[] }>(
      '/library/risk-scenarios',
      { query: { systemType, tier } },
    );
    return items;
  }

  listRisks(
    entity: CompoundEntityRef,
    options: { cursor?: string; limit?: number } = {},
  ) {
    return this.request<Page<Risk>>(`${entityPath(entity)}/risks`, {
      query: options,
    });
  }

  async listAllRisks(entity: CompoundEntityRef) {
    const all: Risk[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listRisks(entity, { cursor, limit: 200 });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  createRisk(entity: CompoundEntityRef, risk: object) {
    return this.request<Risk>(`${entityPath(entity)}/risks`, {
      method: 'POST',
      body: risk,
    });
  }

  updateRisk(id: string, version: number, patch: object) {
    return this.request<Risk>(`/risks/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: patch,
      version,
    });
  }

  acceptRisk(
    id: string,
    version: number,
    body: { expiresAt: string; note?: string },
  ) {
    return this.request<Risk>(`/risks/${encodeURIComponent(id)}/accept`, {
      method: 'POST',
      body,
      version,
    });
  }

  async listControls(entity: CompoundEntityRef) {
    return (
      await this.request<{ items: EntityControl[] }>(
        `${entityPath(entity)}/controls`,
      )
    ).items;
  }

  putControl(
    entity: CompoundEntityRef,
    controlId: string,
    version: number,
    body: object,
  ) {
    return this.request<EntityControl>(
      `${entityPath(entity)}/controls/${encodeURIComponent(controlId)}`,
      {
        method: 'PUT',
        body,
        version,
      },
    );
  }

  listEvidence(
    entity: CompoundEntityRef,
    options: { cursor?: string; limit?: number } = {},
  ) {
    return this.request<Page<Evidence>>(`${entityPath(entity)}/evidence`, {
      query: options,
    });
  }

  createEvidence(entity: CompoundEntityRef, body: object) {
    return this.request<Evidence>(`${entityPath(entity)}/evidence`, {
      method: 'POST',
      body,
    });
  }

  async uploadEvidenceContent(id: string, file: Blob) {
    const res = await this.fetchApi.fetch(
      await this.url(`/evidence/${encodeURIComponent(id)}/content`),
      {
        method: 'PUT',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: file,
      },
    );
    return this.parse<Evidence>(res);
  }

  evidenceContentUrl(id: string) {
    return this.url(`/evidence/${encodeURIComponent(id)}/content`);
  }

  async listAssessments(entity: CompoundEntityRef) {
    return (
      await this.request<{ items: Assessment[] }>(
        `${entityPath(entity)}/assessments`,
      )
    ).items;
  }

  createAssessment(entity: CompoundEntityRef, body: object) {
    return this.request<Assessment>(`${entityPath(entity)}/assessments`, {
      method: 'POST',
      body,
    });
  }

  updateAssessment(id: string, version: number, patch: object) {
    return this.request<Assessment>(`/assessments/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: patch,
      version,
    });
  }

  approveAssessment(id: string, version: number, note?: string) {
    return this.request<Assessment>(
      `/assessments/${encodeURIComponent(id)}/approve`,
      {
        method: 'POST',
        body: note ? { note } : {},
        version,
      },
    );
  }

  getScorecard(entity: CompoundEntityRef) {
    return this.request<any>(`${entityPath(entity)}/scorecard`);
  }

  async getTeamScorecards() {
    return (
      await this.request<{ items: any[] }>('/scorecards', {
        query: { groupBy: 'owner' },
      })
    ).items;
  }

  getHeatMap(options: { entityRef?: string } = {}) {
    return this.request<any>('/heatmap', { query: options });
  }

  async listOverdue(options: { limit?: number } = {}) {
    return (
      await this.request<{ items: any[] }>('/overdue', { query: options })
    ).items;
  }

  listHistory(
    options: { entityRef?: string; cursor?: string; limit?: number } = {},
  ) {
    return this.request<Page<HistoryEvent>>('/history', { query: options });
  }

  verifyHistory() {
    return this.request<any>('/history/verify');
  }

  exportUrl(kind: 'risk-register' | 'soa', entityRef?: string) {
    return this.url(`/exports/${kind}.csv`, { entityRef });
  }
}

/** The entity reference string of a compound ref. @public */
export const refOf = (e: CompoundEntityRef) => stringifyEntityRef(e);
