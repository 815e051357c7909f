/*
 * The records of the seeded AI systems, generated from a seeded PRNG so
 * every run seeds the same data set: a spread of maturity (exemplary, good,
 * lagging) so the org roll-up sees every scorecard level. Rows are in the
 * plugin's table layout, ready for multi-row INSERTs (bench/records/seed.mjs).
 */

import { randomUUID } from 'node:crypto';
import {
  CONTROL_IDS,
  EVIDENCE_KINDS,
  LIFECYCLE_STAGES,
  RISK_LEVELS,
  RISKS_PER_SYSTEM,
  riskLevel,
} from './model.mjs';

const DAY = 86_400_000;
// Risk categories are free text in the plugin; these are the usual ones.
const CATEGORIES = [
  'fairness',
  'privacy',
  'robustness',
  'transparency',
  'security',
  'accountability',
  'safety',
];
export const GROUP_ROOT = 'group:default/bench-org';
const DIVISIONS = 5;
const TEAMS = 50;
const teamRef = t => `group:default/bench-team-${String(t).padStart(2, '0')}`;
const divisionRef = d => `group:default/bench-division-${d}`;
const systemName = i => `bench-ai-${String(i).padStart(6, '0')}`;

/** A seeded PRNG (mulberry32), so the data set is the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The catalog groups: one root, 5 divisions and 50 teams that own the
 * systems, so the hierarchy is two levels deep.
 */
export function benchGroups() {
  return [
    { group_ref: GROUP_ROOT, parent_ref: null },
    ...Array.from({ length: DIVISIONS }, (_, d) => ({
      group_ref: divisionRef(d),
      parent_ref: GROUP_ROOT,
    })),
    ...Array.from({ length: TEAMS }, (_, t) => ({
      group_ref: teamRef(t),
      parent_ref: divisionRef(t % DIVISIONS),
    })),
  ];
}

/**
 * Generates the records of systems [from, to): a spread of maturity so the
 * org roll-up sees every scorecard level.
 */
