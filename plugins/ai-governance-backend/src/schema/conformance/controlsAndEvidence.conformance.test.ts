import { randomUUID } from 'node:crypto';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import { alice, bob } from '../../__testUtils__/backend';
import { corruptStoredFile } from '../../__testUtils__/evidence';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';
import { addRisks, ENTITY } from '../__testUtils__/records';

/*
 * The answers of the Statement of Applicability and the evidence of an AI
 * system held to the spec: controls recorded under If-Match, link and file
 * evidence (the file write-once, served back with its digest, refused once
 * its bytes no longer match), and the errors the spec lists.
 */

jest.setTimeout(60_000);

const MAX_EVIDENCE_BYTES = 4096;

describe('the answers of the ai-governance API', () => {
  const harness = useConformanceBackend({
    config: { aiGovernance: { evidence: { maxBytes: MAX_EVIDENCE_BYTES } } },
  });
  const { call } = harness;
  // The risk the link evidence is about.
  let riskId: string;
  beforeAll(async () => {
    [riskId] = await addRisks(harness, 1);
  });

  describe('controls', () => {
    it('reads and records the Statement of Applicability', async () => {
      const list = await call('get', `${ENTITY}/controls`, 200);
      expect(list.body.items).toHaveLength(ANNEX_A_CONTROL_IDS.length);
      const fresh = await call('get', `${ENTITY}/controls/A.10.3`, 200);
      expect(fresh.headers.etag).toBe('"0"');
      expect(fresh.body).toMatchObject({ recorded: false, version: 0 });

      await call('put', `${ENTITY}/controls/A.10.3`, 400, {
        body: { applicable: false },
      });
      const created = await call('put', `${ENTITY}/controls/A.10.3`, 200, {
        body: {
          applicable: false,
          justification: 'No third-party suppliers are involved.',
        },
      });
      expect(created.body).toMatchObject({ recorded: true, version: 1 });
      await call('put', `${ENTITY}/controls/A.10.3`, 428, {
        body: { applicable: true },
      });
      await call('put', `${ENTITY}/controls/A.10.3`, 412, {
        headers: { ...alice, 'If-Match': '"7"' },
        body: { applicable: true },
      });
      const updated = await call('put', `${ENTITY}/controls/A.10.3`, 200, {
        headers: { ...alice, 'If-Match': created.headers.etag },
        body: {
          applicable: true,
          status: 'planned',
          owner: 'user:default/alice',
          dueDate: '2020-01-01',
          justification: 'Suppliers arrive next year.',
        },
      });
      expect(updated.body).toMatchObject({ overdue: true, version: 2 });
      await call('put', `${ENTITY}/controls/A.7.4`, 200, {
        headers: { ...alice, 'If-Match': '"0"' },
        body: { applicable: true, status: 'implemented' },
      });

      await call('get', `${ENTITY}/controls/A.6.2.9`, 404);
      await call('put', `${ENTITY}/controls/A.6.2.9`, 404, {
        body: { applicable: true },
      });
      await call('get', '/entities/aisystem/default/ghost/controls', 404);
      await call('put', `${ENTITY}/controls/A.7.5`, 400, {
        body: { applicable: true, status: 'done' },
      });
    });
  });

  describe('evidence', () => {
    const bytes = Buffer.from(
      Array.from({ length: MAX_EVIDENCE_BYTES }, (_, i) => (i * 7) % 256),
    );
    let fileId: string;
    let linkId: string;

    it('adds link and file evidence and serves the file back', async () => {
      const link = await call('post', `${ENTITY}/evidence`, 201, {
        body: {
          title: 'Fairness dashboard',
          kind: 'test-result',
          url: 'https://dashboards.example.com/fairness',
          collectedAt: '2026-10-01T09:30:00+02:00',
          expiresAt: '2099-12-31',
          controlIds: ['A.7.4'],
          riskIds: [riskId],
        },
      });
      linkId = link.body.id;
      const file = await call('post', `${ENTITY}/evidence`, 201, {
        body: {
          title: 'Bias review Q3',
          kind: 'report',
          fileName: 'bias review Q3.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01',
          controlIds: ['A.7.4', 'A.10.3'],
        },
      });
      fileId = file.body.id;
      expect(file.body.file).toMatchObject({ uploaded: false, sha256: null });

      await call('put', `/evidence/${fileId}/content`, 400, {
        raw: { bytes: Buffer.alloc(0), type: 'application/pdf' },
      });
      await call('put', `/evidence/${fileId}/content`, 413, {
        raw: {
          bytes: Buffer.alloc(MAX_EVIDENCE_BYTES + 1),
          type: 'application/octet-stream',
        },
      });
      const uploaded = await call('put', `/evidence/${fileId}/content`, 200, {
        raw: { bytes, type: 'application/pdf' },
      });
      expect(uploaded.body.file).toMatchObject({
        uploaded: true,
        size: bytes.length,
      });
      expect(uploaded.headers.etag).toBe('"2"');
      await call('put', `/evidence/${fileId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('put', `/evidence/${linkId}/content`, 409, {
        raw: { bytes, type: 'application/octet-stream' },
      });

      await call('get', `/evidence/${fileId}`, 200, { headers: bob });
      const page = await call('get', `${ENTITY}/evidence?limit=1`, 200);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      await call(
        'get',
        `${ENTITY}/evidence?limit=1&cursor=${page.body.nextCursor}`,
        200,
      );
      const controls = await call('get', `${ENTITY}/controls/A.7.4`, 200);
      expect(controls.body.evidence).toHaveLength(2);

      const download = await call('get', `/evidence/${fileId}/content`, 200, {
        headers: bob,
        binary: true,
      });
      expect(Buffer.compare(download.body, bytes)).toBe(0);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers.digest).toBe(
        `sha-256=${Buffer.from(uploaded.body.file.sha256, 'hex').toString(
          'base64',
        )}`,
      );
      expect(download.headers['content-disposition']).toBe(
        "attachment; filename*=UTF-8''bias%20review%20Q3.pdf",
      );
    });

    it('answers the errors the spec lists', async () => {
      const neither = await call('post', `${ENTITY}/evidence`, 400, {
        body: { title: 'x', kind: 'log', collectedAt: '2026-10-01' },
      });
      expect(neither.body.error.details).toEqual([
        { path: 'url', message: 'give either url or fileName' },
      ]);
      // A risk of no (or another) entity: an InputError naming the item.
      const foreign = await call('post', `${ENTITY}/evidence`, 400, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
          riskIds: [randomUUID()],
        },
      });
      expect(foreign.body.error).toMatchObject({
        name: 'InputError',
        details: [
          {
            path: 'riskIds[0]',
            message: expect.stringContaining('is not a risk of'),
          },
        ],
      });
      await call('post', '/entities/aisystem/default/ghost/evidence', 404, {
        body: {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
        },
      });
      const badId = await call('get', '/evidence/nope', 400);
      expect(badId.body.error.details).toEqual([
        { path: 'id', message: 'must be an id this API returned' },
      ]);
      await call('get', `/evidence/${randomUUID()}`, 404);
      await call('get', `/evidence/${randomUUID()}/content`, 404);
      await call('get', `/evidence/${linkId}/content`, 404);
      await call('put', `/evidence/${randomUUID()}/content`, 404, {
        raw: { bytes, type: 'application/octet-stream' },
      });
      await call('get', `${ENTITY}/evidence?cursor=nonsense`, 400);
    });

    it('refuses to serve a file whose bytes no longer match their SHA-256', async () => {
      const created = await call('post', `${ENTITY}/evidence`, 201, {
        body: {
          title: 'Access log',
          kind: 'log',
          fileName: 'access.log',
          collectedAt: '2026-10-02',
        },
      });
      const uploaded = await call(
        'put',
        `/evidence/${created.body.id}/content`,
        200,
        {
          raw: {
            bytes: Buffer.from(`GET /score ${randomUUID()}\n`),
            type: 'text/plain',
          },
        },
      );
      expect(uploaded.body.file.mediaType).toBe('application/octet-stream');
      await corruptStoredFile(harness.knex(), uploaded.body.file.sha256, 0);
      const res = await call(
        'get',
        `/evidence/${created.body.id}/content`,
        500,
      );
      expect(res.body.error.name).toBe('EvidenceIntegrityError');
    });
  });

  it('exercised every operation of its tags with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['Controls', 'Evidence'] }),
    ).toEqual([]);
  });
});
