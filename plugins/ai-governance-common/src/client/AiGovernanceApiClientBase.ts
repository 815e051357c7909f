import type { CompoundEntityRef } from '@backstage/catalog-model';
import createClient from 'openapi-fetch';
import type { paths } from '../schema/openapi/generated';
import type { AiGovernanceSchemas as Schemas } from '../schema/openapi';
import { responseErrorOf } from './errors';

/** What a CSV export covers: one entity, or one team and its child groups. @public */
export interface ExportScope {
  /** One entity, e.g. an AI system. */
  entityRef?: string;
  /** A group ref; the export holds the AI systems it or any group below it owns. */
  owner?: string;
}

/** Options of every call of the ai-governance API client. @public */
export interface AiGovernanceRequestOptions {
  /** A Backstage token, sent as `Authorization: Bearer`; wins over `getToken`. */
  token?: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/**
 * What the ai-governance API client needs: the structural parts of the
 * frontend's DiscoveryApi and FetchApi, or of the backend's DiscoveryService
 * (with a token per call or from `getToken`).
 * @public
 */
export interface AiGovernanceApiClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Defaults to the global fetch. The frontend's FetchApi adds the user's token itself. */
  fetchApi?: { fetch: typeof fetch };
  /** A token for calls that give none, e.g. a backend's service token. */
  getToken?: () => Promise<string | undefined>;
}

/** A page of a cursor-paginated list: pass `nextCursor` as `cursor` for the next. @public */
export interface AiGovernancePageQuery {
  cursor?: string;
  limit?: number;
}

const PLUGIN_ID = 'ai-governance';
/** The path of entity-scoped operations. */
export const ENTITY = '/entities/{kind}/{namespace}/{name}' as const;

/** The path parameters of an entity, its kind lower-cased as the API stores it. */
export const entityPath = (entity: CompoundEntityRef) => ({
  kind: entity.kind.toLocaleLowerCase('en-US'),
  namespace: entity.namespace,
  name: entity.name,
});

/** The If-Match header for a version read earlier. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** What every request of the client starts from (a type, so it fits openapi-fetch's index signature). @public */
export type AiGovernanceCallInit = {
  baseUrl: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
};

/** The body of a 2xx answer; non-2xx answers already threw in the middleware. */
function dataOf<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(
      `The ai-governance API answered ${result.response.status} without a body`,
    );
  }
  return result.data;
}

/**
 * The transport of the ai-governance API client (base URL, credentials,
 * errors) and its org-wide reads; the per-entity records are in
 * AiGovernanceApiClient, which extends it, so neither file grows too long.
 * @public
 */
export abstract class AiGovernanceApiClientBase {
  private readonly discoveryApi: AiGovernanceApiClientOptions['discoveryApi'];
  private readonly fetchApi?: AiGovernanceApiClientOptions['fetchApi'];
  private readonly getToken?: AiGovernanceApiClientOptions['getToken'];
  protected readonly client = createClient<paths>({
    // Looked up per call, so a fetch replaced after construction (tests) is
    // used. The request goes on as URL and init, not as the Request object:
    // Backstage's FetchApi middleware builds new Requests from its input, and
    // a Request whose body was read once cannot be built from again.
    fetch: async (request: Request) =>
      (this.fetchApi?.fetch ?? globalThis.fetch)(request.url, {
        method: request.method,
        headers: request.headers,
        body:
          request.method === 'GET' || request.method === 'HEAD'
            ? undefined
            : await request.arrayBuffer(),
        signal: request.signal,
      }),
  });

  constructor(options: AiGovernanceApiClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.getToken = options.getToken;
    this.client.use({
      async onResponse({ response }) {
        if (!response.ok) throw await responseErrorOf(response);
        return undefined;
      },
    });
  }

  /** Where the ai-governance API is, as discovery has it now. */
  protected baseUrl(): Promise<string> {
    return this.discoveryApi.getBaseUrl(PLUGIN_ID);
  }

  /** Base URL, credentials and signal of one call. */
  private async init(
    options: AiGovernanceRequestOptions = {},
  ): Promise<AiGovernanceCallInit> {
    const token = options.token ?? (await this.getToken?.());
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    return { baseUrl: await this.baseUrl(), headers, signal: options.signal };
  }

  /** Runs one typed request with the call's base URL and credentials. */
  protected async call<T>(
    options: AiGovernanceRequestOptions | undefined,
    run: (
      init: AiGovernanceCallInit,
    ) => Promise<{ data?: T; response: Response }>,
  ): Promise<T> {
    return dataOf(await run(await this.init(options)));
  }

  // --- library ---------------------------------------------------------------

