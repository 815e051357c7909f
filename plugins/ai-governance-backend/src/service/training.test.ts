import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import {
  APPROVER,
  OWNER,
  VIEWER,
  permissionsBackend,
} from '../__testUtils__/inProcessPermissions';
import { as, testEntities } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { createGovernanceServices } from './services';

jest.setTimeout(120_000);

/*
 * Training records and coverage through the API on each database, with
 * the roles of __testUtils__/inProcessPermissions.ts: a person records and
 * reads their own training, the governance office (ada) anyone's; bad
 * input is a 400 naming its field and writes nothing; coverage counts the
 * catalog's teams (a sub-team's members in the parent) against the
 * default rules (AI literacy for all, the high-risk course for the team
 * owning the high-tier credit scoring system).
 */

const API = '/api/ai-governance';
const RECORDS = `${API}/training-records`;

const user = (name: string, team?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: team ? [team] : [] },
  relations: team
    ? [{ type: 'memberOf', targetRef: `group:default/${team}` }]
    : [],
});

/** Lending (a sub-team of risk) owns the high-tier credit scoring system. */
const people = [
  user('lena', 'lending'),
  user('leo', 'lending'),
  user('rita', 'risk'),
  user('olga'),
];

const DAY = 86_400_000;
const daysAgo = (n: number) =>
  new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

