import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { as, testDatabases } from '../__testUtils__/backend';
import {
  mutableCatalog,
  startPluginOnCatalog,
} from '../__testUtils__/mutableCatalog';

jest.setTimeout(120_000);

/*
 * The AIMS scope through the API on each database: the default record, the
 * filter resolved live from a catalog the test edits (an experimental system
 * is out until its lifecycle changes), If-Match, refusals naming the field,
 * history events, and the 4.2 and 4.3 pre-fills of the clause assessment.
 */

const API = '/api/ai-governance';
const SCOPE = `${API}/aims/scope`;
const ALICE = 'user:default/alice';
const MALLORY = 'user:default/mallory';

const entity = (kind: string, name: string, spec: object): Entity => ({
  apiVersion:
    kind === 'AiSystem' ? 'aigov.dev/v1alpha1' : 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', title: name.replace(/-/g, ' ') },
  spec,
});
const aiSystem = (name: string, lifecycle: string, system: string) =>
  entity('AiSystem', name, {
    type: 'classifier',
    lifecycle,
    owner: 'group:default/lending',
    purpose: 'Decide things.',
    riskTier: 'high',
    system,
  });

const catalogEntities: Entity[] = [
  entity('Group', 'lending', { type: 'team', children: [] }),
  entity('User', 'alice', { memberOf: ['lending'] }),
  entity('User', 'mallory', { memberOf: [] }),
  entity('Domain', 'retail', { owner: 'group:default/lending' }),
  entity('System', 'loans', {
    owner: 'group:default/lending',
    domain: 'retail',
  }),
  entity('System', 'lab', { owner: 'group:default/lending' }),
  aiSystem('credit-scoring', 'production', 'loans'),
  aiSystem('sandbox-chat', 'experimental', 'lab'),
  aiSystem('churn-model', 'production', 'lab'),
];

const body = (extra: object = {}) => ({
  statement: 'Every AI system Acme builds or runs for retail customers.',
  boundaries: 'Retail banking; corporate IT is out.',
  ...extra,
});

const startPlugin = (knex: Knex, catalog: ReturnType<typeof mutableCatalog>) =>
  startPluginOnCatalog(knex, catalog, {
    deny: { user: MALLORY, permission: 'ai-governance.aims.context.update' },
  });

const databases = testDatabases();

