import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
} from '@aigov/plugin-ai-governance-common';
import { describeOnEachDatabase } from '../../__testUtils__/describeOnEachDatabase';
import { DatabaseIncidentNotificationLogStore } from '../../database/IncidentNotificationLogStore';
import { createGovernanceServices } from '../services';
import { runIncidentNotifications } from './incidentNotifications';

const OFFICE = 'group:default/ai-governance-office';
const AWARE = Date.parse('2026-11-01T10:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/*
 * The job on the real database: incidents reported through the service,
 * the job run again and again, and two replicas' runs racing.
 */
describeOnEachDatabase('incident notifications on %s', setup => {
  const db = setup.migratedDatabase();
  let n = 0;

  /** A system of its own with an incident reported at AWARE. */
  async function reportIncident(serious: boolean) {
    const services = createGovernanceServices({
      knex: db.knex,
      riskMatrix: DEFAULT_RISK_MATRIX,
      rules: DEFAULT_SCORECARD_RULES,
      clock: () => new Date(AWARE),
    });
    const entityRef = `aisystem:default/incident-${++n}`;
    const owner = `group:default/team-${n}`;
    await services.entityStore.upsertEntity({
      entityRef,
      kind: 'aisystem',
      title: `System ${n}`,
      ownerRef: owner,
      riskTier: 'high',
      purpose: 'A purpose',
      lifecycle: 'production',
    });
    const incident = await services.incidents.create(
      entityRef,
      {
        title: `Wrong answers ${n}`,
        description: '',
        detectedAt: new Date(AWARE).toISOString(),
        awareAt: new Date(AWARE).toISOString(),
        severity: 'high',
        harmCategories: [],
        affectedPeople: { count: null, groups: [] },
        containment: null,
        rootCause: null,
        controlIds: [],
        serious,
        seriousCategory: serious ? 'other-serious-harm' : null,
      },
      'user:default/reporter',
    );
    return { services, incident, owner };
  }

  const replica =
    (sent: Array<{ to: string; scope: string; title: string }>) =>
    (at: number) =>
      runIncidentNotifications({
        log: new DatabaseIncidentNotificationLogStore(db.knex),
        notifications: {
          async send(notice: Parameters<NotificationService['send']>[0]) {
            sent.push({
              to: (notice.recipients as { entityRef: string }).entityRef,
              scope: notice.payload.scope!,
              title: notice.payload.title,
            });
          },
        } as NotificationService,
        settings: { reportReminderHours: 24, governanceOffice: OFFICE },
        logger: mockServices.logger.mock(),
        clock: () => new Date(at),
      });
  const mine = <T extends { scope: string }>(sent: T[], id: string) =>
    sent.filter(s => s.scope.includes(id));

  it('tells the owner of a new incident once', async () => {
    const { incident, owner } = await reportIncident(false);
    const sent: Array<{ to: string; scope: string; title: string }> = [];
    const run = replica(sent);
    await run(AWARE + HOUR);
    await run(AWARE + 2 * HOUR);
    expect(mine(sent, incident.id)).toEqual([
      {
        to: owner,
        scope: `ai-governance:incident:${incident.id}:reported`,
        title: `Incident reported on System ${n}: Wrong answers ${n}`,
      },
    ]);
  });

  it('tells the governance office of a serious incident, and reminds it a day before the report is due, once', async () => {
    const { incident, owner } = await reportIncident(true);
    expect(incident.reportDueAt).toBe('2026-11-16T10:00:00.000Z');
    const sent: Array<{ to: string; scope: string; title: string }> = [];
    const run = replica(sent);
    await run(AWARE + HOUR);
    expect(mine(sent, incident.id).map(s => [s.to, s.scope])).toEqual([
      [owner, `ai-governance:incident:${incident.id}:reported`],
      [OFFICE, `ai-governance:incident:${incident.id}:serious`],
    ]);
    // More than a day before the due instant: no reminder yet.
    await run(AWARE + 14 * DAY - HOUR);
    expect(mine(sent, incident.id)).toHaveLength(2);
    await run(AWARE + 14 * DAY + HOUR);
    await run(AWARE + 15 * DAY + HOUR);
    expect(mine(sent, incident.id).slice(2)).toEqual([
      {
        to: OFFICE,
        scope: `ai-governance:incident:${incident.id}:report-due`,
        title: `Serious incident report due: Wrong answers ${n} (System ${n})`,
      },
    ]);
  });

  it('sends no reminder once the initial report is sent', async () => {
    const { services, incident } = await reportIncident(true);
    await services.incidents.update(
      incident.id,
      incident.version,
      {
        report: {
          state: 'initial-report-sent',
          initialSentAt: new Date(AWARE + DAY).toISOString(),
          finalSentAt: null,
          authority: 'The national authority',
        },
      },
      'user:default/officer',
    );
    const sent: Array<{ to: string; scope: string; title: string }> = [];
    await replica(sent)(AWARE + 15 * DAY);
    expect(mine(sent, incident.id).map(s => s.scope.split(':').pop())).toEqual([
      'reported',
      'serious',
    ]);
  });

  it('sends each notification once when two replicas run at the same time', async () => {
    const { incident } = await reportIncident(true);
    const sent: Array<{ to: string; scope: string; title: string }> = [];
    await Promise.all([
      replica(sent)(AWARE + 15 * DAY),
      replica(sent)(AWARE + 15 * DAY),
    ]);
    expect(
      mine(sent, incident.id)
        .map(s => s.scope.split(':').pop())
        .sort(),
    ).toEqual(['report-due', 'reported', 'serious']);
  });
});
