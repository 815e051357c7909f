import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { asBytes, corruptStoredFile } from '../__testUtils__/evidence';
import { validRisk } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

/*
 * The API on each database, second part: the Statement of Applicability,
 * evidence files, assessments, and the scorecards, history, heat map,
 * overdue list and CSV exports read from these records and a register of
 * risks. (Authentication, the library and the risks themselves are in
 * router.test.ts.)
 */

describeOnEachDatabase('the ai-governance API on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api, count } = backend;
  const historyCount = () => count('history');

  // The register the reports read: six open risks of score 12, enough for
  // a page of history and a risk register export of more than five lines.
  beforeAll(async () => {
    for (let i = 0; i < 6; i++) {
      await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send({ ...validRisk, title: `Register ${i}` })
        .expect(201);
    }
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