describe.each(databases.eachSupportedId())('the AIMS scope on %s', id => {
  let knex: Knex;
  let plugin: Awaited<ReturnType<typeof startPlugin>>;
  const catalog = mutableCatalog(catalogEntities);
  const get = async () => plugin.api(as(ALICE)).get(SCOPE).expect(200);
  const put = (payload: object, version?: string, user = ALICE) => {
    const req = plugin.api(as(user)).put(SCOPE);
    return (version === undefined ? req : req.set('If-Match', version)).send(
      payload,
    );
  };
  const inScope = async () =>
    (await get()).body.systems
      .filter((s: { inScope: boolean }) => s.inScope)
      .map((s: { entityRef: string }) => s.entityRef);
  const clause = async (clauseId: string) =>
    (
      await plugin.api(as(ALICE)).get(`${API}/aims/clauses`).expect(200)
    ).body.items.find((c: { id: string }) => c.id === clauseId);

  beforeAll(async () => {
    knex = await databases.init(id);
    plugin = await startPlugin(knex, catalog);
  });
  afterAll(() => plugin.backend.stop());

  it('answers a default record before any PUT: version 0, not defined, experimental systems out', async () => {
    const res = await get();
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({
      version: 0,
      defined: false,
      filter: { excludeLifecycles: ['experimental'], systems: [], domains: [] },
      issues: [],
    });
    const sandbox = res.body.systems.find(
      (s: { entityRef: string }) =>
        s.entityRef === 'aisystem:default/sandbox-chat',
    );
    expect(sandbox).toMatchObject({
      inScope: false,
      lifecycle: 'experimental',
      system: 'system:default/lab',
      reason: 'Lifecycle experimental is outside the scope',
    });
    expect(await inScope()).toEqual([
      'aisystem:default/churn-model',
      'aisystem:default/credit-scoring',
    ]);
    expect(await clause('4.3')).toMatchObject({
      prefilled: { status: 'gap' },
    });
    expect((await clause('4.3')).prefilled.reason).toContain(
      'No AIMS scope is recorded yet',
    );
  });

  it('moves a system into scope as soon as the catalog changes its lifecycle', async () => {
    catalog.edit('sandbox-chat', e => {
      (e.spec as any).lifecycle = 'production';
    });
    expect(await inScope()).toContain('aisystem:default/sandbox-chat');
    catalog.edit('sandbox-chat', e => {
      (e.spec as any).lifecycle = 'experimental';
    });
    expect(await inScope()).not.toContain('aisystem:default/sandbox-chat');
  });

  it('records the scope at version 0, with a history event, and limits it by domain with an exclusion', async () => {
    const before = await knex('history').where('record_type', 'aims-scope');
    expect(before).toHaveLength(0);
    const res = await put(
      body({
        filter: {
          domains: ['domain:default/retail'],
          systems: ['system:default/lab'],
          exclusions: [
            {
              entityRef: 'aisystem:default/churn-model',
              justification: 'Retired next month; no decisions rely on it.',
            },
          ],
        },
        issues: [
          {
            kind: 'external',
            description: 'EU AI Act obligations apply from August 2026.',
          },
        ],
        interestedParties: [
          {
            name: 'Customers',
            requirements: ['Explanations of credit decisions'],
            feedback: [
              { date: '2026-11-02', text: 'Asked why a loan was refused.' },
            ],
          },
        ],
        organisationRoles: ['provider', 'deployer'],
      }),
      '"0"',
    ).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ version: 1, defined: true });
    expect(res.body.issues[0]).toMatchObject({ kind: 'external' });
    expect(res.body.issues[0].id).toEqual(expect.any(String));
    const churn = res.body.systems.find(
      (s: { entityRef: string }) =>
        s.entityRef === 'aisystem:default/churn-model',
    );
    expect(churn).toMatchObject({
      inScope: false,
      reason: 'Excluded: Retired next month; no decisions rely on it.',
    });
    expect(await inScope()).toEqual(['aisystem:default/credit-scoring']);
    const events = await knex('history').where('record_type', 'aims-scope');
    expect(events).toHaveLength(1);
    expect(events[0].entity_ref).toBe('aims:default/management-system');

    expect(await clause('4.3')).toMatchObject({
      prefilled: { status: 'implemented' },
    });
    expect(await clause('4.2')).toMatchObject({
      prefilled: {
        status: 'implemented',
        reason: '1 interested party recorded with 1 requirement',
      },
    });
  });

  it('keeps an unchanged issue its updatedAt, and refuses a stale or missing If-Match', async () => {
    const { body: current } = await get();
    const issue = current.issues[0];
    const again = await put(
      body({
        filter: current.filter,
        issues: [
          issue,
          { kind: 'internal', description: 'Two data scientists left.' },
        ].map(({ updatedAt, ...rest }: any) => rest),
        interestedParties: [{ name: 'Regulator' }],
      }),
      '"1"',
    ).expect(200);
    expect(again.body.issues[0]).toEqual(issue);
    expect(again.body.issues[1].kind).toBe('internal');

    const stale = await put(body(), '"1"');
    expect(stale.status).toBe(412);
    expect((await put(body())).status).toBe(428);
    expect((await get()).body.version).toBe(2);
    expect(await clause('4.2')).toMatchObject({
      prefilled: { status: 'partial' },
    });
    // The stored record is what its history says.
    const verified = await plugin
      .api(as(ALICE))
      .get(`${API}/history/verify`)
      .expect(200);
    expect(verified.body.ok).toBe(true);
    await knex('aims_scope').update({ content: '{"statement":"edited"}' });
    const tampered = await plugin
      .api(as(ALICE))
      .get(`${API}/history/verify`)
      .expect(200);
    expect(tampered.body).toMatchObject({
      ok: false,
      record: { type: 'aims-scope', id: 'scope' },
    });
    await knex('aims_scope').update({
      content: JSON.stringify(
        Object.fromEntries(
          [
            'statement',
            'boundaries',
            'filter',
            'issues',
            'interestedParties',
            'organisationRoles',
          ].map(k => [k, again.body[k]]),
        ),
      ),
    });
    expect(
      (await plugin.api(as(ALICE)).get(`${API}/history/verify`).expect(200))
        .body.ok,
    ).toBe(true);
  });

  it('answers 400 naming the field for refs the catalog does not know, and for a bad body', async () => {
    const unknown = await put(
      body({ filter: { systems: ['system:default/nowhere'] } }),
      '"2"',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'filter.systems[0]', message: 'must be a System of the catalog' },
    ]);
    const notAi = await put(
      body({
        filter: {
          exclusions: [
            { entityRef: 'aisystem:default/missing', justification: 'x' },
          ],
        },
      }),
      '"2"',
    );
    expect(notAi.status).toBe(400);
    expect(notAi.body.error.details[0].path).toBe(
      'filter.exclusions[0].entityRef',
    );
    const bad = await put(
      { statement: '', organisationRoles: ['vendor'] },
      '"2"',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['statement', 'organisationRoles[0]']),
    );
    expect((await get()).body.version).toBe(2);
  });

  it('refuses a user without the update permission and leaves the record as it was', async () => {
    const refused = await put(body(), '"2"', MALLORY);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(
      'ai-governance.aims.context.update',
    );
    expect((await get()).body.version).toBe(2);
  });
});