describeOnEachDatabase('training records on %s', setup => {
  const backend = permissionsBackend(setup, { entities: people });
  const { api, count } = backend;
  const record = (by: string, body: object) =>
    api(as(by)).post(RECORDS).send(body);

  it('serves the course catalogue and who needs which course', async () => {
    const { body } = await api(as(OWNER))
      .get(`${API}/training/courses`)
      .expect(200);
    expect(body.items.map((c: { id: string }) => c.id)).toEqual([
      'ai-literacy',
      'high-risk-obligations',
      'ai-risk-assessment',
      'aims-internal-auditor',
      'responsible-ai-development',
    ]);
    expect(body.items[0]).toMatchObject({ validityMonths: 12 });
    expect(body.requirements).toEqual([
      { courseId: 'ai-literacy', appliesTo: 'everyone' },
      { courseId: 'high-risk-obligations', appliesTo: 'high-tier-owners' },
      {
        courseId: 'aims-internal-auditor',
        appliesTo: 'aims-role',
        role: 'internal-auditor',
      },
    ]);
  });

  it('lets a person record their own training and only the governance office record anyone else’s', async () => {
    const own = await record(OWNER, {
      userRef: OWNER,
      courseId: 'ai-literacy',
      completedAt: daysAgo(10),
      evidence: 'https://lms.example.com/cert/1',
    }).expect(201);
    expect(own.headers.etag).toBe('"1"');
    expect(own.body).toMatchObject({
      userRef: OWNER,
      entityRef: OWNER,
      courseId: 'ai-literacy',
      recordedBy: OWNER,
      status: 'current',
    });
    // The course's 12 months, from the completion.
    const done = new Date(`${daysAgo(10)}T00:00:00Z`);
    done.setUTCFullYear(done.getUTCFullYear() + 1);
    expect(own.body.expiresAt).toBe(done.toISOString().slice(0, 10));

    const before = await count('history');
    const refused = await record(OWNER, {
      userRef: 'user:default/lena',
      courseId: 'ai-literacy',
      completedAt: daysAgo(1),
    }).expect(403);
    expect(refused.body.error.message).toContain(
      'ai-governance.training.manage',
    );
    expect(await count('history')).toBe(before);

    const forLena = await record(APPROVER, {
      userRef: 'user:default/lena',
      courseId: 'high-risk-obligations',
      completedAt: daysAgo(30),
    }).expect(201);
    expect(forLena.body).toMatchObject({
      recordedBy: APPROVER,
      userRef: 'user:default/lena',
    });
    const history = await api(as(APPROVER))
      .get(`${API}/history?entityRef=user:default/lena`)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({
      recordType: 'training-record',
      recordId: forLena.body.id,
      action: 'create',
      actor: APPROVER,
    });
  });

  it('answers 400 naming the bad fields and writes nothing', async () => {
    const before = await count('training_records');
    const bad = await record(APPROVER, {
      userRef: 'lena',
      courseId: '',
      completedAt: '2026-02-30',
    }).expect(400);
    expect(
      bad.body.error.details.map((d: { path: string }) => d.path).sort(),
    ).toEqual(['completedAt', 'courseId', 'userRef']);

    const cases: Array<[object, string]> = [
      [{ userRef: 'user:default/nobody' }, 'userRef'],
      [{ courseId: 'basket-weaving' }, 'courseId'],
      [{ completedAt: daysAgo(-3) }, 'completedAt'],
      [{ expiresAt: daysAgo(400) }, 'expiresAt'],
    ];
    for (const [change, path] of cases) {
      const answer = await record(APPROVER, {
        userRef: 'user:default/leo',
        courseId: 'ai-literacy',
        completedAt: daysAgo(20),
        ...change,
      }).expect(400);
      expect(answer.body.error.details).toEqual([
        expect.objectContaining({ path }),
      ]);
    }
    expect(await count('training_records')).toBe(before);
    const query = await api(as(APPROVER))
      .get(`${RECORDS}?status=soon&team=lending`)
      .expect(400);
    expect(
      query.body.error.details.map((d: { path: string }) => d.path).sort(),
    ).toEqual(['status', 'team']);
  });

  it('lists records by person, course, team and status; a person reads only their own without training.read', async () => {
    await record(APPROVER, {
      userRef: 'user:default/leo',
      courseId: 'ai-literacy',
      completedAt: daysAgo(355),
    }).expect(201);
    await record(APPROVER, {
      userRef: 'user:default/leo',
      courseId: 'high-risk-obligations',
      completedAt: daysAgo(3 * 365),
    }).expect(201);
    await record(APPROVER, {
      userRef: 'user:default/rita',
      courseId: 'ai-literacy',
      completedAt: daysAgo(2 * 365),
    }).expect(201);
    await record(APPROVER, {
      userRef: 'user:default/lena',
      courseId: 'ai-literacy',
      completedAt: daysAgo(5),
    }).expect(201);

    const read = (who: string, query: string) =>
      api(as(who)).get(`${RECORDS}${query}`);
    const ids = (res: { body: { items: Array<{ userRef: string }> } }) =>
      res.body.items.map(r => r.userRef);

    expect((await read(OWNER, '')).status).toBe(403);
    expect((await read(OWNER, '?user=user:default/leo')).status).toBe(403);
    const mine = await read(OWNER, `?user=${OWNER}`).expect(200);
    expect(ids(mine)).toEqual([OWNER]);

    const leo = await read(VIEWER, '?user=user:default/leo').expect(200);
    expect(leo.body.items.map((r: { status: string }) => r.status)).toEqual([
      'expiring',
      'expired',
    ]);
    const lending = await read(VIEWER, '?team=group:default/lending').expect(
      200,
    );
    expect(new Set(ids(lending))).toEqual(
      new Set(['user:default/lena', 'user:default/leo']),
    );
    // A sub-team's members are the parent team's too.
    const risk = await read(
      VIEWER,
      '?team=group:default/risk&course=ai-literacy',
    ).expect(200);
    expect(ids(risk).sort()).toEqual([
      'user:default/lena',
      'user:default/leo',
      'user:default/rita',
    ]);
    const expired = await read(VIEWER, '?status=expired').expect(200);
    expect(ids(expired).sort()).toEqual([
      'user:default/leo',
      'user:default/rita',
    ]);
  });

  it('counts coverage per team and for the organisation from catalog membership and the AI systems’ tiers', async () => {
    const COVERAGE = `${API}/training/coverage`;
    expect((await api(as(OWNER)).get(COVERAGE)).status).toBe(403);
    const { body } = await api(as(VIEWER)).get(COVERAGE).expect(200);
    // lena: both courses current; leo: high-risk expired; rita: literacy
    // expired; olga: literacy current.
    expect(body.total).toEqual({
      members: 4,
      covered: 2,
      percent: 50,
      courses: [
        { courseId: 'ai-literacy', required: 4, current: 3 },
        { courseId: 'high-risk-obligations', required: 2, current: 1 },
      ],
    });
    const byTeam = Object.fromEntries(
      body.teams.map((t: { groupRef: string }) => [t.groupRef, t]),
    );
    expect(byTeam['group:default/lending']).toMatchObject({
      members: 2,
      covered: 1,
      percent: 50,
    });
    expect(byTeam['group:default/risk']).toMatchObject({
      members: 3,
      covered: 1,
      percent: 33,
    });
    const one = await api(as(VIEWER))
      .get(`${COVERAGE}?team=group:default/lending`)
      .expect(200);
    expect(one.body.teams.map((t: { groupRef: string }) => t.groupRef)).toEqual(
      ['group:default/lending'],
    );
    // Clauses 7.2 and 7.3 are pre-filled from the same figures.
    const clauses = await api(as(VIEWER))
      .get(`${API}/aims/clauses`)
      .expect(200);
    const prefill = (id: string) =>
      clauses.body.items.find((c: { id: string }) => c.id === id).prefilled;
    expect(prefill('7.2')).toEqual({
      status: 'partial',
      reason: expect.stringContaining('2 of 4 people (50 %)'),
    });
    expect(prefill('7.3')).toEqual({
      status: 'partial',
      reason: expect.stringContaining('3 of 4 people (75 %)'),
    });
    // The objectives' training-coverage measure counts the same.
    const objective = await api(as(APPROVER))
      .post(`${API}/aims/objectives`)
      .send({
        title: 'Everyone trained',
        owner: 'group:default/risk',
        measure: 'training-coverage',
        target: { value: 90, direction: 'at-least' },
        dueDate: '2027-12-31',
      })
      .expect(201);
    expect(objective.body.current).toMatchObject({
      value: 50,
      detail: '2 of 4 people hold every course they need, unexpired',
    });
    const unknown = await api(as(VIEWER))
      .get(`${COVERAGE}?team=group:default/nope`)
      .expect(400);
    expect(unknown.body.error.details).toEqual([
      expect.objectContaining({ path: 'team' }),
    ]);
  });

  it("lists a person's renewal task in their own inbox, even without task permissions", async () => {
    // The daily job, run as the plugin runs it, over the same database.
    await createGovernanceServices({
      knex: backend.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      catalog: {
        catalog: catalogServiceMock({ entities: [...testEntities, ...people] }),
        auth: mockServices.auth(),
      },
    }).training.openRenewals();
    const LEO = 'user:default/leo';
    const inbox = await api(as(LEO))
      .get(`${API}/tasks?assignee=me`)
      .expect(200);
    expect(
      inbox.body.items.map((t: { kind: string; entityRef: string }) => [
        t.kind,
        t.entityRef,
      ]),
    ).toEqual([
      ['training-renewal', LEO],
      ['training-renewal', LEO],
    ]);
    // Nobody else's inbox has them.
    const other = await api(as('user:default/lena'))
      .get(`${API}/tasks?assignee=me`)
      .expect(200);
    expect(other.body.items).toEqual([]);
  });
});
