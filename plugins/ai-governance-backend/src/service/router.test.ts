import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { riskWrongInFiveFields, validRisk } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

/*
 * The API on each database, first part: authentication, the Annex A library
 * and the risk register. Controls, evidence, assessments and what is read
 * from them are in routerControlsAndReports.test.ts.
 */

describeOnEachDatabase('the ai-governance API on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const historyCount = () => count('history');

  describe('authentication', () => {
    it('answers 401 without credentials and lets /health through', async () => {
      const res = await api()
        .get('/api/ai-governance/controls')
        .set('Authorization', 'Bearer mock-none-token');
      expect(res.status).toBe(401);
      await api()
        .get('/api/ai-governance/health')
        .set('Authorization', 'Bearer mock-none-token')
        .expect(200);
    });

    it('refuses writes from a service that does not act for a user', async () => {
      const res = await api()
        .post(`${CREDIT_PATH}/risks`)
        .set('Authorization', 'Bearer mock-service-token')
        .send(validRisk);
      expect(res.status).toBe(403);
      expect(await count('risks')).toBe(0);
    });
  });

  it('serves the Annex A library', async () => {
    const res = await api(alice).get('/api/ai-governance/controls').expect(200);
    expect(res.body.items).toHaveLength(38);
    expect(res.body.items[0]).toMatchObject({
      id: 'A.2.2',
      objectiveId: 'A.2',
    });
    expect(res.body.objectives).toHaveLength(9);
  });

  describe('risks', () => {
    it('creates a risk with its score, level, version and ETag', async () => {
      const res = await api(alice).post(`${CREDIT_PATH}/risks`).send(validRisk);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        entityRef: CREDIT,
        score: 12,
        level: 'high',
        version: 1,
        status: 'open',
        treatment: 'mitigate',
        createdBy: 'user:default/alice',
      });
      expect(res.headers.etag).toBe('"1"');
      const got = await api(bob)
        .get(`/api/ai-governance/risks/${res.body.id}`)
        .expect(200);
      expect(got.body).toEqual(res.body);
      expect(got.headers.etag).toBe('"1"');
    });

    it('answers 404 naming the entity when it is not in the catalog', async () => {
      const res = await api(alice)
        .post('/api/ai-governance/entities/aisystem/default/ghost/risks')
        .send(validRisk);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('aisystem:default/ghost');
    });

    it('answers 400 naming every bad field, and writes nothing', async () => {
      const before = await historyCount();
      const res = await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send(riskWrongInFiveFields);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([
          { path: 'title', message: 'must not be empty' },
          { path: 'likelihood', message: 'must be 1 to 5' },
          { path: 'impact', message: expect.any(String) },
          {
            path: 'controlIds[0]',
            message: '"A.99" is not an Annex A control id',
          },
          { path: 'colour', message: 'is not a known field' },
        ]),
      );
      expect(await historyCount()).toBe(before);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const res = await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .set('Content-Type', 'application/json')
        .send('{"title": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        name: 'InputError',
        details: [{ path: '<body>', message: 'is not valid JSON' }],
      });
    });

    it('needs If-Match to change a risk: 428 without, 412 when stale, 200 with a new ETag', async () => {
      const { body: risk } = await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send(validRisk)
        .expect(201);
      const url = `/api/ai-governance/risks/${risk.id}`;
      const missing = await api(alice).patch(url).send({ likelihood: 5 });
      expect(missing.status).toBe(428);
      const ok = await api(alice)
        .patch(url)
        .set('If-Match', '"1"')
        .send({ likelihood: 5, status: 'treating' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        version: 2,
        likelihood: 5,
        score: 20,
        level: 'critical',
        status: 'treating',
        updatedBy: 'user:default/alice',
      });
      expect(ok.headers.etag).toBe('"2"');
      const stale = await api(bob)
        .patch(url)
        .set('If-Match', '"1"')
        .send({ impact: 1 });
      expect(stale.status).toBe(412);
      expect(stale.body.error.name).toBe('PreconditionFailedError');
      const { body: now } = await api(alice).get(url);
      expect(now).toMatchObject({ version: 2, impact: 4 });
    });

    it('refuses setting a risk to accepted directly, and lets only someone else approve accepting it', async () => {
      const { body: risk } = await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send({ ...validRisk, treatment: 'accept' })
        .expect(201);
      const direct = await api(alice)
        .patch(`/api/ai-governance/risks/${risk.id}`)
        .set('If-Match', '"1"')
        .send({ status: 'accepted' });
      expect(direct.status).toBe(400);
      expect(direct.body.error.details[0].path).toBe('status');

      const self = await api(alice)
        .post(`/api/ai-governance/risks/${risk.id}/accept`)
        .set('If-Match', '"1"')
        .send({ expiresAt: '2099-01-01' });
      expect(self.status).toBe(403);
      const noExpiry = await api(bob)
        .post(`/api/ai-governance/risks/${risk.id}/accept`)
        .set('If-Match', '"1"')
        .send({});
      expect(noExpiry.status).toBe(400);
      expect(noExpiry.body.error.details).toEqual([
        { path: 'expiresAt', message: 'is required' },
      ]);
      const accepted = await api(bob)
        .post(`/api/ai-governance/risks/${risk.id}/accept`)
        .set('If-Match', '"1"')
        .send({ expiresAt: '2099-01-01' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        treatment: 'accept',
        acceptance: {
          approvedBy: 'user:default/bob',
          expiresAt: '2099-01-01',
        },
      });
    });

    it('pages the register newest first', async () => {
      for (let i = 0; i < 3; i++) {
        await api(alice)
          .post(`${CREDIT_PATH}/risks`)
          .send({ ...validRisk, title: `Paged ${i}` })
          .expect(201);
      }
      const first = await api(alice)
        .get(`${CREDIT_PATH}/risks?limit=2`)
        .expect(200);
      expect(first.body.items.map((r: any) => r.title)).toEqual([
        'Paged 2',
        'Paged 1',
      ]);
      const second = await api(alice)
        .get(`${CREDIT_PATH}/risks?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(second.body.items[0].title).toBe('Paged 0');
      const bad = await api(alice).get(`${CREDIT_PATH}/risks?cursor=nonsense`);
      expect(bad.status).toBe(400);
    });
  });
});
