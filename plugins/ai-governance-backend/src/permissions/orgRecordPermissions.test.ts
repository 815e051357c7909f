import type request from 'supertest';
import {
  APPROVER,
  OWNER,
  VIEWER,
  permissionsBackend,
} from '../__testUtils__/inProcessPermissions';
import { as } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The permission matrix of the management system's org-level records (the
 * AIMS scope and roles, the audit programme, the management reviews and the
 * objectives), with the roles of __testUtils__/inProcessPermissions.ts: the
 * owner's conditional decisions do not cover the organisation's own records,
 * so only unconditional readers read them and only unconditional updaters
 * change them.
 */
const API = '/api/ai-governance';

type Agent = ReturnType<typeof request.agent>;
/** A request of one user, and the status it answers the approver. */
type Write = [status: number, send: (as: Agent) => request.Test];

interface OrgRecord {
  /** Where readers read the record, or the list of its records. */
  path: string;
  /** The update permission a refused write names. */
  permission: string;
  /** The first write: creating the record, or its first version. */
  create: Write;
  /** The record's table, which the refused creations leave empty. */
  table: string;
  /** The created record's own paths, read as `path` is. */
  reads?: (created: { id: string }) => string[];
  /** Later writes to the created record, refused to all but the approver. */
  writes?: (created: { id: string }) => Write[];
}

const context = (record: string, body: object): OrgRecord => ({
  path: `${API}/aims/${record}`,
  permission: 'ai-governance.aims.context.update',
  table: `aims_${record}`,
  create: [
    200,
    a => a.put(`${API}/aims/${record}`).set('If-Match', '"0"').send(body),
  ],
});

const AUDITS = `${API}/audits`;
const REVIEWS = `${API}/management-reviews`;
const OBJECTIVES = `${API}/aims/objectives`;

const records: Array<[name: string, record: OrgRecord]> = [
  [
    'the AIMS scope',
    context('scope', { statement: 'Every AI system of the lending business.' }),
  ],
  [
    'the AIMS roles',
    context('roles', {
      roles: [{ role: 'risk-owner', holders: ['group:default/risk'] }],
    }),
  ],
  [
    'the audit programme and its findings',
    {
      path: AUDITS,
      permission: 'ai-governance.audit.update',
      table: 'audits',
      create: [
        201,
        a =>
          a.post(AUDITS).send({
            year: 2026,
            title: 'Lending systems',
            scope: { systems: ['aisystem:default/credit-scoring'] },
            auditors: [APPROVER],
            leadAuditor: APPROVER,
            plannedStart: '2026-12-07',
            plannedEnd: '2026-12-11',
          }),
      ],
      reads: audit => [`${AUDITS}/${audit.id}`],
      writes: audit => [
        [
          200,
          a =>
            a
              .patch(`${AUDITS}/${audit.id}`)
              .set('If-Match', '"1"')
              .send({ status: 'in-progress' }),
        ],
        [
          201,
          a =>
            a.post(`${AUDITS}/${audit.id}/findings`).send({
              kind: 'observation',
              reference: '9.2',
              description: 'The audit programme is not yet approved',
            }),
        ],
      ],
    },
  ],
  [
    'the management reviews and their minutes',
    {
      path: REVIEWS,
      permission: 'ai-governance.management-review.update',
      table: 'management_reviews',
      create: [
        201,
        a =>
          a.post(REVIEWS).send({
            title: 'Management review 2026',
            plannedAt: '2026-12-10',
            chair: APPROVER,
          }),
      ],
      reads: review =>
        ['', '/minutes.md', '/minutes.pdf'].map(
          path => `${REVIEWS}/${review.id}${path}`,
        ),
      writes: review => [
        [
          200,
          a =>
            a
              .patch(`${REVIEWS}/${review.id}`)
              .set('If-Match', '"1"')
              .send({ decisions: ['Keep the scope as it is'] }),
        ],
      ],
    },
  ],
  [
    'the objectives',
    {
      path: OBJECTIVES,
      permission: 'ai-governance.aims.objective.update',
      table: 'aims_objectives',
      create: [
        201,
        a =>
          a.post(OBJECTIVES).send({
            title: 'No open critical risks',
            owner: 'group:default/risk',
            measure: 'open-critical-risks',
            target: { value: 0, direction: 'at-most' },
            dueDate: '2099-06-30',
          }),
      ],
      reads: objective => [`${OBJECTIVES}/${objective.id}`],
      writes: objective => [
        [
          200,
          a =>
            a
              .patch(`${OBJECTIVES}/${objective.id}`)
              .set('If-Match', '"1"')
              .send({ dueDate: '2099-12-31' }),
        ],
      ],
    },
  ],
];

describeOnEachDatabase('org-level record permissions on %s', setup => {
  const { api, count } = permissionsBackend(setup);

  it.each(records)(
    'lets unconditional readers read %s and only unconditional updaters change them',
    async (_name, record) => {
      expect((await api(as(VIEWER)).get(record.path)).status).toBe(200);
      // "Only what you own" does not cover the organisation's own records.
      expect((await api(as(OWNER)).get(record.path)).status).toBe(403);

      const [created, create] = record.create;
      const before = await count('history');
      for (const user of [VIEWER, OWNER]) {
        const refused = await create(api(as(user)));
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toContain(record.permission);
      }
      expect(await count('history')).toBe(before);
      expect(await count(record.table)).toBe(0);
      const { body } = await create(api(as(APPROVER))).expect(created);
      expect(await count('history')).toBe(before + 1);

      for (const url of record.reads?.(body) ?? []) {
        expect((await api(as(OWNER)).get(url)).status).toBe(403);
        expect((await api(as(VIEWER)).get(url)).status).toBe(200);
      }
      for (const [status, write] of record.writes?.(body) ?? []) {
        expect((await write(api(as(VIEWER)))).status).toBe(403);
        expect((await write(api(as(OWNER)))).status).toBe(403);
        await write(api(as(APPROVER))).expect(status);
      }
    },
  );
});
