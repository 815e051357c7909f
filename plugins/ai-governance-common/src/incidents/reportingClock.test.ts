import {
  SERIOUS_INCIDENT_CATEGORIES,
  canTransitionIncident,
  incidentCreateSchema,
  incidentPatchSchema,
  INCIDENT_STATUSES,
} from '../records/incidents';
import {
  INCIDENT_REPORTING_RULES,
  art73Applies,
  incidentClock,
  reportDueAt,
} from './reportingClock';

describe('reportDueAt', () => {
  it.each([
    [
      'widespread-infringement',
      '2026-09-01T10:15:00.000Z',
      '2026-09-03T10:15:00.000Z',
    ],
    [
      'critical-infrastructure-disruption',
      '2026-09-01T10:15:00.000Z',
      '2026-09-03T10:15:00.000Z',
    ],
    ['death', '2026-09-01T10:15:00.000Z', '2026-09-11T10:15:00.000Z'],
    [
      'other-serious-harm',
      '2026-09-01T10:15:00.000Z',
      '2026-09-16T10:15:00.000Z',
    ],
  ] as const)('%s: aware at %s, due at %s', (category, awareAt, due) => {
    expect(reportDueAt(awareAt, category)).toBe(due);
  });

  it('has one rule per serious category, each with its source and date', () => {
    expect(INCIDENT_REPORTING_RULES.map(r => r.category).sort()).toEqual(
      [...SERIOUS_INCIDENT_CATEGORIES].sort(),
    );
    for (const rule of INCIDENT_REPORTING_RULES) {
      expect(rule.source).toMatch(
        /^Regulation \(EU\) 2024\/1689, Art\. 73\(\d\)$/,
      );
      expect(rule.appliesFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the instant across midnight UTC', () => {
    expect(reportDueAt('2026-09-01T23:59:59.999Z', 'death')).toBe(
      '2026-09-11T23:59:59.999Z',
    );
    expect(reportDueAt('2026-09-02T00:00:00.000Z', 'death')).toBe(
      '2026-09-12T00:00:00.000Z',
    );
    expect(
      reportDueAt('2026-12-31T23:30:00.000Z', 'widespread-infringement'),
    ).toBe('2027-01-02T23:30:00.000Z');
  });

  it('reads a zone offset as the instant it names', () => {
    // 00:30 in Berlin (UTC+2 in summer) is 22:30 UTC the day before.
    expect(reportDueAt('2026-09-02T00:30:00+02:00', 'other-serious-harm')).toBe(
      '2026-09-16T22:30:00.000Z',
    );
  });

  it('is not moved by the European daylight saving changes', () => {
    // Summer time ends 25 Oct 2026 and starts 28 Mar 2027 in the EU.
    expect(
      reportDueAt('2026-10-24T09:00:00.000Z', 'widespread-infringement'),
    ).toBe('2026-10-26T09:00:00.000Z');
    expect(reportDueAt('2026-10-20T09:00:00.000Z', 'death')).toBe(
      '2026-10-30T09:00:00.000Z',
    );
    expect(reportDueAt('2027-03-20T01:30:00.000Z', 'other-serious-harm')).toBe(
      '2027-04-04T01:30:00.000Z',
    );
    expect(
      reportDueAt(
        '2027-03-27T02:30:00.000Z',
        'critical-infrastructure-disruption',
      ),
    ).toBe('2027-03-29T02:30:00.000Z');
  });

  it('refuses an awareness time that is not a date', () => {
    expect(() => reportDueAt('yesterday', 'death')).toThrow(RangeError);
  });
});

describe('incidentClock', () => {
  const serious = {
    serious: true,
    seriousCategory: 'widespread-infringement' as const,
    awareAt: '2026-09-01T10:00:00.000Z',
    status: 'investigating',
    report: { state: 'not-reported' as const },
  };

  it('is overdue only after the due instant while nothing was reported', () => {
    expect(incidentClock(serious, 'high', '2026-09-03T10:00:00.000Z')).toEqual({
      reportDueAt: '2026-09-03T10:00:00.000Z',
      reportOverdue: false,
      art73Applies: true,
    });
    expect(
      incidentClock(serious, 'high', '2026-09-03T10:00:00.001Z').reportOverdue,
    ).toBe(true);
  });

  it('stops once the initial report is sent, or when rejected', () => {
    const late = '2026-10-01T00:00:00.000Z';
    expect(
      incidentClock(
        { ...serious, report: { state: 'initial-report-sent' } },
        'high',
        late,
      ).reportOverdue,
    ).toBe(false);
    expect(
      incidentClock({ ...serious, status: 'rejected' }, 'high', late)
        .reportOverdue,
    ).toBe(false);
  });

  it('has no clock for an incident that is not serious', () => {
    expect(
      incidentClock(
        { ...serious, serious: false, seriousCategory: null },
        'high',
        '2027-01-01T00:00:00.000Z',
      ),
    ).toEqual({ reportDueAt: null, reportOverdue: false, art73Applies: true });
  });

  it('applies Art. 73 to high-risk systems only; the clock is informative otherwise', () => {
    expect(art73Applies('high')).toBe(true);
    for (const tier of ['prohibited', 'limited', 'minimal', null]) {
      expect(art73Applies(tier)).toBe(false);
    }
    const clock = incidentClock(serious, 'limited', '2026-09-05T00:00:00.000Z');
    expect(clock).toEqual({
      reportDueAt: '2026-09-03T10:00:00.000Z',
      reportOverdue: true,
      art73Applies: false,
    });
  });
});

describe('incident state machine', () => {
  it('moves one step at a time and never skips to closed', () => {
    expect(canTransitionIncident('reported', 'triaged')).toBe(true);
    expect(canTransitionIncident('triaged', 'investigating')).toBe(true);
    expect(canTransitionIncident('investigating', 'remediating')).toBe(true);
    expect(canTransitionIncident('remediating', 'closed')).toBe(true);
    for (const from of ['reported', 'triaged', 'investigating'] as const) {
      expect(canTransitionIncident(from, 'closed')).toBe(false);
    }
    expect(canTransitionIncident('investigating', 'triaged')).toBe(false);
  });

  it('rejects from any open state, and closed or rejected are final', () => {
    for (const from of [
      'reported',
      'triaged',
      'investigating',
      'remediating',
    ] as const) {
      expect(canTransitionIncident(from, 'rejected')).toBe(true);
    }
    for (const to of INCIDENT_STATUSES) {
      expect(canTransitionIncident('closed', to)).toBe(false);
      expect(canTransitionIncident('rejected', to)).toBe(false);
    }
  });
});

describe('incident bodies', () => {
  const base = {
    title: 'Wrong denials',
    detectedAt: '2026-09-01T08:00:00Z',
    awareAt: '2026-09-01T10:00:00Z',
    severity: 'high',
  };

  it('fills the defaults of a new incident', () => {
    expect(incidentCreateSchema.parse(base)).toMatchObject({
      description: '',
      harmCategories: [],
      serious: false,
      seriousCategory: null,
      controlIds: [],
    });
  });

  it('asks for the category of a serious incident, and only then', () => {
    const missing = incidentCreateSchema.safeParse({ ...base, serious: true });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['seriousCategory'],
      message: 'is required when the incident is serious',
    });
    const stray = incidentCreateSchema.safeParse({
      ...base,
      seriousCategory: 'death',
    });
    expect(stray.error?.issues[0].path).toEqual(['seriousCategory']);
  });

  it('refuses an awareness before the detection', () => {
    const r = incidentCreateSchema.safeParse({
      ...base,
      awareAt: '2026-08-31T10:00:00Z',
    });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['awareAt'],
      message: 'must not be before detectedAt',
    });
  });

  it('refuses an empty patch and an unknown control', () => {
    expect(incidentPatchSchema.safeParse({}).success).toBe(false);
    expect(
      incidentPatchSchema.safeParse({ controlIds: ['A.99.1'] }).error?.issues[0]
        .path,
    ).toEqual(['controlIds', 0]);
  });
});