  /** The ISO/IEC 42001 Annex A controls and their objectives. */
  getControlLibrary(options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('get', '/controls', init),
    );
  }

  /** The risk scenarios for a system type (and, when given, up to a tier). */
  async getRiskScenarios(
    systemType: string,
    tier?: Schemas['AiRiskTier'],
    options?: AiGovernanceRequestOptions,
  ) {
    const query = { systemType, tier };
    const list = await this.call(options, init =>
      this.client.request('get', '/library/risk-scenarios', {
        ...init,
        params: { query },
      }),
    );
    return list.items;
  }

  // --- scorecards, overview, history and exports ---------------------------------

  /** The governance scorecard of an entity. */
  getScorecard(
    entity: CompoundEntityRef,
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/scorecard`, {
        ...init,
        params: { path: entityPath(entity) },
      }),
    );
  }

  /** Scorecards rolled up by owning group. */
  async getTeamScorecards(options?: AiGovernanceRequestOptions) {
    const query = { groupBy: 'owner' as const };
    const list = await this.call(options, init =>
      this.client.request('get', '/scorecards', { ...init, params: { query } }),
    );
    return list.items;
  }

  /** Open risks by likelihood × impact, for one entity or all the caller may read. */
  getHeatMap(
    query: { entityRef?: string } = {},
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', '/heatmap', { ...init, params: { query } }),
    );
  }

  /** Overdue treatments, reviews and controls and expired evidence, most overdue first. */
  async listOverdue(
    query: { limit?: number } = {},
    options?: AiGovernanceRequestOptions,
  ) {
    const list = await this.call(options, init =>
      this.client.request('get', '/overdue', { ...init, params: { query } }),
    );
    return list.items;
  }

  /** A page of the change history, newest first, optionally of one entity. */
  listHistory(
    query: AiGovernancePageQuery & { entityRef?: string } = {},
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', '/history', { ...init, params: { query } }),
    );
  }

  /**
   * Verifies the history: its hash chain, the signed checkpoints, and every
   * record against its history (the first that differs is named).
   */
  verifyHistory(options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('get', '/history/verify', init),
    );
  }

  /** Signs the history's head now (the governance office); the existing checkpoint when the head has not moved. */
  createCheckpoint(options?: AiGovernanceRequestOptions) {
    return this.call(options, init =>
      this.client.request('post', '/history/checkpoints', init),
    );
  }

  /** A page of the signed checkpoints, newest first. */
  listCheckpoints(
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ) {
    return this.call(options, init =>
      this.client.request('get', '/history/checkpoints', {
        ...init,
        params: { query },
      }),
    );
  }

  // --- tasks -------------------------------------------------------------------

  /** A page of the task inbox: `assignee: 'me'` for the caller's and their groups' tasks. */
  listTasks(
    query: AiGovernancePageQuery & {
      assignee?: string;
      status?: Schemas['TaskStatus'];
      entityRef?: string;
    } = {},
    options?: AiGovernanceRequestOptions,
    // Named, so the API report shows the page rather than its JSON values expanded.
  ): Promise<Schemas['TaskPage']> {
    return this.call(options, init =>
      this.client.request('get', '/tasks', { ...init, params: { query } }),
    );
  }

  /** A page of an entity's tasks, newest first. */
  listEntityTasks(
    entity: CompoundEntityRef,
    query: AiGovernancePageQuery = {},
    options?: AiGovernanceRequestOptions,
  ): Promise<Schemas['TaskPage']> {
    return this.call(options, init =>
      this.client.request('get', `${ENTITY}/tasks`, {
        ...init,
        params: { path: entityPath(entity), query },
      }),
    );
  }

  /** Completes an open task read at `version`, with its outcome and evidence. */
  completeTask(
    id: string,
    version: number,
    body: Schemas['TaskComplete'],
    options?: AiGovernanceRequestOptions,
  ): Promise<Schemas['Task']> {
    return this.call(options, init =>
      this.client.request('post', '/tasks/{id}/complete', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    );
  }

  /** Dismisses an open task read at `version`, for `reason`. */
  dismissTask(
    id: string,
    version: number,
    reason: string,
    options?: AiGovernanceRequestOptions,
  ): Promise<Schemas['Task']> {
    return this.call(options, init =>
      this.client.request('post', '/tasks/{id}/dismiss', {
        ...init,
        params: { path: { id }, header: ifMatch(version) },
        body: { reason },
      }),
    );
  }

  /**
   * URL of a CSV export, optionally of one entity (a ref, or `{ entityRef }`)
   * or of one team and its child groups (`{ owner }`); fetch it with credentials.
   */
  async exportUrl(
    kind: 'risk-register' | 'soa',
    scope?: string | ExportScope,
  ): Promise<string> {
    const base = await this.baseUrl();
    const { entityRef, owner } =
      typeof scope === 'string'
        ? { entityRef: scope, owner: undefined }
        : scope ?? {};
    const params = new URLSearchParams();
    if (entityRef) params.set('entityRef', entityRef);
    if (owner) params.set('owner', owner);
    const query = params.toString();
    return `${base}/exports/${kind}.csv${query ? `?${query}` : ''}`;
  }
}
