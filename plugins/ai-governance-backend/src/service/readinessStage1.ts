import {
  READINESS_STAGE1_ITEMS,
  type AimsClausePrefill,
  type Audit,
  type ReadinessStage1,
  type ReadinessStage1Item,
  type ReadinessStage1ItemId,
} from '@aigov/plugin-ai-governance-common';

/*
 * The stage 1 checklist: the documented information an auditor asks for
 * before stage 2. Most items are clauses the gap assessment pre-fills, and
 * say the pre-fill's reason as their why, so the Clauses and Readiness
 * pages never disagree: a pre-fill that is implemented is always present,
 * a gap always missing. Where stage 1 asks only that the records exist (an
 * approved AI policy, objectives, training records, a review held), a
 * partly met clause can still be present; the reason says what is short.
 */

/** What another module's records show for an item. */
export interface Stage1Finding {
  present: boolean;
  why: string;
}

/** Everything the checklist is decided by. */
export interface Stage1Inputs {
  /** The clause pre-fills, by clause id, as GET /aims/clauses answers them. */
  prefills: Map<string, AimsClausePrefill>;
  /** Nonconformities on the systems in scope, and the open ones without a corrective action. */
  nonconformities: { recorded: number; withoutActions: number };
  /** The audits of the current year. */
  auditsThisYear: Audit[];
  year: number;
  /** Whether records exist, for the items that ask only that. */
  findings: Partial<Record<ReadinessStage1ItemId, boolean>>;
}

interface ItemInfo {
  title: string;
  clause: string;
  link: string;
  /** Why it is missing when its clause has no pre-fill. */
  none?: string;
}

const CLAUSES = '/ai-governance/aims/clauses';
const DASHBOARD = '/ai-governance';

const INFO: Record<ReadinessStage1ItemId, ItemInfo> = {
  scope: {
    title: 'Scope of the AI management system',
    clause: '4.3',
    link: '/ai-governance/aims/scope',
    none: 'No scope of the management system is recorded',
  },
  'ai-policy': {
    title: 'AI policy approved by top management',
    clause: '5.2',
    link: '/ai-governance/aims/policies',
    none: 'No AI policy is approved',
  },
  objectives: {
    title: 'AI objectives',
    clause: '6.2',
    link: '/ai-governance/aims/objectives',
    none: 'No AI objective is set',
  },
  'risk-assessment-process': {
    title: 'AI risk assessment process, shown in use',
    clause: '6.1.2',
    link: CLAUSES,
  },
  'risk-treatment': {
    title: 'AI risk treatment of the systems in scope',
    clause: '8.3',
    link: DASHBOARD,
  },
  soa: {
    title: 'Statement of Applicability',
    clause: '6.1.3',
    link: DASHBOARD,
  },
  'impact-assessment-process': {
    title: 'AI impact assessment process, shown in use',
    clause: '6.1.4',
    link: CLAUSES,
  },
  competence: {
    title: 'Competence and training records',
    clause: '7.2',
    link: '/ai-governance/aims/training',
    none: 'No training record is kept',
  },
  'audit-programme': {
    title: 'Internal audit programme',
    clause: '9.2.2',
    link: '/ai-governance/aims/audits',
  },
  'audit-results': {
    title: 'Internal audit results',
    clause: '9.2',
    link: '/ai-governance/aims/audits',
  },
  'management-review': {
    title: 'Management review results',
    clause: '9.3',
    link: '/ai-governance/aims/reviews',
    none: 'No management review was held in the last 12 months',
  },
  nonconformities: {
    title: 'Nonconformities and corrective actions',
    clause: '10.2',
    link: DASHBOARD,
  },
};

const implemented = (p?: AimsClausePrefill) => p?.status === 'implemented';

/** How each item is decided: its clause's pre-fill, or the records it asks for. */
function decide(
  id: ReadinessStage1ItemId,
  inputs: Stage1Inputs,
): Stage1Finding {
  const info = INFO[id];
  const prefill = inputs.prefills.get(info.clause);
  const why = prefill?.reason ?? info.none ?? '';
  switch (id) {
    case 'audit-programme':
      return auditProgramme(inputs);
    case 'nonconformities':
      return nonconformities(inputs, why);
    case 'ai-policy':
    case 'objectives':
    case 'competence':
    case 'management-review':
      // Present once the records exist; the clause may still be partly met.
      return {
        present: implemented(prefill) || inputs.findings[id] === true,
        why,
      };
    default:
      return { present: implemented(prefill), why };
  }
}

function auditProgramme(inputs: Stage1Inputs): Stage1Finding {
  const planned = inputs.auditsThisYear.filter(a => a.status !== 'cancelled');
  if (planned.length === 0) {
    return {
      present: false,
      why: `No internal audit is planned for ${inputs.year}`,
    };
  }
  const n = planned.length;
  return {
    present: true,
    why: `${n} internal audit${n === 1 ? ' is' : 's are'} in the ${
      inputs.year
    } programme: ${planned.map(a => `"${a.title}" (${a.status})`).join(', ')}`,
  };
}

/*
 * The register is in use when nonconformities are recorded on the systems
 * in scope and none of the open ones lacks a corrective action. Overdue
 * actions do not make the records missing (they are operating evidence,
 * which the 10.2 pre-fill weighs); an empty register shows no process at
 * all, since a working management system finds nonconformities.
 */
function nonconformities(inputs: Stage1Inputs, why: string): Stage1Finding {
  const { recorded, withoutActions } = inputs.nonconformities;
  return { present: recorded > 0 && withoutActions === 0, why };
}

/** The checklist in the order of READINESS_STAGE1_ITEMS. */
export function stage1Checklist(inputs: Stage1Inputs): ReadinessStage1 {
  const items = READINESS_STAGE1_ITEMS.map((id): ReadinessStage1Item => {
    const info = INFO[id];
    const { present, why } = decide(id, inputs);
    return {
      id,
      title: info.title,
      clause: info.clause,
      present,
      link: info.link,
      why,
    };
  });
  return {
    items,
    presentCount: items.filter(i => i.present).length,
    total: items.length,
  };
}
