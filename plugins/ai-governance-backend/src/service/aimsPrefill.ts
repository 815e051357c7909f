import type {
  AimsClausePrefill,
  AimsClauseStatus,
} from '@aigov/plugin-ai-governance-common';
import type { AimsFigures } from '../database/aimsFigures';
import { aiPolicyPrefill } from './policyPrefill';
import { objectivesPrefill } from './objectives/objectivePrefill';
import { managementReviewPrefill } from './reviewPrefill';
import {
  awarenessPrefill,
  competencePrefill,
  type CompetenceFigures,
} from './trainingPrefill';
import {
  interestedPartiesPrefill,
  scopePrefill,
  type ScopeFigures,
} from './aimsContextPrefill';

/*
 * What the suite can show about a clause from its own records. Each rule
 * counts the AI systems in scope (see aimsFigures.ts) that meet it: all of
 * them is `implemented`, some `partial`, none `gap`; the reason names the
 * figures. A clause without a rule here has no pre-fill: the governance
 * office assesses it alone. The recorded status always wins; the pre-fill
 * is shown beside it.
 */

const systems = (n: number) => `${n} AI system${n === 1 ? '' : 's'}`;
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** implemented when all `total` meet the rule, partial when some do, gap when none. */
const share = (met: number, total: number): AimsClauseStatus => {
  if (met === total) return 'implemented';
  return met > 0 ? 'partial' : 'gap';
};

/** `met` of `total` systems, or the gap of having none in scope. */
function ofSystems(
  met: number,
  total: number,
  what: string,
  extra = '',
): AimsClausePrefill {
  if (total === 0) {
    return { status: 'gap', reason: 'No AI system is in scope yet' };
  }
  const verb = total === 1 ? 'has' : 'have';
  return {
    status: share(met, total),
    reason: `${met} of ${systems(total)} in scope ${verb} ${what}${extra}`,
  };
}

/** Of the high-tier systems only; with none, there is nothing to show yet. */
function ofHighTier(met: number, total: number, what: string) {
  if (total === 0) {
    return {
      status: 'not-assessed' as const,
      reason:
        'No high-tier AI system is in scope, so no impact assessment is required yet',
    };
  }
  const verb = total === 1 ? 'has' : 'have';
  return {
    status: share(met, total),
    reason: `${met} of ${plural(
      total,
      'high-tier AI system',
    )} in scope ${verb} ${what}`,
  };
}

function nonconformities(f: AimsFigures): AimsClausePrefill {
  if (f.nonconformities === 0) {
    return {
      status: 'not-assessed',
      reason:
        'No nonconformity is recorded on the AI systems in scope, so none shows the corrective-action process yet',
    };
  }
  const open = f.nonconformities - f.closedNonconformities;
  const reason = `${f.closedNonconformities} of ${plural(
    f.nonconformities,
    'nonconformity',
    'nonconformities',
  )} closed after an effective review; ${plural(
    f.withoutActions,
    'open one',
    'open ones',
  )} without a corrective action; ${plural(
    f.overdueActions,
    'corrective action',
  )} overdue`;
  let status: AimsClauseStatus = 'partial';
  if (f.withoutActions === 0 && f.overdueActions === 0) status = 'implemented';
  else if (f.withoutActions === open && f.closedNonconformities === 0)
    status = 'gap';
  return { status, reason };
}

/**
 * Internal audit (9.2): implemented when an audit was completed in the last
 * 12 months, partial while one is planned or under way this year, a gap
 * otherwise; the reason names the audit.
 */
function internalAudit(f: AimsFigures): AimsClausePrefill {
  if (f.lastCompletedAudit) {
    const a = f.lastCompletedAudit;
    return {
      status: 'implemented',
      reason: `The internal audit "${a.title}" was completed on ${a.date}, within the last 12 months`,
    };
  }
  if (f.currentAudit) {
    const a = f.currentAudit;
    return {
      status: 'partial',
      reason:
        a.status === 'in-progress'
          ? `The internal audit "${a.title}" is in progress; none was completed in the last 12 months`
          : `The internal audit "${a.title}" is planned from ${a.date}; none was completed in the last 12 months`,
    };
  }
  return {
    status: 'gap',
    reason:
      'No internal audit was completed in the last 12 months, and none is planned this year',
  };
}

/**
 * The pre-fill of every clause the suite's records can show, by clause id;
 * 4.2 and 4.3 only when the AIMS scope record is given.
 */
export function aimsPrefills(
  f: AimsFigures & { scope?: ScopeFigures; competence?: CompetenceFigures },
): Map<string, AimsClausePrefill> {
  // 7.2 and 7.3 only when training coverage is given.
  const competence: Array<[string, AimsClausePrefill]> = f.competence
    ? [
        ['7.2', competencePrefill(f.competence)],
        ['7.3', awarenessPrefill(f.competence)],
      ]
    : [];
  const context: Array<[string, AimsClausePrefill]> = f.scope
    ? [
        ['4.2', interestedPartiesPrefill(f.scope)],
        ['4.3', scopePrefill(f.scope)],
      ]
    : [];
  return new Map<string, AimsClausePrefill>([
    ...context,
    ['5.2', aiPolicyPrefill(f)],
    [
      '6.1.2',
      ofSystems(f.riskAssessed, f.systems, 'an approved risk assessment'),
    ],
    [
      '6.1.3',
      ofSystems(
        f.soaDecided,
        f.systems,
        'every Annex A control decided in their Statement of Applicability',
      ),
    ],
    [
      '6.1.4',
      ofHighTier(f.impactAssessed, f.highTier, 'an approved impact assessment'),
    ],
    ['6.2', objectivesPrefill(f)],
    ...competence,
    [
      '8.2',
      ofSystems(
        f.riskAssessedCurrent,
        f.systems,
        'an approved risk assessment and no risk review overdue',
        ` (${plural(f.overdueRiskReviews, 'risk review')} overdue)`,
      ),
    ],
    [
      '8.3',
      ofSystems(
        f.treatmentOnTime,
        f.systems,
        'risks recorded and no treatment or control past its due date',
        ` (${plural(
          f.overdueTreatments,
          'treatment or control',
          'treatments or controls',
        )} overdue)`,
      ),
    ],
    [
      '8.4',
      ofHighTier(
        f.impactAssessedCurrent,
        f.highTier,
        'an approved impact assessment and no revalidation or reassessment overdue',
      ),
    ],
    [
      '9.1',
      ofSystems(
        f.monitoringOnTime,
        f.systems,
        'drift or bias reviews scheduled and none overdue',
        ` (${plural(f.overdueMonitoring, 'review')} overdue)`,
      ),
    ],
    ['9.2', internalAudit(f)],
    ['9.3', managementReviewPrefill(f)],
    ['10.2', nonconformities(f)],
  ]);
}
