import type { Config } from '@backstage/config';
import {
  addMonthsToDay,
  isoDateSchema,
  type ReadinessSurveillance,
  type SurveillanceEvent,
} from '@aigov/plugin-ai-governance-common';

/*
 * The certification calendar. A certificate runs three years: surveillance
 * audits follow one and two years after it is issued and recertification is
 * due at three. Before a certificate is held, the calendar shows the
 * planned stage 1 and stage 2 audits.
 */

/** `aiGovernance.certification` as read at start. */
export interface CertificationSettings {
  certificateDate?: string;
  certificationBody?: string;
  stage1Date?: string;
  stage2Date?: string;
}

/** Default size of the stage 2 sample. */
export const DEFAULT_SAMPLE_SIZE = 3;

const KEY = 'aiGovernance.certification';
const DATES = ['certificateDate', 'stage1Date', 'stage2Date'] as const;

/** Reads `aiGovernance.certification`; a date that is not YYYY-MM-DD stops the start naming the key. */
export function readCertification(config: Config): CertificationSettings {
  const settings: CertificationSettings = {};
  for (const name of DATES) {
    const value = config.getOptionalString(`${KEY}.${name}`);
    if (value === undefined) continue;
    if (!isoDateSchema.safeParse(value).success) {
      throw new Error(
        `${KEY}.${name} must be a date as YYYY-MM-DD, got "${value}"`,
      );
    }
    settings[name] = value;
  }
  const body = config.getOptionalString(`${KEY}.certificationBody`);
  if (body) settings.certificationBody = body;
  return settings;
}

/** Reads `aiGovernance.readiness.sampleSize`: a whole number from 1, default 3. */
export function readSampleSize(config: Config): number {
  const key = 'aiGovernance.readiness.sampleSize';
  const size = config.getOptionalNumber(key) ?? DEFAULT_SAMPLE_SIZE;
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`${key} must be a whole number, 1 or more, got ${size}`);
  }
  return size;
}

/** `date` (YYYY-MM-DD) `years` later; 29 February falls on 28 February in a common year. */
export function plusYears(date: string, years: number): string {
  return addMonthsToDay(date, 12 * years);
}

/** The calendar on `today` (YYYY-MM-DD). */
export function surveillanceCalendar(
  settings: CertificationSettings,
  today: string,
): ReadinessSurveillance {
  const event = (
    kind: SurveillanceEvent['kind'],
    title: string,
    date: string,
  ): SurveillanceEvent => ({ kind, title, date, past: date < today });
  const events: SurveillanceEvent[] = [];
  if (settings.stage1Date) {
    events.push(event('stage-1', 'Stage 1 audit', settings.stage1Date));
  }
  if (settings.stage2Date) {
    events.push(event('stage-2', 'Stage 2 audit', settings.stage2Date));
  }
  const body = settings.certificationBody ?? null;
  const issued = settings.certificateDate;
  if (!issued) {
    return {
      certified: false,
      certificateDate: null,
      certificationBody: body,
      events,
      note:
        events.length > 0
          ? 'No certificate is held yet; the stage 1 and stage 2 audits are planned'
          : 'No certificate is held yet, and no stage 1 or stage 2 audit is planned',
    };
  }
  events.push(
    event('certificate', 'Certificate issued', issued),
    event('surveillance-1', 'First surveillance audit', plusYears(issued, 1)),
    event('surveillance-2', 'Second surveillance audit', plusYears(issued, 2)),
    event(
      'recertification',
      'Recertification audit (certificate expires)',
      plusYears(issued, 3),
    ),
  );
  return {
    certified: true,
    certificateDate: issued,
    certificationBody: body,
    events: events.sort((a, b) => a.date.localeCompare(b.date)),
  };
}
