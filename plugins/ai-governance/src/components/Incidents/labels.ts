import type {
  IncidentHarmCategory,
  IncidentSeverity,
  IncidentStatus,
  SeriousIncidentCategory,
} from '@aigov/plugin-ai-governance-common';

/** Words for how bad an incident is. */
export const SEVERITY_LABELS: Record<IncidentSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Words for whom or what an incident harmed. */
export const HARM_LABELS: Record<IncidentHarmCategory, string> = {
  'health-or-safety': 'Health or safety',
  'fundamental-rights': 'Fundamental rights',
  'property-or-environment': 'Property or environment',
  'critical-infrastructure': 'Critical infrastructure',
  other: 'Other',
};

/** Words for where an incident stands. */
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  reported: 'Reported',
  triaged: 'Triaged',
  investigating: 'Investigating',
  remediating: 'Remediating',
  closed: 'Closed',
  rejected: 'Rejected',
};

/** The button that moves an incident into a status, as a verb. */
export const TRANSITION_ACTIONS: Record<IncidentStatus, string> = {
  reported: 'Reopen',
  triaged: 'Triage',
  investigating: 'Start investigating',
  remediating: 'Start remediating',
  closed: 'Close',
  rejected: 'Reject',
};

/** Words for the kind of serious incident, with the deadline it sets (Art. 73). */
export const SERIOUS_CATEGORY_LABELS: Record<SeriousIncidentCategory, string> =
  {
    death: 'Death of a person (10 days)',
    'widespread-infringement': 'Widespread infringement (2 days)',
    'critical-infrastructure-disruption':
      'Disruption of critical infrastructure (2 days)',
    'other-serious-harm': 'Other serious harm (15 days)',
  };
