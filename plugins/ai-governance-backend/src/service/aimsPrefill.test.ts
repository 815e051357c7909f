import { DEFAULT_AIMS_SCOPE_FILTER } from '@aigov/plugin-ai-governance-common';
import type { AimsFigures } from '../database/aimsFigures';
import type { ScopeFigures } from './aimsContextPrefill';
import { aimsPrefills } from './aimsPrefill';

const noScope: ScopeFigures = {
  defined: false,
  statement: '',
  boundaries: '',
  filter: DEFAULT_AIMS_SCOPE_FILTER,
  interestedParties: [],
  systemsInScope: 0,
};

const none: AimsFigures & { scope: ScopeFigures } = {
  systems: 0,
  riskAssessed: 0,
  soaDecided: 0,
  riskAssessedCurrent: 0,
  overdueRiskReviews: 0,
  treatmentOnTime: 0,
  overdueTreatments: 0,
  highTier: 0,
  impactAssessed: 0,
  impactAssessedCurrent: 0,
  monitoringOnTime: 0,
  overdueMonitoring: 0,
  nonconformities: 0,
  closedNonconformities: 0,
  withoutActions: 0,
  overdueActions: 0,
  lastCompletedAudit: null,
  currentAudit: null,
  lastHeldReview: null,
  plannedReview: null,
  objectives: 0,
  measuredObjectives: 0,
  aiPolicy: null,
  aiPolicyDrafts: 0,
  scope: noScope,
};

describe('aimsPrefills', () => {
  it('pre-fills 5.2 from the AI policy: approved and not overdue, overdue or only drafted', () => {
    const approved = {
      title: 'AI policy',
      version: 2,
      approvedAt: '2026-03-01',
      nextReviewAt: '2027-03-01',
      reviewOverdue: false,
    };
    expect(aimsPrefills(none).get('5.2')).toMatchObject({ status: 'gap' });
    expect(aimsPrefills({ ...none, aiPolicyDrafts: 1 }).get('5.2')).toEqual({
      status: 'partial',
      reason: expect.stringContaining('no version of it is approved'),
    });
    expect(aimsPrefills({ ...none, aiPolicy: approved }).get('5.2')).toEqual({
      status: 'implemented',
      reason:
        'The AI policy "AI policy" (version 2) was approved on 2026-03-01; its next review is due on 2027-03-01',
    });
    expect(
      aimsPrefills({
        ...none,
        aiPolicy: { ...approved, reviewOverdue: true },
      }).get('5.2'),
    ).toEqual({
      status: 'partial',
      reason: expect.stringContaining('its review was due on 2027-03-01'),
    });
  });

  it('pre-fills 6.2 from the objectives set and whether the daily snapshot measures them', () => {
    expect(aimsPrefills(none).get('6.2')).toEqual({
      status: 'gap',
      reason: 'No objective of the management system is set',
    });
    expect(
      aimsPrefills({ ...none, objectives: 3, measuredObjectives: 2 }).get(
        '6.2',
      ),
    ).toEqual({
      status: 'partial',
      reason:
        '2 of 3 objectives with a measure and target measured in the last 7 days',
    });
    expect(
      aimsPrefills({ ...none, objectives: 1, measuredObjectives: 1 }).get('6.2')
        ?.status,
    ).toBe('implemented');
  });

  it('says a clause is a gap while no AI system is in scope', () => {
    const prefills = aimsPrefills(none);
    expect(prefills.get('6.1.2')).toEqual({
      status: 'gap',
      reason: 'No AI system is in scope yet',
    });
    expect(prefills.get('6.1.4')?.status).toBe('not-assessed');
    expect(prefills.get('10.2')?.status).toBe('not-assessed');
    expect([...prefills.keys()]).toEqual([
      '4.2',
      '4.3',
      '5.2',
      '6.1.2',
      '6.1.3',
      '6.1.4',
      '6.2',
      '8.2',
      '8.3',
      '8.4',
      '9.1',
      '9.2',
      '9.3',
      '10.2',
    ]);
  });

  it('names the figures: all implemented, some partial, none gap', () => {
    const prefills = aimsPrefills({
      ...none,
      systems: 6,
      riskAssessed: 5,
      soaDecided: 6,
      riskAssessedCurrent: 0,
      overdueRiskReviews: 1,
      highTier: 1,
      impactAssessed: 1,
    });
    expect(prefills.get('6.1.2')).toEqual({
      status: 'partial',
      reason: '5 of 6 AI systems in scope have an approved risk assessment',
    });
    expect(prefills.get('6.1.3')?.status).toBe('implemented');
    expect(prefills.get('6.1.4')).toEqual({
      status: 'implemented',
      reason:
        '1 of 1 high-tier AI system in scope has an approved impact assessment',
    });
    expect(prefills.get('8.2')).toEqual({
      status: 'gap',
      reason:
        '0 of 6 AI systems in scope have an approved risk assessment and no risk review overdue (1 risk review overdue)',
    });
  });

  it('holds 10.2 implemented only when every open nonconformity has actions and none is overdue', () => {
    const nc = (over: Partial<AimsFigures>) =>
      aimsPrefills({ ...none, systems: 2, nonconformities: 3, ...over }).get(
        '10.2',
      );
    expect(nc({ closedNonconformities: 1 })).toEqual({
      status: 'implemented',
      reason:
        '1 of 3 nonconformities closed after an effective review; 0 open ones without a corrective action; 0 corrective actions overdue',
    });
    expect(nc({ closedNonconformities: 1, overdueActions: 2 })?.status).toBe(
      'partial',
    );
    expect(nc({ withoutActions: 3 })?.status).toBe('gap');
  });
  it('pre-fills 9.2 from the internal audits, naming the audit', () => {
    expect(aimsPrefills(none).get('9.2')).toEqual({
      status: 'gap',
      reason:
        'No internal audit was completed in the last 12 months, and none is planned this year',
    });
    const planned = {
      title: 'Risk management',
      status: 'planned',
      date: '2026-12-10',
    };
    expect(aimsPrefills({ ...none, currentAudit: planned }).get('9.2')).toEqual(
      {
        status: 'partial',
        reason:
          'The internal audit "Risk management" is planned from 2026-12-10; none was completed in the last 12 months',
      },
    );
    const completed = {
      title: 'AIMS 2026',
      status: 'completed',
      date: '2026-10-02',
    };
    expect(
      aimsPrefills({
        ...none,
        currentAudit: planned,
        lastCompletedAudit: completed,
      }).get('9.2'),
    ).toEqual({
      status: 'implemented',
      reason:
        'The internal audit "AIMS 2026" was completed on 2026-10-02, within the last 12 months',
    });
  });
});
