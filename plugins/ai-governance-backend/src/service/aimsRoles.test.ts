import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { as, testDatabases } from '../__testUtils__/backend';
import {
  mutableCatalog,
  startPluginOnCatalog,
} from '../__testUtils__/mutableCatalog';
import { AimsContextStore } from '../database/AimsContextStore';
import { UnitOfWork } from '../database/UnitOfWork';
import type { AimsCatalog } from './aimsCatalog';
import { AimsRoleService, type AimsRolesContent } from './AimsRoleService';

jest.setTimeout(120_000);

/*
 * The AIMS roles through the API on each database (defaults, If-Match,
 * holders the catalog must know, the refusal of a user without the
 * permission), and holdsOf/holds as other modules call them, membership
 * coming from the catalog.
 */

const API = '/api/ai-governance';
const ROLES = `${API}/aims/roles`;
const ALICE = 'user:default/alice';
const MALLORY = 'user:default/mallory';

const entity = (kind: string, name: string, spec: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
});

const catalogEntities: Entity[] = [
  entity('Group', 'board', { type: 'team', children: [] }),
  entity('User', 'alice', { memberOf: ['board'] }),
  entity('User', 'mallory', { memberOf: [] }),
];

const startPlugin = (knex: Knex, catalog: ReturnType<typeof mutableCatalog>) =>
  startPluginOnCatalog(knex, catalog, {
    deny: { user: MALLORY, permission: 'ai-governance.aims.context.update' },
    aiGovernance: { governanceOfficeGroup: 'group:default/board' },
  });

const databases = testDatabases();

describe.each(databases.eachSupportedId())('the AIMS roles on %s', id => {
  let knex: Knex;
  let plugin: Awaited<ReturnType<typeof startPlugin>>;
  const catalog = mutableCatalog(catalogEntities);
  const get = async () => plugin.api(as(ALICE)).get(ROLES).expect(200);
  const put = (payload: object, version?: string, user = ALICE) => {
    const req = plugin.api(as(user)).put(ROLES);
    return (version === undefined ? req : req.set('If-Match', version)).send(
      payload,
    );
  };
  const holders = (body: any, role: string) =>
    body.roles.find((r: { role: string }) => r.role === role).holders;

  beforeAll(async () => {
    knex = await databases.init(id);
    plugin = await startPlugin(knex, catalog);
  });
  afterAll(() => plugin.backend.stop());

  it('answers every role before any PUT, the configured governance office holding its role', async () => {
    const res = await get();
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ version: 0, defined: false });
    expect(res.body.roles.map((r: { role: string }) => r.role)).toEqual([
      'top-management',
      'aims-owner',
      'governance-office',
      'internal-auditor',
      'risk-owner',
    ]);
    expect(holders(res.body, 'governance-office')).toEqual([
      'group:default/board',
    ]);
    expect(holders(res.body, 'top-management')).toEqual([]);
    expect(res.body.roles[0].responsibilities).toContain('management review');
  });

  it('records the roles at version 0 with a history event, and refuses a stale or missing If-Match', async () => {
    const res = await put(
      {
        roles: [
          {
            role: 'top-management',
            holders: ['group:default/Board'],
            responsibilities: 'Approves the AI policy.',
          },
          { role: 'risk-owner', holders: ['user:default/alice'] },
        ],
      },
      '"0"',
    ).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body.defined).toBe(true);
    expect(holders(res.body, 'top-management')).toEqual([
      'group:default/board',
    ]);
    // A role left out has no holders, so the office must be listed to keep it.
    expect(holders(res.body, 'governance-office')).toEqual([]);
    expect(res.body.roles[0].responsibilities).toBe('Approves the AI policy.');
    const events = await knex('history').where('record_type', 'aims-roles');
    expect(events).toHaveLength(1);
    expect(events[0].entity_ref).toBe('aims:default/management-system');

    expect((await put({ roles: [] }, '"0"')).status).toBe(412);
    expect((await put({ roles: [] })).status).toBe(428);
    expect((await get()).body.version).toBe(1);
  });

  it('answers 400 naming the field of a holder the catalog does not know, or that is no user or group', async () => {
    const unknown = await put(
      {
        roles: [
          {
            role: 'internal-auditor',
            holders: ['user:default/alice', 'user:default/ghost'],
          },
        ],
      },
      '"1"',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      {
        path: 'roles[0].holders[1]',
        message: 'must be a user or group the catalog knows',
      },
    ]);
    const wrongKind = await put(
      { roles: [{ role: 'aims-owner', holders: ['aisystem:default/chat'] }] },
      '"1"',
    );
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.details[0].path).toBe('roles[0].holders[0]');
    const twice = await put(
      { roles: [{ role: 'aims-owner' }, { role: 'aims-owner' }] },
      '"1"',
    );
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0].path).toBe('roles');
    expect((await get()).body.version).toBe(1);
  });

  it('refuses a user without the update permission', async () => {
    const refused = await put({ roles: [] }, '"1"', MALLORY);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(
      'ai-governance.aims.context.update',
    );
  });
});

describe.each(databases.eachSupportedId())('AimsRoleService on %s', id => {
  let service: AimsRoleService;
  const groups: Record<string, string[]> = {
    'user:default/ada': ['group:default/board'],
    'user:default/ben': ['group:default/lending'],
  };
  const catalog: AimsCatalog = {
    aiSystems: async () => [],
    known: async refs => new Set(refs),
    groupsOf: async user => groups[user] ?? [],
  };

  beforeAll(async () => {
    const knex = await databases.init(id);
    await knex.migrate.latest({
      directory: `${__dirname}/../../migrations`,
    });
    const work = new UnitOfWork(knex, () => new Date('2026-12-07T10:00:00Z'));
    service = new AimsRoleService(
      new AimsContextStore<AimsRolesContent>(knex, 'roles'),
      work,
      catalog,
      'group:default/ai-governance-office',
    );
  });

  it('holds a role through a listed group or by being listed, not otherwise', async () => {
    expect(await service.holdersOf('governance-office')).toEqual([
      'group:default/ai-governance-office',
    ]);
    await service.put(
      0,
      {
        roles: [
          { role: 'top-management', holders: ['group:default/board'] },
          { role: 'risk-owner', holders: ['User:default/Ben'] },
        ],
      },
      'user:default/ada',
    );
    expect(await service.holdersOf('top-management')).toEqual([
      'group:default/board',
    ]);
    expect(await service.holds('user:default/ada', 'top-management')).toBe(
      true,
    );
    expect(await service.holds('user:default/ben', 'top-management')).toBe(
      false,
    );
    expect(await service.holds('user:default/Ben', 'risk-owner')).toBe(true);
    expect(await service.holds('user:default/ada', 'risk-owner')).toBe(false);
  });
});