export function generate(rng, from, to, todayMs, isPg) {
  const pick = list => list[Math.floor(rng() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const date = offsetDays =>
    new Date(todayMs + offsetDays * DAY).toISOString().slice(0, 10);
  const stampAt = offsetDays =>
    new Date(todayMs + offsetDays * DAY + between(0, DAY - 1)).toISOString();
  const bool = v => (isPg ? v : v ? 1 : 0);
  const author = 'user:default/bench-author';
  const meta = createdDaysAgo => {
    const created = stampAt(-createdDaysAgo);
    const updated = stampAt(-between(0, createdDaysAgo));
    return {
      version: between(1, 4),
      created_at: created,
      created_by: author,
      updated_at: updated < created ? created : updated,
      updated_by: 'user:default/bench-reviewer',
    };
  };
  const out = {
    entities: [],
    controls: [],
    risks: [],
    evidence: [],
    links: [],
    assessments: [],
    owned: [],
  };
  const syncedAt = new Date(todayMs).toISOString();
  for (let i = from; i < to; i++) {
    const name = systemName(i);
    const ref = `aisystem:default/${name}`;
    const owner =
      rng() < 0.02 ? null : teamRef(Math.floor(TEAMS * rng() ** 1.4));
    const r = rng();
    // exemplary: everything in order; good: mostly; lagging: a backlog.
    const profile = r < 0.15 ? 'exemplary' : r < 0.5 ? 'good' : 'lagging';
    const maturity =
      profile === 'exemplary'
        ? 1
        : profile === 'good'
        ? 0.8 + 0.2 * rng()
        : 0.15 + 0.6 * rng();
    const t = rng();
    const tier =
      t < 0.02
        ? 'prohibited'
        : t < 0.15
        ? 'high'
        : t < 0.55
        ? 'limited'
        : t < 0.97
        ? 'minimal'
        : null;
    out.entities.push({
      entity_ref: ref,
      kind: 'aisystem',
      title: `Bench AI system ${i}`,
      owner_ref: owner,
      risk_tier: tier,
      purpose:
        rng() < 0.93
          ? `Decides or assists with business process ${
              i % 97
            } for customers of line ${i % 13}.`
          : null,
      lifecycle: pick([
        'production',
        'production',
        'experimental',
        'deprecated',
      ]),
      synced_at: syncedAt,
    });
    if (owner) out.owned.push(name);

    // Statement of Applicability: one row per Annex A control.
    const implemented = [];
    for (const controlId of CONTROL_IDS) {
      const applicable = profile === 'exemplary' ? rng() < 0.92 : rng() < 0.86;
      const done = applicable && rng() < maturity;
      if (done) implemented.push(controlId);
      const status = done
        ? 'implemented'
        : applicable
        ? pick(['not-started', 'planned', 'in-progress', 'in-progress'])
        : 'not-started';
      out.controls.push({
        entity_ref: ref,
        control_id: controlId,
        applicable: bool(applicable),
        justification: applicable
          ? null
          : 'Not relevant to this system: no such processing takes place.',
        status,
        owner_ref: owner,
        due_date:
          !done && applicable && rng() < 0.7 ? date(between(-120, 240)) : null,
        ...meta(between(30, 400)),
      });
    }

    // Risks.
    const riskIds = [];
    for (let j = 0; j < RISKS_PER_SYSTEM; j++) {
      const id = randomUUID();
      riskIds.push(id);
      const likelihood = between(1, 5);
      const impact = between(1, 5);
      const score = likelihood * impact;
      const s = rng();
      const status =
        profile === 'lagging'
          ? s < 0.35
            ? 'open'
            : s < 0.7
            ? 'treating'
            : s < 0.8
            ? 'accepted'
            : 'closed'
          : s < 0.45
          ? 'treating'
          : s < 0.55
          ? 'accepted'
          : 'closed';
      const treatment =
        status === 'accepted'
          ? 'accept'
          : pick(['mitigate', 'mitigate', 'mitigate', 'transfer', 'avoid']);
      const withPlan =
        status !== 'treating' || profile !== 'lagging' || rng() < 0.8;
      const acceptedExpired =
        status === 'accepted' && profile === 'lagging' && rng() < 0.3;
      const residual = status === 'treating' || status === 'closed';
      const rl = residual ? between(1, likelihood) : null;
      const ri = residual ? between(1, impact) : null;
      out.risks.push({
        id,
        entity_ref: ref,
        title: `${pick(CATEGORIES)} risk ${j + 1} of ${name}`,
        description:
          'The model may produce outcomes that differ across customer groups or degrade when input data drifts; see the risk assessment for the scenario and its evaluation.',
        category: pick(CATEGORIES),
        source: rng() < 0.5 ? 'ISO/IEC 23894' : null,
        lifecycle_stage: pick(LIFECYCLE_STAGES),
        likelihood,
        impact,
        score,
        level: riskLevel(score),
        treatment,
        treatment_plan:
          withPlan && status !== 'open'
            ? 'Add monitoring, a fallback to manual review and quarterly re-validation.'
            : '',
        control_ids: JSON.stringify(
          Array.from({ length: between(1, 3) }, () => pick(CONTROL_IDS)).filter(
            (v, k, a) => a.indexOf(v) === k,
          ),
        ),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_score: residual ? rl * ri : null,
        residual_level: residual ? riskLevel(rl * ri) : null,
        owner_ref: owner,
        status,
        due_date:
          status === 'open' || status === 'treating'
            ? date(profile === 'lagging' ? between(-60, 200) : between(10, 200))
            : null,
        next_review_date:
          status === 'closed'
            ? null
            : date(profile === 'lagging' ? between(-90, 270) : between(5, 270)),
        accepted_by:
          status === 'accepted' ? 'user:default/bench-approver' : null,
        accepted_at: status === 'accepted' ? stampAt(-between(30, 300)) : null,
        acceptance_expires_at:
          status === 'accepted'
            ? date(acceptedExpired ? between(-60, -1) : between(30, 365))
            : null,
        ...meta(between(30, 500)),
      });
    }

    // Evidence: exemplary systems cover every implemented control with
    // current evidence; the others have a few items, some of them expired.
    const evidenceCount = profile === 'exemplary' ? 3 : between(1, 4);
    const pool = [...implemented];
    for (let k = 0; k < evidenceCount; k++) {
      const id = randomUUID();
      const file = rng() < 0.3;
      const e = rng();
      const expires =
        profile === 'exemplary'
          ? rng() < 0.5
            ? null
            : stampAt(between(60, 700))
          : e < 0.12
          ? stampAt(-between(1, 200))
          : e < 0.7
          ? stampAt(between(1, 700))
          : null;
      out.evidence.push({
        id,
        entity_ref: ref,
        title: `${pick(EVIDENCE_KINDS)} for ${name} #${k + 1}`,
        kind: pick(EVIDENCE_KINDS),
        url: file ? null : `https://docs.example.com/${name}/evidence-${k + 1}`,
        file_name: file ? `evidence-${k + 1}.pdf` : null,
        media_type: file ? 'application/pdf' : null,
        size: file ? between(10_000, 2_000_000) : null,
        sha256: file ? randomUUID().replace(/-/g, '').padEnd(64, '0') : null,
        collected_at: stampAt(-between(1, 300)),
        expires_at: expires,
        ...meta(between(1, 300)),
      });
      let targets;
      if (profile === 'exemplary') {
        // Partition the implemented controls among the items.
        targets = implemented.filter((_, n) => n % evidenceCount === k);
      } else {
        targets = [];
        const want = Math.min(pool.length, between(2, 8));
        for (let n = 0; n < want; n++)
          targets.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
      }
      for (const controlId of targets) {
        out.links.push({
          evidence_id: id,
          entity_ref: ref,
          target_type: 'control',
          target_id: controlId,
        });
      }
      const linkedRisks = new Set(
        Array.from({ length: between(0, 2) }, () => pick(riskIds)),
      );
      for (const riskId of linkedRisks) {
        out.links.push({
          evidence_id: id,
          entity_ref: ref,
          target_type: 'risk',
          target_id: riskId,
        });
      }
    }

    // Assessments.
    const assess = (type, approvedChance) => {
      const approved = rng() < approvedChance;
      out.assessments.push({
        id: randomUUID(),
        entity_ref: ref,
        type,
        answers: JSON.stringify({
          intendedUse:
            'Scores applications for the business process it supports.',
          affectedPersons: ['customers', 'applicants'],
          automatedDecision: rng() < 0.5,
          humanOversight: 'A case handler reviews every adverse outcome.',
          dataSources: ['core banking', 'credit bureau'],
          personalData: true,
        }),
        result: approved
          ? JSON.stringify({
              level: pick(RISK_LEVELS),
              summary: 'Acceptable with the listed treatments.',
            })
          : null,
        status: approved ? 'approved' : pick(['draft', 'in-review']),
        approved_by: approved ? 'user:default/bench-approver' : null,
        approved_at: approved ? stampAt(-between(1, 300)) : null,
        ...meta(between(1, 400)),
      });
    };
    assess('risk', profile === 'lagging' ? 0.5 : 0.97);
    if (tier === 'high' || tier === 'prohibited' || rng() < 0.3) {
      assess(
        'impact',
        profile === 'exemplary' ? 1 : profile === 'good' ? 0.7 : 0.3,
      );
    }
    if (rng() < 0.5) assess('eu-ai-act-classification', 0.6);
  }
  return out;
}
