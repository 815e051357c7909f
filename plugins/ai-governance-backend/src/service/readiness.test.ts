import type { Entity } from '@backstage/catalog-model';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
  testEntities,
} from '../__testUtils__/backend';
import { approveRiskAssessment } from '../__testUtils__/assessments';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../__testUtils__/fixtures';

jest.setTimeout(180_000);

/*
 * The stage 1 checklist through the API on each database: each item the
 * suite's own records decide is missing on an empty organisation and
 * present once its records are created, and says why either way.
 */

const API = '/api/ai-governance';
const FRAUD_PATH = `${API}/entities/aisystem/default/fraud`;
const year = new Date().getUTCFullYear();

/** Alice as the catalog lists her, so training can be recorded for her. */
const aliceUser: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice', namespace: 'default' },
  spec: { memberOf: ['risk'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/risk' }],
};

/** Bob sits on the board, top management, which approves the AI policy. */
const board: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'board', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'bob', namespace: 'default' },
    spec: { memberOf: ['board'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/board' }],
  },
];

describeOnEachDatabase('the stage 1 checklist on %s', setup => {
  const { api } = setup.governanceBackend({
    entities: [...testEntities, aliceUser, ...board],
    extraFeatures: [catalogSyncAtStartup()],
  });
  const stage1 = async () => {
    const res = await api(alice).get(`${API}/readiness`).expect(200);
    return res.body.stage1 as {
      items: Array<{ id: string; present: boolean; why: string }>;
      presentCount: number;
      total: number;
    };
  };
  const item = async (id: string) =>
    (await stage1()).items.find(i => i.id === id)!;
  const prefill = async (clause: string) =>
    (await api(alice).get(`${API}/aims/clauses`).expect(200)).body.items.find(
      (c: { id: string }) => c.id === clause,
    ).prefilled;

  it('has every item missing on an organisation without records, each with a link and why', async () => {
    const { items, presentCount, total } = await stage1();
    expect(total).toBe(12);
    expect(presentCount).toBe(0);
    expect(items.map(i => i.id)).toEqual([
      'scope',
      'ai-policy',
      'objectives',
      'risk-assessment-process',
      'risk-treatment',
      'soa',
      'impact-assessment-process',
      'competence',
      'audit-programme',
      'audit-results',
      'management-review',
      'nonconformities',
    ]);
    for (const i of items) {
      expect(i).toMatchObject({
        present: false,
        link: expect.stringMatching(/^\/ai-governance/),
        why: expect.any(String),
      });
    }
    expect(items.find(i => i.id === 'audit-programme')!.why).toBe(
      `No internal audit is planned for ${year}`,
    );
  });

  it('shows the risk assessment process once every system in scope has an approved risk assessment, as 6.1.2 does', async () => {
    await approveRiskAssessment(CREDIT_PATH, api(alice), api(bob));
    expect(await item('risk-assessment-process')).toMatchObject({
      present: false,
      why: '1 of 2 AI systems in scope have an approved risk assessment',
    });
    await approveRiskAssessment(FRAUD_PATH, api(alice), api(bob));
    const now = await item('risk-assessment-process');
    expect(now.present).toBe(true);
    expect(now.why).toBe((await prefill('6.1.2')).reason);
  });

  it('shows risk treatment once every system in scope has risks and none overdue', async () => {
    await api(alice).post(`${CREDIT_PATH}/risks`).send(minimalRisk).expect(201);
    expect((await item('risk-treatment')).present).toBe(false);
    await api(alice).post(`${FRAUD_PATH}/risks`).send(minimalRisk).expect(201);
    expect(await item('risk-treatment')).toMatchObject({
      present: true,
      why: expect.stringContaining('2 of 2 AI systems in scope have risks'),
    });
  });

  it('shows the impact assessment process once the high-tier system has an approved impact assessment', async () => {
    expect(await item('impact-assessment-process')).toMatchObject({
      present: false,
      why: '0 of 1 high-tier AI system in scope has an approved impact assessment',
    });
    const created = await api(alice)
      .post(`${CREDIT_PATH}/assessments`)
      .send({ type: 'impact', answers: {} })
      .expect(201);
    const url = `${API}/assessments/${created.body.id}`;
    await api(alice)
      .patch(url)
      .set('If-Match', '"1"')
      .send({ status: 'in-review' })
      .expect(200);
    await api(bob).post(`${url}/approve`).set('If-Match', '"2"').expect(200);
    expect((await item('impact-assessment-process')).present).toBe(true);
  });

  it('shows the Statement of Applicability once every Annex A control is decided on every system', async () => {
    const decideAll = async (path: string) => {
      for (const id of ANNEX_A_CONTROL_IDS) {
        await api(alice)
          .put(`${path}/controls/${id}`)
          .send({ applicable: true, status: 'planned' })
          .expect(r => expect([200, 201]).toContain(r.status));
      }
    };
    await decideAll(CREDIT_PATH);
    expect(await item('soa')).toMatchObject({
      present: false,
      why: '1 of 2 AI systems in scope have every Annex A control decided in their Statement of Applicability',
    });
    await decideAll(FRAUD_PATH);
    expect((await item('soa')).present).toBe(true);
  });

  it('shows the audit programme once an audit is planned this year, and results once one is completed', async () => {
    const planned = await api(alice)
      .post(`${API}/audits`)
      .send({
        year,
        title: 'Risk management',
        auditors: ['user:default/ivan'],
        leadAuditor: 'user:default/ivan',
        plannedStart: `${year}-01-12`,
        plannedEnd: `${year}-01-16`,
      })
      .expect(201);
    expect(await item('audit-programme')).toEqual(
      expect.objectContaining({
        present: true,
        why: `1 internal audit is in the ${year} programme: "Risk management" (planned)`,
      }),
    );
    expect((await item('audit-results')).present).toBe(false);
    const url = `${API}/audits/${planned.body.id}`;
    await api(alice)
      .patch(url)
      .set('If-Match', '"1"')
      .send({ status: 'in-progress' })
      .expect(200);
    await api(alice)
      .patch(url)
      .set('If-Match', '"2"')
      .send({ status: 'completed', summary: 'Conforms' })
      .expect(200);
    const results = await item('audit-results');
    expect(results.present).toBe(true);
    expect(results.why).toBe((await prefill('9.2')).reason);
  });

  it('shows nonconformities once the register is in use: recorded, and none open without a corrective action', async () => {
    expect(await item('nonconformities')).toMatchObject({
      present: false,
      why: expect.stringContaining('No nonconformity is recorded'),
    });
    await api(alice)
      .post(`${API}/nonconformities`)
      .send({
        entityRef: CREDIT,
        source: 'monitoring',
        description: 'Approval rates drifted past the agreed threshold',
        correctiveActions: [],
      })
      .expect(201);
    expect(await item('nonconformities')).toMatchObject({
      present: false,
      why: expect.stringContaining('1 open one without a corrective action'),
    });
    const { body: nc } = await api(alice)
      .get(`${API}/nonconformities`)
      .expect(200);
    const [open] = nc.items;
    await api(alice)
      .patch(`${API}/nonconformities/${open.id}`)
      .set('If-Match', `"${open.version}"`)
      .send({
        correctiveActions: [
          {
            description: 'Add a schema check to the feature pipeline',
            owner: 'group:default/lending',
            dueDate: `${year + 1}-01-31`,
          },
        ],
      })
      .expect(200);
    expect(await item('nonconformities')).toMatchObject({
      present: true,
      why: expect.stringContaining('0 open ones without a corrective action'),
    });
  });

  it('shows objectives once one is set', async () => {
    await api(alice)
      .post(`${API}/aims/objectives`)
      .send({
        title: 'Ready for the stage 1 audit',
        owner: 'group:default/risk',
        measure: 'clause-readiness',
        target: { value: 80, direction: 'at-least' },
        dueDate: `${year + 1}-03-31`,
      })
      .expect(201);
    const objectives = await item('objectives');
    expect(objectives.present).toBe(true);
    expect(objectives.why).toBe((await prefill('6.2')).reason);
  });

  it('shows the management review once one is held, not while it is planned', async () => {
    const { body: review } = await api(alice)
      .post(`${API}/management-reviews`)
      .send({
        title: 'Management review',
        plannedAt: `${year}-01-20`,
        chair: 'user:default/carol',
        attendees: ['user:default/alice'],
      })
      .expect(201);
    // Planned is not held: 9.3 is partly met, the results are missing.
    expect(await item('management-review')).toMatchObject({
      present: false,
      why: `The management review "Management review" is planned for ${year}-01-20; none was held in the last 12 months`,
    });
    const held = await api(alice)
      .patch(`${API}/management-reviews/${review.id}`)
      .set('If-Match', '"1"')
      .send({ status: 'held', decisions: ['Keep the scope'] })
      .expect(200);
    // Held with its minutes still a draft: present, and 9.3 says what is short.
    expect(await item('management-review')).toMatchObject({
      present: true,
      why: `The management review "Management review" was held on ${held.body.heldAt}, but its minutes are not final yet`,
    });
    expect((await item('management-review')).why).toBe(
      (await prefill('9.3')).reason,
    );
  });

  it('shows the scope once its statement and boundaries are recorded, as 4.3 does', async () => {
    expect(await item('scope')).toMatchObject({
      present: false,
      why: expect.stringContaining('No AIMS scope is recorded yet'),
    });
    await api(alice)
      .put(`${API}/aims/scope`)
      .set('If-Match', '"0"')
      .send({
        statement: 'Every AI system the lending and risk teams run.',
        boundaries: 'Retail lending and card payments; corporate IT is out.',
      })
      .expect(200);
    const scope = await item('scope');
    expect(scope.present).toBe(true);
    expect(scope.why).toBe((await prefill('4.3')).reason);
  });

  it('shows competence records once training is recorded', async () => {
    expect((await item('competence')).present).toBe(false);
    await api(alice)
      .post(`${API}/training-records`)
      .send({
        userRef: 'user:default/alice',
        courseId: 'ai-literacy',
        completedAt: `${year}-01-15`,
      })
      .expect(201);
    expect(await item('competence')).toMatchObject({ present: true });
  });

  it('shows the AI policy once top management approves a version, not while it is a draft', async () => {
    await api(alice)
      .put(`${API}/aims/roles`)
      .set('If-Match', '"0"')
      .send({
        roles: [{ role: 'top-management', holders: ['group:default/board'] }],
      })
      .expect(200);
    const { body: policy } = await api(alice)
      .post(`${API}/aims/policies`)
      .send({
        kind: 'policy',
        topic: 'ai-policy',
        title: 'AI policy',
        owner: 'group:default/risk',
        reviewMonths: 12,
        content: { format: 'markdown', markdown: '# AI policy' },
      })
      .expect(201);
    expect(await item('ai-policy')).toMatchObject({
      present: false,
      why: 'An AI policy is drafted but no version of it is approved by top management yet',
    });
    const version = `${API}/aims/policies/${policy.id}/versions/1`;
    await api(alice)
      .post(`${version}/submit`)
      .set('If-Match', '"1"')
      .expect(200);
    await api(bob)
      .post(`${version}/approve`)
      .set('If-Match', '"2"')
      .expect(200);
    const approved = await item('ai-policy');
    expect(approved.present).toBe(true);
    expect(approved.why).toBe((await prefill('5.2')).reason);
  });
});
