import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { createGovernanceServices } from './services';

/*
 * The renewal job on the real database, at fixed days: a completion
 * expiring within 30 days gets one task for its person, however often the
 * job runs (two replicas included) and whatever became of the task; a new
 * completion of the course completes it.
 */

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [] },
});
const LENA = 'user:default/lena';
const LEO = 'user:default/leo';

describeOnEachDatabase('training renewal tasks on %s', setup => {
  const db = setup.migratedDatabase();
  /** The services on `day` (YYYY-MM-DD), reading a catalog of lena and leo. */
  const on = (day: string) =>
    createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock: () => new Date(`${day}T06:00:00.000Z`),
      catalog: {
        catalog: catalogServiceMock({ entities: [user('lena'), user('leo')] }),
        auth: mockServices.auth(),
      },
    }).training;
  const renewals = () =>
    db.knex('tasks').where('kind', 'training-renewal').orderBy('row_id');

  it('opens one task 30 days before expiry, once across runs and replicas, and completes it on renewal', async () => {
    const office = 'user:default/ada';
    const literacy = await on('2025-03-01').record(
      {
        userRef: LENA,
        courseId: 'ai-literacy',
        completedAt: '2025-03-01',
        evidence: '',
      },
      office,
    );
    expect(literacy.expiresAt).toBe('2026-03-01');
    // Never expires: no renewal, ever.
    await on('2025-03-01').record(
      {
        userRef: LEO,
        courseId: 'ai-literacy',
        completedAt: '2025-03-01',
        expiresAt: null,
        evidence: '',
      },
      office,
    );

    expect(await on('2026-01-29').openRenewals()).toEqual({ opened: 0 });
    expect(await renewals()).toHaveLength(0);

    const [a, b] = await Promise.all([
      on('2026-01-30').openRenewals(),
      on('2026-01-30').openRenewals(),
    ]);
    expect(a.opened + b.opened).toBe(1);
    expect(await on('2026-02-10').openRenewals()).toEqual({ opened: 0 });
    const [task] = await renewals();
    expect(task).toMatchObject({
      entity_ref: LENA,
      assignee: LENA,
      status: 'open',
      due_at: '2026-03-01',
      cause_type: 'training',
      cause_id: literacy.id,
    });
    const person = await db
      .knex('governed_entities')
      .where('entity_ref', LENA)
      .first();
    expect(person).toMatchObject({ kind: 'user', owner_ref: LENA });

    // A completion of another course leaves it open; the course's closes it.
    await on('2026-02-12').record(
      {
        userRef: LENA,
        courseId: 'ai-risk-assessment',
        completedAt: '2026-02-12',
        evidence: '',
      },
      LENA,
    );
    expect((await renewals())[0].status).toBe('open');
    const renewed = await on('2026-02-14').record(
      {
        userRef: LENA,
        courseId: 'ai-literacy',
        completedAt: '2026-02-14',
        evidence: 'https://lms.example.com/cert/9',
      },
      LENA,
    );
    const [closed] = await renewals();
    expect(closed).toMatchObject({
      status: 'done',
      completed_by: LENA,
      open_key: null,
    });
    expect(closed.outcome).toContain(renewed.id);
    const events = await db
      .knex('history')
      .where({ record_type: 'task', record_id: closed.id })
      .orderBy('seq');
    expect(events.map(e => e.action)).toEqual(['create', 'complete']);

    // The old completion expiring does not reopen anything; the new one's
    // notice comes a year later.
    expect(await on('2026-03-05').openRenewals()).toEqual({ opened: 0 });
    expect(await on('2027-01-20').openRenewals()).toEqual({ opened: 1 });
    expect(await renewals()).toHaveLength(2);
  });
});
