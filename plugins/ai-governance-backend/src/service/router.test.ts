import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { asBytes, corruptStoredFile } from '../__testUtils__/evidence';
import { riskWrongInFiveFields, validRisk } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

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

  describe('controls', () => {
    it('lists all 38 controls with defaults, and records applicability with a justification', async () => {
      const list = await api(alice).get(`${CREDIT_PATH}/controls`).expect(200);
      expect(list.body.items).toHaveLength(38);
      expect(
        list.body.items.find((c: any) => c.controlId === 'A.10.3'),
      ).toMatchObject({
        applicable: true,
        status: 'not-started',
        recorded: false,
        version: 0,
      });

      const noReason = await api(alice)
        .put(`${CREDIT_PATH}/controls/A.10.3`)
        .send({ applicable: false });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.details).toEqual([
        {
          path: 'justification',
          message: 'is required when the control is not applicable',
        },
      ]);

      const created = await api(alice)
        .put(`${CREDIT_PATH}/controls/A.10.3`)
        .send({
          applicable: false,
          justification: 'No third-party suppliers are involved.',
        });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        applicable: false,
        recorded: true,
        version: 1,
      });

      const again = await api(alice)
        .put(`${CREDIT_PATH}/controls/A.10.3`)
        .send({ applicable: true, status: 'planned' });
      expect(again.status).toBe(428);
      const updated = await api(alice)
        .put(`${CREDIT_PATH}/controls/A.10.3`)
        .set('If-Match', created.headers.etag)
        .send({ applicable: true, status: 'planned', dueDate: '2020-01-01' });
      expect(updated.body).toMatchObject({
        status: 'planned',
        version: 2,
        overdue: true,
      });
    });

    it('answers 404 for a control id that Annex A does not have', async () => {
      const res = await api(alice)
        .put(`${CREDIT_PATH}/controls/A.6.2.9`)
        .send({ applicable: true });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('A.6.2.9');
    });
  });

  describe('evidence', () => {
    it('keeps an uploaded file with its SHA-256 and serves it back unchanged', async () => {
      const created = await api(alice)
        .post(`${CREDIT_PATH}/evidence`)
        .send({
          title: 'Bias review Q3',
          kind: 'report',
          fileName: 'bias-q3.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01',
          controlIds: ['A.7.4'],
        })
        .expect(201);
      expect(created.body.file).toEqual({
        name: 'bias-q3.pdf',
        mediaType: 'application/pdf',
        size: null,
        sha256: null,
        uploaded: false,
      });
      const bytes = Buffer.from(
        Array.from({ length: 4096 }, (_, i) => i % 251),
      );
      const uploaded = await api(alice)
        .put(`/api/ai-governance/evidence/${created.body.id}/content`)
        .set('Content-Type', 'application/pdf')
        .send(bytes);
      expect(uploaded.status).toBe(200);
      expect(uploaded.body.file).toMatchObject({
        size: 4096,
        uploaded: true,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const again = await api(alice)
        .put(`/api/ai-governance/evidence/${created.body.id}/content`)
        .set('Content-Type', 'application/pdf')
        .send(bytes);
      expect(again.status).toBe(409);
      const download = await asBytes(
        api(bob).get(`/api/ai-governance/evidence/${created.body.id}/content`),
      );
      expect(download.status).toBe(200);
      expect(Buffer.compare(download.body, bytes)).toBe(0);

      // Flip one byte in storage: the download must fail, not serve it.
      await corruptStoredFile(backend.knex, uploaded.body.file.sha256, 10);
      const corrupt = await api(bob).get(
        `/api/ai-governance/evidence/${created.body.id}/content`,
      );
      expect(corrupt.status).toBe(500);
      expect(corrupt.body.error.name).toBe('EvidenceIntegrityError');
    });

    it('refuses files over the size limit with 413, and file names that are paths', async () => {
      const created = await api(alice)
        .post(`${CREDIT_PATH}/evidence`)
        .send({
          title: 'Huge',
          kind: 'log',
          fileName: 'huge.log',
          collectedAt: '2026-10-01',
        })
        .expect(201);
      const res = await api(alice)
        .put(`/api/ai-governance/evidence/${created.body.id}/content`)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.alloc(11 * 1024 * 1024));
      expect(res.status).toBe(413);
      for (const fileName of [
        '../etc/passwd',
        '/etc/passwd',
        'a\\b',
        'nul\u0000byte',
        '..',
      ]) {
        const bad = await api(alice).post(`${CREDIT_PATH}/evidence`).send({
          title: 'Path',
          kind: 'log',
          fileName,
          collectedAt: '2026-10-01',
        });
        expect(bad.status).toBe(400);
        expect(bad.body.error.details[0].path).toBe('fileName');
      }
    });
  });

  describe('assessments', () => {
    it('is approved only from review and only by someone other than its author', async () => {
      const created = await api(alice)
        .post(`${CREDIT_PATH}/assessments`)
        .send({ type: 'risk', answers: { scope: 'Retail lending' } })
        .expect(201);
      const url = `/api/ai-governance/assessments/${created.body.id}`;
      const early = await api(bob)
        .post(`${url}/approve`)
        .set('If-Match', '"1"')
        .send({});
      expect(early.status).toBe(409);
      const review = await api(alice)
        .patch(url)
        .set('If-Match', '"1"')
        .send({ status: 'in-review' })
        .expect(200);
      const self = await api(alice)
        .post(`${url}/approve`)
        .set('If-Match', review.headers.etag)
        .send({});
      expect(self.status).toBe(403);
      const approved = await api(bob)
        .post(`${url}/approve`)
        .set('If-Match', review.headers.etag)
        .send({});
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/bob',
        version: 3,
      });
      const locked = await api(alice)
        .patch(url)
        .set('If-Match', '"3"')
        .send({ answers: {} });
      expect(locked.status).toBe(409);
    });
  });

  describe('scorecards and history', () => {
    it('scores an entity from its records', async () => {
      const res = await api(alice).get(`${CREDIT_PATH}/scorecard`).expect(200);
      expect(res.body).toMatchObject({
        entityRef: CREDIT,
        owner: 'group:default/lending',
        riskTier: 'high',
        level: 'bronze',
        nextLevel: 'silver',
        assessments: { riskApproved: true, impactApproved: false },
      });
      expect(res.body.missingForNextLevel).toContain(
        'Get an impact assessment approved (high-risk system)',
      );
    });

    it('rolls team scorecards up through parent groups', async () => {
      const res = await api(alice)
        .get('/api/ai-governance/scorecards?groupBy=owner')
        .expect(200);
      const byGroup = Object.fromEntries(
        res.body.items.map((r: any) => [r.groupRef, r]),
      );
      expect(byGroup['group:default/lending'].systems).toBe(1);
      expect(byGroup['group:default/risk'].systems).toBe(2);
      expect(byGroup['group:default/risk'].levels.bronze).toBe(1);
      const bad = await api(alice).get(
        '/api/ai-governance/scorecards?groupBy=colour',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe('groupBy');
    });

    it('lists the history newest first and verifies the chain', async () => {
      const res = await api(alice)
        .get(`/api/ai-governance/history?entityRef=${CREDIT}&limit=5`)
        .expect(200);
      expect(res.body.items).toHaveLength(5);
      const seqs = res.body.items.map((e: any) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(res.body.nextCursor).toEqual(expect.any(String));
      const verify = await api(alice)
        .get('/api/ai-governance/history/verify')
        .expect(200);
      expect(verify.body).toEqual({
        ok: true,
        checked: await historyCount(),
      });
    });

    it('maps open risks by likelihood and impact, and lists what is overdue', async () => {
      const risks = (await api(alice).get(`${CREDIT_PATH}/risks?limit=200`))
        .body.items;
      const open = risks.filter((r: any) => r.status !== 'closed');
      const map = await api(alice)
        .get(`/api/ai-governance/heatmap?entityRef=${CREDIT}`)
        .expect(200);
      expect(
        map.body.inherent.reduce((n: number, c: any) => n + c.count, 0),
      ).toBe(open.length);
      const cell = map.body.inherent.find(
        (c: any) => c.likelihood === 3 && c.impact === 4,
      );
      expect(cell.count).toBe(
        open.filter((r: any) => r.likelihood === 3 && r.impact === 4).length,
      );

      const overdue = await api(alice)
        .get('/api/ai-governance/overdue')
        .expect(200);
      expect(overdue.body.items).toContainEqual(
        expect.objectContaining({
          entityRef: CREDIT,
          type: 'control',
          id: 'A.10.3',
          due: '2020-01-01',
        }),
      );
      const dues = overdue.body.items.map((i: any) => i.due);
      expect(dues).toEqual([...dues].sort());
    });

    it('exports the risk register and the Statement of Applicability as CSV', async () => {
      const risks = await api(alice)
        .get(`/api/ai-governance/exports/risk-register.csv?entityRef=${CREDIT}`)
        .expect(200);
      expect(risks.headers['content-type']).toContain('text/csv');
      const lines = risks.text.trim().split('\r\n');
      expect(lines[0]).toContain('"Risk id"');
      expect(lines.length).toBeGreaterThan(5);
      const soa = await api(alice)
        .get(`/api/ai-governance/exports/soa.csv?entityRef=${CREDIT}`)
        .expect(200);
      expect(soa.text.trim().split('\r\n')).toHaveLength(39);
      expect(soa.text).toContain('"A.10.3"');
    });
  });
});
