import type { Knex } from 'knex';
import { claimNotification, releaseNotification } from './notificationClaims';
import type {
  Incident,
  SeriousIncidentCategory,
} from '@aigov/plugin-ai-governance-common';

/** What an incident can be notified of, each at most once. */
export type IncidentNotificationEvent = 'reported' | 'serious' | 'report-due';

/** The fields of an incident a notification names, with its AI system's title and owner. */
export type NotifiableIncident = Pick<
  Incident,
  'id' | 'entityRef' | 'title' | 'severity' | 'reportDueAt'
> & {
  seriousCategory: SeriousIncidentCategory | null;
  entityTitle: string | null;
  ownerRef: string | null;
};

/** Which incidents are still to be notified of an event. */
export interface IncidentPendingQuery {
  event: IncidentNotificationEvent;
  /** For `report-due`: only reports due at or before this instant (UTC ISO). */
  dueBy?: string;
  limit: number;
}

type PendingRow = {
  id: string;
  entity_ref: string;
  title: string;
  severity: string;
  serious_category: string | null;
  report_due_at: string | null;
  entity_title: string | null;
  owner_ref: string | null;
};

/** The record of the incident notifications sent, one per incident and event. */
export interface IncidentNotificationLogStore {
  /**
   * Incidents, oldest first, with no record of `event` yet: every open
   * incident for `reported`, open serious ones for `serious`, and for
   * `report-due` open serious ones not yet reported whose report is due by
   * `dueBy`.
   */
  pending(query: IncidentPendingQuery): Promise<NotifiableIncident[]>;
  /** Records that `event` is being sent, unless it already was: true for the one caller who then sends it. */
  claim(
    incidentId: string,
    event: IncidentNotificationEvent,
    recipient: string,
    now: string,
  ): Promise<boolean>;
  /** Forgets a claim whose notification could not be sent, so a later run sends it. */
  release(incidentId: string, event: IncidentNotificationEvent): Promise<void>;
}

const OPEN = ['reported', 'triaged', 'investigating', 'remediating'];

/** The {@link IncidentNotificationLogStore} on the plugin's database. */
export class DatabaseIncidentNotificationLogStore
  implements IncidentNotificationLogStore
{
  constructor(private readonly db: Knex) {}

  async pending(query: IncidentPendingQuery) {
    const rows = (await this.db
      .select(
        'i.id',
        'i.entity_ref',
        'i.title',
        'i.severity',
        'i.serious_category',
        'i.report_due_at',
        'g.title as entity_title',
        'g.owner_ref',
      )
      .from('incidents as i')
      .leftJoin('governed_entities as g', 'g.entity_ref', 'i.entity_ref')
      .leftJoin('incident_notifications as n', function sent() {
        this.on('n.incident_id', 'i.id').andOnVal('n.event', query.event);
      })
      .whereIn('i.status', OPEN)
      .whereNull('n.incident_id')
      .modify(q => {
        if (query.event === 'reported') return;
        q.where('i.serious', true);
        if (query.event === 'report-due') {
          // Timestamps are UTC ISO text, so they compare as text.
          q.where('i.report_state', 'not-reported').where(
            'i.report_due_at',
            '<=',
            query.dueBy ?? '',
          );
        }
      })
      .orderBy('i.row_id')
      .limit(query.limit)) as PendingRow[];
    return rows.map(row => ({
      id: row.id,
      entityRef: row.entity_ref,
      title: row.title,
      severity: row.severity as Incident['severity'],
      seriousCategory: row.serious_category as SeriousIncidentCategory | null,
      reportDueAt: row.report_due_at,
      entityTitle: row.entity_title,
      ownerRef: row.owner_ref,
    }));
  }

  claim(
    incidentId: string,
    event: IncidentNotificationEvent,
    recipient: string,
    now: string,
  ) {
    return claimNotification(this.db, 'incident_notifications', 'incident_id', {
      id: incidentId,
      event,
      recipient,
      now,
    });
  }

  release(incidentId: string, event: IncidentNotificationEvent) {
    return releaseNotification(
      this.db,
      'incident_notifications',
      'incident_id',
      incidentId,
      event,
    );
  }
}
