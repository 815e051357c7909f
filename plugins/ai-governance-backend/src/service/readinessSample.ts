import { createHash, randomBytes } from 'node:crypto';
import type {
  ReadinessCheck,
  ReadinessSampledSystem,
} from '@aigov/plugin-ai-governance-common';
import { ANNEX_A_CONTROL_IDS } from '@aigov/plugin-ai-governance-common';
import type { ReadinessSystem, SampleFacts } from '../database/ReadinessStore';

/*
 * The stage 2 sample: a random draw an auditor can reproduce. The sample id
 * is the whole of the randomness: each system's rank is sha256(sampleId +
 * entity ref), so the same id over the same scope always draws the same
 * systems, and a new id a different, independent draw.
 */

/** A new sample id: short enough to read out, random enough never to repeat. */
export const newSampleId = () => randomBytes(6).toString('base64url');

const rank = (sampleId: string, entityRef: string) =>
  createHash('sha256').update(`${sampleId}${entityRef}`).digest('hex');

/** The first `size` of `systems` ordered by their rank for `sampleId`. */
export function drawSample<T extends { entityRef: string }>(
  sampleId: string,
  systems: T[],
  size: number,
): T[] {
  return systems
    .map(s => ({ s, key: rank(sampleId, s.entityRef) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, size)
    .map(({ s }) => s);
}

const HIGH_TIERS = ['high', 'prohibited'];
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** The portal path of a system's Governance tab. */
export function governanceTab(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}/governance`;
}

function riskCheck(f: SampleFacts): ReadinessCheck {
  const title = 'Approved risk assessment, not past review';
  if (!f.riskApproved) {
    return {
      id: 'risk-assessment',
      title,
      pass: false,
      why: 'No risk assessment is approved',
    };
  }
  return f.overdueReassessments > 0
    ? {
        id: 'risk-assessment',
        title,
        pass: false,
        why: `A risk assessment is approved, but ${plural(
          f.overdueReassessments,
          'revalidation or reassessment',
          'revalidations or reassessments',
        )} after a change is overdue`,
      }
    : {
        id: 'risk-assessment',
        title,
        pass: true,
        why: 'A risk assessment is approved and no revalidation or reassessment is overdue',
      };
}

function impactCheck(system: ReadinessSystem, f: SampleFacts): ReadinessCheck {
  const title = 'Approved impact assessment';
  const tier = system.riskTier ?? 'unclassified';
  if (!HIGH_TIERS.includes(tier)) {
    return {
      id: 'impact-assessment',
      title,
      pass: true,
      why: f.impactApproved
        ? `An impact assessment is approved (not required at the ${tier} tier)`
        : `Not required at the ${tier} tier`,
    };
  }
  return f.impactApproved
    ? {
        id: 'impact-assessment',
        title,
        pass: true,
        why: `An impact assessment is approved, as the ${tier} tier requires`,
      }
    : {
        id: 'impact-assessment',
        title,
        pass: false,
        why: `No impact assessment is approved, which the ${tier} tier requires`,
      };
}

function controlsCheck(f: SampleFacts, missing: string[]): ReadinessCheck {
  const title = 'Implemented controls with unexpired evidence';
  const applicable = ANNEX_A_CONTROL_IDS.length - f.notApplicable;
  const counts = `${f.implemented.length} of ${plural(
    applicable,
    'applicable control',
  )} implemented, ${f.evidenced.length} with unexpired evidence`;
  if (f.implemented.length === 0) {
    return {
      id: 'controls',
      title,
      pass: false,
      why: `No control is implemented (${counts})`,
    };
  }
  return missing.length > 0
    ? {
        id: 'controls',
        title,
        pass: false,
        why: `${counts}; without evidence: ${missing.join(', ')}`,
      }
    : { id: 'controls', title, pass: true, why: counts };
}

function reviewsCheck(f: SampleFacts): ReadinessCheck {
  const title = 'Reviews and revalidations done on time';
  const done = `${plural(f.doneReviews, 'review')} done in the last 12 months`;
  if (f.overdueReviews > 0 || f.lateReviews > 0) {
    const problems = [
      ...(f.overdueReviews > 0
        ? [`${plural(f.overdueReviews, 'review')} overdue`]
        : []),
      ...(f.lateReviews > 0
        ? [`${plural(f.lateReviews, 'review')} completed late`]
        : []),
    ];
    return {
      id: 'reviews',
      title,
      pass: false,
      why: `${problems.join(', ')}; ${done}`,
    };
  }
  return { id: 'reviews', title, pass: true, why: `None overdue; ${done}` };
}

/** A sampled system with its checks, each pass or fail with why. */
export function sampledSystem(
  system: ReadinessSystem,
  f: SampleFacts,
): ReadinessSampledSystem {
  const missing = f.implemented.filter(id => !f.evidenced.includes(id));
  const checks = [
    riskCheck(f),
    impactCheck(system, f),
    controlsCheck(f, missing),
    reviewsCheck(f),
  ];
  return {
    entityRef: system.entityRef,
    title: system.title,
    link: governanceTab(system.entityRef),
    pass: checks.every(c => c.pass),
    checks,
    controls: {
      applicable: ANNEX_A_CONTROL_IDS.length - f.notApplicable,
      implemented: f.implemented.length,
      evidenced: f.evidenced.length,
      missingEvidence: missing,
    },
  };
}
