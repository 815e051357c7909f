import type { AiRiskTier } from '../kinds';
import type {
  IncidentReportState,
  SeriousIncidentCategory,
} from '../records/incidents';

/*
 * The serious-incident reporting deadlines of the EU AI Act (Art. 73), as
 * dated data with their source, like the classifier's application dates:
 * the clock starts when the organisation becomes aware of the incident and
 * runs in whole days of exact UTC time, so daylight saving never moves a
 * deadline. The duty applies to high-risk systems; for other tiers the
 * same clock is shown but is informative only.
 */

/** One reporting deadline of a serious incident, with where it comes from. @public */
export interface IncidentReportingRule {
  category: SeriousIncidentCategory;
  /** Days after awareness the report is due at the latest. */
  days: number;
  /** The legal text that sets it. */
  source: string;
  /** The day the rule applies from, YYYY-MM-DD. */
  appliesFrom: string;
  /** The case, in our own words. */
  covers: string;
}

const ART_73 = 'Regulation (EU) 2024/1689, Art. 73';
// Art. 73 applies with the high-risk obligations (Art. 113).
const APPLIES_FROM = '2026-08-02';

/** The reporting deadline of each serious-incident category. @public */
export const INCIDENT_REPORTING_RULES: readonly IncidentReportingRule[] = [
  {
    category: 'widespread-infringement',
    days: 2,
    source: `${ART_73}(3)`,
    appliesFrom: APPLIES_FROM,
    covers: 'An infringement that spreads widely across people or places.',
  },
  {
    category: 'critical-infrastructure-disruption',
    days: 2,
    source: `${ART_73}(3)`,
    appliesFrom: APPLIES_FROM,
    covers: 'A serious and irreversible disruption of critical infrastructure.',
  },
  {
    category: 'death',
    days: 10,
    source: `${ART_73}(4)`,
    appliesFrom: APPLIES_FROM,
    covers: 'A person died; report as soon as a causal link is suspected.',
  },
  {
    category: 'other-serious-harm',
    days: 15,
    source: `${ART_73}(2)`,
    appliesFrom: APPLIES_FROM,
    covers: 'Any other serious incident.',
  },
];

const DAY_MS = 86_400_000;

/** The rule of a serious-incident category. @public */
export function incidentReportingRule(
  category: SeriousIncidentCategory,
): IncidentReportingRule {
  return INCIDENT_REPORTING_RULES.find(r => r.category === category)!;
}

/** When the report of a serious incident is due: `awareAt` plus the category's days, as a UTC instant. @public */
export function reportDueAt(
  awareAt: string,
  category: SeriousIncidentCategory,
): string {
  const aware = Date.parse(awareAt);
  if (Number.isNaN(aware)) throw new RangeError(`Invalid awareAt ${awareAt}`);
  return new Date(
    aware + incidentReportingRule(category).days * DAY_MS,
  ).toISOString();
}

/** Whether the Art. 73 reporting duty applies to a system of this tier. @public */
export function art73Applies(tier: AiRiskTier | string | null): boolean {
  return tier === 'high';
}

/** What the clock says about an incident. @public */
export interface IncidentClock {
  reportDueAt: string | null;
  reportOverdue: boolean;
  art73Applies: boolean;
}

/**
 * The clock of an incident at `now`: due only when serious, overdue while
 * no report has been sent after the due instant (an initial report stops
 * the clock, a final one may follow later); a rejected incident is not
 * one to report. @public
 */
export function incidentClock(
  incident: {
    serious: boolean;
    seriousCategory: SeriousIncidentCategory | null;
    awareAt: string;
    status: string;
    report: { state: IncidentReportState };
  },
  tier: AiRiskTier | string | null,
  now: string,
): IncidentClock {
  const due =
    incident.serious && incident.seriousCategory
      ? reportDueAt(incident.awareAt, incident.seriousCategory)
      : null;
  return {
    reportDueAt: due,
    reportOverdue:
      due !== null &&
      incident.status !== 'rejected' &&
      incident.report.state === 'not-reported' &&
      Date.parse(now) > Date.parse(due),
    art73Applies: art73Applies(tier),
  };
}
