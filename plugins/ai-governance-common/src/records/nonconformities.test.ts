import type { AiGovernanceSchemas } from '../schema/openapi';
import {
  CLOSE_NEEDS_EFFECTIVE_REVIEW,
  effectivenessReviewerProblem,
  isCorrectiveActionOverdue,
  nonconformityCreateSchema,
  nonconformityTransitionProblem,
  type CorrectiveAction,
  type EffectivenessReview,
  type EffectivenessReviewInput,
  type Nonconformity,
  type NonconformityCreate,
  type NonconformityPatch,
} from './nonconformities';

const action = (over: Partial<CorrectiveAction> = {}): CorrectiveAction => ({
  id: 'a1',
  description: 'Retrain with the corrected labels',
  owner: 'group:default/lending',
  dueDate: '2026-12-10',
  status: 'done',
  evidenceIds: [],
  ...over,
});
const review = (
  result: EffectivenessReview['result'],
): EffectivenessReview => ({
  reviewer: 'user:default/olga',
  reviewedAt: '2026-12-03T08:00:00.000Z',
  result,
  notes: null,
  evidenceIds: [],
});

describe('nonconformityTransitionProblem', () => {
  it('closes a verifying nonconformity only after an effective review', () => {
    const next = { status: 'closed' as const, correctiveActions: [action()] };
    expect(
      nonconformityTransitionProblem(
        { status: 'verifying' },
        { ...next, effectivenessReview: null },
      ),
    ).toBe(CLOSE_NEEDS_EFFECTIVE_REVIEW);
    expect(
      nonconformityTransitionProblem(
        { status: 'verifying' },
        { ...next, effectivenessReview: review('not-effective') },
      ),
    ).toBe(CLOSE_NEEDS_EFFECTIVE_REVIEW);
    expect(
      nonconformityTransitionProblem(
        { status: 'verifying' },
        { ...next, effectivenessReview: review('effective') },
      ),
    ).toBeUndefined();
  });

  it('never skips from open or actions-planned to closed', () => {
    for (const status of ['open', 'actions-planned'] as const) {
      expect(
        nonconformityTransitionProblem(
          { status },
          {
            status: 'closed',
            correctiveActions: [action()],
            effectivenessReview: review('effective'),
          },
        ),
      ).toContain(CLOSE_NEEDS_EFFECTIVE_REVIEW);
    }
  });

  it('plans actions only with an action, and verifies only once all are done', () => {
    const none = { correctiveActions: [], effectivenessReview: null };
    expect(
      nonconformityTransitionProblem(
        { status: 'open' },
        { status: 'actions-planned', ...none },
      ),
    ).toMatch(/at least one corrective action/);
    expect(
      nonconformityTransitionProblem(
        { status: 'actions-planned' },
        {
          status: 'verifying',
          correctiveActions: [action(), action({ status: 'in-progress' })],
          effectivenessReview: null,
        },
      ),
    ).toMatch(/every corrective action is done/);
    expect(
      nonconformityTransitionProblem(
        { status: 'actions-planned' },
        {
          status: 'verifying',
          correctiveActions: [action()],
          effectivenessReview: null,
        },
      ),
    ).toBeUndefined();
  });

  it('keeps a closed nonconformity closed', () => {
    expect(
      nonconformityTransitionProblem(
        { status: 'closed' },
        { status: 'open', correctiveActions: [], effectivenessReview: null },
      ),
    ).toMatch(/stays closed/);
  });
});

describe('effectivenessReviewerProblem', () => {
  const base = {
    actionOwners: ['group:default/lending', 'user:default/alice'],
    governanceOffice: 'group:default/ai-governance-office',
  };

  it('refuses the owner of an action, even in the governance office', () => {
    expect(
      effectivenessReviewerProblem({
        ...base,
        reviewer: 'user:default/alice',
        reviewerClaims: [
          'user:default/alice',
          'group:default/ai-governance-office',
        ],
      }),
    ).toMatch(/owns a corrective action/);
  });

  it("refuses a member of an action owner's team", () => {
    expect(
      effectivenessReviewerProblem({
        ...base,
        reviewer: 'user:default/mallory',
        reviewerClaims: ['user:default/mallory', 'Group:default/Lending'],
      }),
    ).toMatch(/belongs to group:default\/lending/);
  });

  it('refuses a teammate of a user who owns an action', () => {
    expect(
      effectivenessReviewerProblem({
        ...base,
        actionOwners: ['user:default/alice'],
        ownerTeams: ['group:default/lending'],
        reviewer: 'user:default/mallory',
        reviewerClaims: ['user:default/mallory', 'group:default/lending'],
      }),
    ).toMatch(/belongs to group:default\/lending/);
    expect(
      effectivenessReviewerProblem({
        ...base,
        actionOwners: ['user:default/alice'],
        ownerTeams: ['group:default/lending'],
        reviewer: 'user:default/olga',
        reviewerClaims: [
          'user:default/olga',
          'group:default/ai-governance-office',
          'group:default/lending',
        ],
      }),
    ).toBeUndefined();
  });

  it('allows the governance office and members of other teams', () => {
    expect(
      effectivenessReviewerProblem({
        ...base,
        reviewer: 'user:default/olga',
        reviewerClaims: [
          'user:default/olga',
          'group:default/ai-governance-office',
          'group:default/lending',
        ],
      }),
    ).toBeUndefined();
    expect(
      effectivenessReviewerProblem({
        ...base,
        reviewer: 'user:default/bob',
        reviewerClaims: ['user:default/bob', 'group:default/risk'],
      }),
    ).toBeUndefined();
  });
});

describe('nonconformity bodies', () => {
  it('names the field of a bad corrective action', () => {
    const result = nonconformityCreateSchema.safeParse({
      entityRef: 'aisystem:default/credit-scoring',
      source: 'monitoring',
      description: 'Drift past the agreed threshold',
      correctiveActions: [
        { description: 'Retrain', owner: 'lending', dueDate: '2026-02-30' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map(i => i.path.join('.')).sort()).toEqual([
      'correctiveActions.0.dueDate',
      'correctiveActions.0.owner',
    ]);
  });
});

describe('isCorrectiveActionOverdue', () => {
  it('is overdue when not done and due before today', () => {
    const today = '2026-12-10';
    expect(
      isCorrectiveActionOverdue(
        action({ status: 'planned', dueDate: '2026-12-09' }),
        today,
      ),
    ).toBe(true);
    expect(
      isCorrectiveActionOverdue(
        action({ status: 'planned', dueDate: today }),
        today,
      ),
    ).toBe(false);
    expect(
      isCorrectiveActionOverdue(
        action({ status: 'done', dueDate: '2026-12-01' }),
        today,
      ),
    ).toBe(false);
  });
});

// Checked by yarn tsc, not at run time: every body the spec allows, the
// zod schemas take; what the API answers fits the record type.
it('has spec types that fit the nonconformity bodies and record', () => {
  const fits = (s: AiGovernanceSchemas) => {
    const bodies: [
      NonconformityCreate,
      NonconformityPatch,
      EffectivenessReviewInput,
    ] = [
      s.NonconformityCreate,
      s.NonconformityPatch,
      s.EffectivenessReviewCreate,
    ];
    const record: Nonconformity = s.Nonconformity;
    return { bodies, record };
  };
  expect(typeof fits).toBe('function');
});
