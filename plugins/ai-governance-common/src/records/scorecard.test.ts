import { scorecardGapItems, scorecardGaps, scorecardLevel } from './scorecard';
import type { ScorecardFacts } from './types';

/** A high-risk system that meets every rule: gold. */
const gold: ScorecardFacts = {
  hasOwner: true,
  hasTier: true,
  hasPurpose: true,
  highTier: true,
  riskAssessmentApproved: true,
  impactAssessmentApproved: true,
  applicableControls: 38,
  implementedControls: 38,
  implementedWithoutEvidence: 0,
  untreatedAboveAppetite: 0,
  overdueReviews: 0,
  overdueTreatments: 0,
  overdueControls: 0,
  expiredEvidence: 0,
  revalidationDue: 0,
  overdueRevalidations: 0,
  overdueTasks: 0,
  overdueCorrectiveActions: 0,
  openSeriousIncidents: 0,
};

const REVALIDATION_GAP =
  'Complete the overdue revalidation of the material change (controls A.6.2.4, A.6.2.5)';

describe('the revalidation cap', () => {
  it('keeps the level while a revalidation is due but not yet overdue', () => {
    expect(scorecardLevel({ ...gold, revalidationDue: 1 })).toEqual({
      level: 'gold',
      nextLevel: null,
      missing: [],
      missingItems: [],
    });
  });

  it('holds a gold system at bronze once its revalidation is overdue, naming the revalidation', () => {
    const facts = { ...gold, revalidationDue: 1, overdueRevalidations: 1 };
    expect(scorecardGaps(facts).silver).toEqual([REVALIDATION_GAP]);
    expect(scorecardLevel(facts)).toEqual({
      level: 'bronze',
      nextLevel: 'silver',
      missing: [REVALIDATION_GAP],
      missingItems: [{ text: REVALIDATION_GAP, section: 'tasks' }],
    });
  });

  it('lists the revalidation with the other silver gaps of a bronze system', () => {
    const facts = {
      ...gold,
      untreatedAboveAppetite: 2,
      revalidationDue: 1,
      overdueRevalidations: 1,
    };
    expect(scorecardLevel(facts).missing).toEqual([
      'Treat 2 risk(s) at or above high: a plan in progress, or an approved acceptance',
      REVALIDATION_GAP,
    ]);
  });

  it('does not lift a system that misses bronze', () => {
    const facts = { ...gold, hasOwner: false, overdueRevalidations: 1 };
    expect(scorecardLevel(facts)).toMatchObject({
      level: 'none',
      missing: ['Name an owner'],
    });
  });

  it('lifts once the revalidation is no longer open', () => {
    // Completing the task leaves nothing due: the facts of the gold system.
    expect(scorecardLevel(gold).level).toBe('gold');
    expect(scorecardGaps(gold)).toEqual({ bronze: [], silver: [], gold: [] });
  });

  it('leaves other overdue tasks out of the level', () => {
    expect(scorecardLevel({ ...gold, overdueTasks: 3 }).level).toBe('gold');
  });
});

describe('where each gap is closed', () => {
  it('names the Governance tab section of every gap, or none for the catalog file', () => {
    const facts: ScorecardFacts = {
      ...gold,
      hasOwner: false,
      hasTier: false,
      riskAssessmentApproved: false,
      untreatedAboveAppetite: 1,
      implementedControls: 30,
      expiredEvidence: 2,
      overdueControls: 1,
    };
    const items = scorecardGapItems(facts);
    expect(items.bronze).toEqual([
      { text: 'Name an owner', section: null },
      { text: 'Record the EU AI Act risk tier', section: 'assessments' },
      { text: 'Get a risk assessment approved', section: 'assessments' },
    ]);
    expect(items.silver.map(i => i.section)).toEqual(['risks', 'controls']);
    expect(items.gold).toEqual([
      {
        text: 'Raise control compliance from 79 % to 100 %',
        section: 'controls',
      },
      { text: 'Renew 2 expired evidence item(s)', section: 'controls' },
      {
        text: 'Clear 1 overdue review(s), treatment(s) or control(s)',
        section: 'controls',
      },
    ]);
    expect(scorecardGaps(facts).gold).toEqual(items.gold.map(i => i.text));
  });

  it('sends overdue reviews and treatments to the risks', () => {
    const items = scorecardGapItems({
      ...gold,
      overdueReviews: 1,
      overdueControls: 1,
    });
    expect(items.gold).toEqual([
      {
        text: 'Clear 2 overdue review(s), treatment(s) or control(s)',
        section: 'risks',
      },
    ]);
  });
});

describe('overdue corrective actions', () => {
  it('hold a system at silver, counted with the other overdue items', () => {
    const result = scorecardLevel({
      ...gold,
      overdueCorrectiveActions: 2,
      overdueControls: 1,
    });
    expect(result.level).toBe('silver');
    expect(result.missingItems).toEqual([
      {
        text: 'Clear 3 overdue review(s), treatment(s), control(s) or corrective action(s)',
        section: 'controls',
      },
    ]);
  });

  it('lead nowhere in the Governance tab when they are the only overdue items', () => {
    expect(
      scorecardGapItems({ ...gold, overdueCorrectiveActions: 1 }).gold,
    ).toEqual([
      {
        text: 'Clear 1 overdue review(s), treatment(s), control(s) or corrective action(s)',
        section: null,
      },
    ]);
    expect(scorecardLevel(gold).level).toBe('gold');
  });
});

describe('open serious incidents', () => {
  const GAP = {
    text: 'Resolve 1 open serious incident(s): remediate and close, or reject with a reason',
    section: null,
  };

  it('cap an otherwise gold system at bronze', () => {
    const result = scorecardLevel({ ...gold, openSeriousIncidents: 1 });
    expect(result).toMatchObject({
      level: 'bronze',
      nextLevel: 'silver',
      missingItems: [GAP],
    });
  });

  it('leave a system without bronze at none, listed for silver', () => {
    const facts = { ...gold, hasOwner: false, openSeriousIncidents: 1 };
    expect(scorecardLevel(facts).level).toBe('none');
    expect(scorecardGapItems(facts).silver).toEqual([GAP]);
  });
});
