import { parseEntityRef } from '@backstage/catalog-model';
import type {
  NotificationPayload,
  NotificationSeverity,
} from '@backstage/plugin-notifications-common';
import type {
  IncidentNotificationEvent,
  NotifiableIncident,
} from '../database/IncidentNotificationLogStore';

/** The topic every incident notification is filed under, so people can mute it as one. */
export const INCIDENT_NOTIFICATION_TOPIC = 'AI governance incidents';

/** Hours before a serious incident's report is due that its reminder is sent, unless configured. */
export const DEFAULT_REPORT_REMINDER_HOURS = 24;

const SEVERITY: Record<IncidentNotificationEvent, NotificationSeverity> = {
  reported: 'high',
  serious: 'critical',
  'report-due': 'critical',
};

/** One notification per incident and event in the notifications backend. */
export const incidentNotificationScope = (
  incidentId: string,
  event: IncidentNotificationEvent,
) => `ai-governance:incident:${incidentId}:${event}`;

/** Where an incident notification leads: the AI system's Governance tab, naming the incident. */
export function incidentLink(
  incident: Pick<NotifiableIncident, 'id' | 'entityRef'>,
) {
  const { kind, namespace, name } = parseEntityRef(incident.entityRef);
  return `/catalog/${namespace}/${kind}/${name}/governance?section=incidents&record=${encodeURIComponent(
    incident.id,
  )}`;
}

/**
 * Who hears of the event: the owner of the system of a newly reported
 * incident (the governance office when it has none), and the governance
 * office of a serious one and of its coming report deadline.
 */
export const incidentRecipient = (
  incident: NotifiableIncident,
  event: IncidentNotificationEvent,
  governanceOffice: string,
) =>
  event === 'reported'
    ? incident.ownerRef ?? governanceOffice
    : governanceOffice;

/** What the recipient reads about the event of an incident. */
export function incidentNotificationPayload(
  incident: NotifiableIncident,
  event: IncidentNotificationEvent,
): NotificationPayload {
  const system = incident.entityTitle ?? incident.entityRef;
  const category = incident.seriousCategory?.replace(/-/g, ' ');
  const text: Record<IncidentNotificationEvent, [string, string]> = {
    reported: [
      `Incident reported on ${system}: ${incident.title}`,
      `Severity ${incident.severity}; to be triaged by the owner.`,
    ],
    serious: [
      `Serious incident on ${system}: ${incident.title}`,
      `Category ${category}; the report to the authority is due ${incident.reportDueAt}.`,
    ],
    'report-due': [
      `Serious incident report due: ${incident.title} (${system})`,
      `Not reported yet; due ${incident.reportDueAt}.`,
    ],
  };
  const [title, description] = text[event];
  return {
    title,
    description,
    link: incidentLink(incident),
    severity: SEVERITY[event],
    topic: INCIDENT_NOTIFICATION_TOPIC,
    scope: incidentNotificationScope(incident.id, event),
  };
}
