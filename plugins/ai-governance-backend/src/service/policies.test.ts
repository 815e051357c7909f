import type { Entity } from '@backstage/catalog-model';
import { AIMS_ENTITY_REF } from '@aigov/plugin-ai-governance-common';
import {
  alice,
  as,
  bob,
  catalogSyncAtStartup,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * Policies and procedures through the API on each database: versions kept
 * and the current one replaced only by an approved newer one, approval by
 * top management (a catalog group the AIMS roles name) and never by the
 * author, If-Match, refusals naming the field or rule with nothing written,
 * the 5.2 pre-fill and the history's verification.
 */

const API = '/api/ai-governance';
const carol = as('user:default/carol');

const user = (name: string, memberOf: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf },
  relations: memberOf.map(g => ({
    type: 'memberOf',
    targetRef: `group:default/${g}`,
  })),
});
const board: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'board', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const aiPolicy = (overrides: object = {}) => ({
  kind: 'policy',
  topic: 'ai-policy',
  title: 'AI policy',
  owner: 'group:default/risk',
  reviewMonths: 12,
  content: {
    format: 'markdown',
    markdown: '# AI policy\n\nWe use AI with care.',
  },
  ...overrides,
});

describeOnEachDatabase('policies and procedures on %s', setup => {
  const backend = setup.governanceBackend({
    // Bob sits on the board, which holds top-management; Alice writes the
    // documents and Carol is neither.
    entities: [
      ...testEntities,
      board,
      user('alice', ['risk']),
      user('bob', ['board']),
      user('carol'),
    ],
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const base = `${API}/aims/policies`;
  const create = (body: object) => api(alice).post(base).send(body);
  const step = (
    who: Record<string, string>,
    id: string,
    n: number,
    action: string,
    version: string,
    body: object = {},
  ) =>
    api(who)
      .post(`${base}/${id}/versions/${n}/${action}`)
      .set('If-Match', version)
      .send(body);
  const prefill52 = async () =>
    (await api(alice).get(`${API}/aims/clauses`).expect(200)).body.items.find(
      (c: { id: string }) => c.id === '5.2',
    ).prefilled;

  beforeAll(async () => {
    await api(alice)
      .put(`${API}/aims/roles`)
      .set('If-Match', '"0"')
      .send({
        roles: [{ role: 'top-management', holders: ['group:default/board'] }],
      })
      .expect(200);
  });

  it('keeps every version, and the current one until a newer one is approved', async () => {
    expect(await prefill52()).toMatchObject({ status: 'gap' });
    const created = await create(aiPolicy()).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`${base}/${created.body.id}`);
    expect(created.body).toMatchObject({
      entityRef: AIMS_ENTITY_REF,
      currentVersion: null,
      nextReviewAt: null,
      versions: [{ number: 1, status: 'draft', author: 'user:default/alice' }],
    });
    const { id } = created.body;
    expect(await prefill52()).toMatchObject({ status: 'partial' });

    await step(alice, id, 1, 'submit', '"1"').expect(200);
    const approved = await step(bob, id, 1, 'approve', '"2"').expect(200);
    expect(approved.body).toMatchObject({ currentVersion: 1, version: 3 });
    expect(approved.body.versions[0]).toMatchObject({
      status: 'approved',
      approvedBy: 'user:default/bob',
      effectiveFrom: approved.body.versions[0].approvedAt.slice(0, 10),
    });
    expect(await prefill52()).toEqual({
      status: 'implemented',
      reason: expect.stringContaining('"AI policy" (version 1) was approved'),
    });

    const drafted = await api(alice)
      .post(`${base}/${id}/versions`)
      .send({
        content: { format: 'url', url: 'https://intranet.example.com/ai' },
        changeSummary: 'Moved to the intranet',
      })
      .expect(201);
    expect(drafted.body).toMatchObject({ currentVersion: 1, version: 4 });
    const second = await api(alice)
      .post(`${base}/${id}/versions`)
      .send({
        content: { format: 'markdown', markdown: 'x' },
        changeSummary: 'x',
      })
      .expect(409);
    expect(second.body.error.message).toContain('one version in the making');

    const listed = await api(alice).get(`${base}?kind=policy`).expect(200);
    const [summary] = listed.body.items.filter(
      (d: { id: string }) => d.id === id,
    );
    expect(summary.current).toMatchObject({ number: 1, status: 'approved' });
    expect(summary.latest).toMatchObject({ number: 2, status: 'draft' });
    expect(summary.current.content).toBeUndefined();
    expect(
      (await api(alice).get(`${base}?kind=procedure`).expect(200)).body.items,
    ).toEqual([]);

    await step(alice, id, 2, 'submit', '"4"').expect(200);
    const rejected = await step(bob, id, 2, 'reject', '"5"', {
      reason: 'Keep the text in the portal',
    }).expect(200);
    expect(rejected.body).toMatchObject({ currentVersion: 1 });
    expect(rejected.body.versions[1]).toMatchObject({
      status: 'rejected',
      rejectReason: 'Keep the text in the portal',
    });

    await api(alice)
      .post(`${base}/${id}/versions`)
      .send({
        content: { format: 'markdown', markdown: '# AI policy\n\nRevised.' },
        changeSummary: 'Revised after the review',
      })
      .expect(201);
    await step(alice, id, 3, 'submit', '"7"').expect(200);
    const third = await step(bob, id, 3, 'approve', '"8"').expect(200);
    expect(third.body.currentVersion).toBe(3);
    const read = await api(alice).get(`${base}/${id}`).expect(200);
    expect(read.headers.etag).toBe('"9"');
    expect(read.body.versions.map((v: { status: string }) => v.status)).toEqual(
      ['approved', 'rejected', 'approved'],
    );
    expect(read.body.versions[0].content.markdown).toContain('with care');
  });

  it('lets only top management approve, never the author, and names the rule', async () => {
    const { body } = await create(
      aiPolicy({
        kind: 'procedure',
        topic: null,
        title: 'AI risk assessment procedure',
      }),
    ).expect(201);
    await step(alice, body.id, 1, 'submit', '"1"').expect(200);
    const before = await count('history');

    const notTop = await step(carol, body.id, 1, 'approve', '"2"').expect(403);
    expect(notTop.body.error.message).toContain(
      'user:default/carol does not hold the AIMS role top-management',
    );
    const notTopReject = await step(carol, body.id, 1, 'reject', '"2"', {
      reason: 'No',
    }).expect(403);
    expect(notTopReject.body.error.message).toContain('top-management');

    // Alice joins top management: still not for her own version.
    await api(alice)
      .put(`${API}/aims/roles`)
      .set('If-Match', '"1"')
      .send({
        roles: [
          {
            role: 'top-management',
            holders: ['group:default/board', 'user:default/alice'],
          },
        ],
      })
      .expect(200);
    const own = await step(alice, body.id, 1, 'approve', '"2"').expect(409);
    expect(own.body.error.message).toContain(
      'four eyes: the author of a version may not approve it',
    );
    expect(await count('history')).toBe(before + 1);

    const early = await step(bob, body.id, 2, 'approve', '"2"').expect(404);
    expect(early.body.error.message).toContain('has no version 2');
    await step(bob, body.id, 1, 'approve', '"2"').expect(200);
    const again = await step(bob, body.id, 1, 'approve', '"3"').expect(409);
    expect(again.body.error.message).toContain('is approved');
  });

  it('needs If-Match, answers 412 when stale and 400 naming the field, writing nothing', async () => {
    const { body } = await create(
      aiPolicy({ title: 'Data policy', topic: null }),
    ).expect(201);
    const patch = (version: string | undefined, change: object) => {
      const req = api(alice).patch(`${base}/${body.id}`);
      return (version ? req.set('If-Match', version) : req).send(change);
    };
    const changed = await patch('"1"', { reviewMonths: 6 }).expect(200);
    expect(changed.body).toMatchObject({ reviewMonths: 6, version: 2 });
    const stale = await patch('"1"', { title: 'Other' }).expect(412);
    expect(stale.body.error.message).toContain(body.id);
    expect((await patch(undefined, { title: 'x' })).status).toBe(428);
    expect((await step(alice, body.id, 1, 'submit', '"1"')).status).toBe(412);

    const before = await count('history');
    const bad = await create({
      kind: 'manual',
      title: '',
      owner: 'risk',
      reviewMonths: 0,
      content: { format: 'url', url: 'ftp://x' },
    }).expect(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect([...new Set(paths)].sort()).toEqual(
      ['content.url', 'kind', 'owner', 'reviewMonths', 'title'].sort(),
    );
    const topic = await create(aiPolicy({ kind: 'procedure' })).expect(400);
    expect(topic.body.error.details[0].path).toBe('topic');
    const noSummary = await api(alice)
      .post(`${base}/${body.id}/versions`)
      .send({ content: { format: 'markdown', markdown: 'x' } })
      .expect(400);
    expect(noSummary.body.error.details[0].path).toBe('changeSummary');
    const badNumber = await step(alice, body.id, 0, 'submit', '"2"').expect(
      400,
    );
    expect(badNumber.body.error.details[0].path).toBe('version');
    const noReason = await step(bob, body.id, 1, 'reject', '"2"').expect(400);
    expect(noReason.body.error.details[0].path).toBe('reason');
    expect((await patch('"2"', {})).status).toBe(400);
    expect(
      (await api(alice).get(`${base}?kind=manual`)).body.error.details[0].path,
    ).toBe('kind');
    expect((await api(alice).get(`${base}/not-an-id`)).status).toBe(400);
    expect(await count('history')).toBe(before);

    const verified = await api(alice).get(`${API}/history/verify`).expect(200);
    expect(verified.body.ok).toBe(true);
  });
});
