import { z } from 'zod';
import { AIMS_CLAUSES } from '../library/clauses';
import { TEXT_LIMITS } from './constants';

/*
 * The gap assessment of the AI management system itself: one assessment per
 * clause and sub-clause of ISO/IEC 42001 clauses 4 to 10 (AIMS_CLAUSES),
 * recorded by the governance office, beside what the suite can show from its
 * own records (the pre-fill). These are org-level records: they belong to
 * the management system, not to an AI system, so their history events name
 * AIMS_ENTITY_REF.
 */

/** Where a clause stands in the gap assessment. @public */
export const AIMS_CLAUSE_STATUSES = [
  'not-assessed',
  'gap',
  'partial',
  'implemented',
] as const;
/** Where a clause stands in the gap assessment. @public */
export type AimsClauseStatus = (typeof AIMS_CLAUSE_STATUSES)[number];

/**
 * The entity reference the history records org-level AIMS records under;
 * no catalog entity has it.
 * @public
 */
export const AIMS_ENTITY_REF = 'aims:default/management-system';

/** A link to evidence that a clause is met. @public */
export interface AimsEvidenceLink {
  title?: string;
  url: string;
}

/** What the suite can show about a clause from its own records, and why. @public */
export interface AimsClausePrefill {
  status: AimsClauseStatus;
  /** The figures behind it, e.g. "5 of 6 AI systems in scope have an approved risk assessment". */
  reason: string;
}

/** A clause of the library with its assessment. @public */
export interface AimsClauseAssessment {
  /** Clause number, `4`, `4.1`, … `10.2`. */
  id: string;
  parentId?: string;
  title: string;
  /** The recorded status; `not-assessed` while nobody assessed the clause. */
  status: AimsClauseStatus;
  notes: string;
  /** The catalog user or group answering for the clause; null when none. */
  owner: string | null;
  evidenceLinks: AimsEvidenceLink[];
  /** Present on the clauses the suite can show from its records. */
  prefilled?: AimsClausePrefill;
  /** Absent while nobody assessed the clause. */
  version?: number;
  updatedBy?: string;
  updatedAt?: string;
}

/** The readiness of a top-level clause or of the whole assessment. @public */
export interface AimsReadiness {
  /** The top-level clause (`4` … `10`); absent on the overall figure. */
  clauseId?: string;
  /** The clauses counted: those without sub-clauses. */
  counted: number;
  implemented: number;
  partial: number;
  gap: number;
  notAssessed: number;
  /** (implemented + partial ÷ 2) ÷ counted, 0 to 1; 0 when nothing is counted. */
  readiness: number;
}

/** The readiness of every top-level clause, in library order, and overall. @public */
export interface AimsReadinessSummary {
  overall: AimsReadiness;
  clauses: AimsReadiness[];
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const ownerRef = text(TEXT_LIMITS.short)
  .min(1, 'must not be empty')
  .regex(
    /^(group|user):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
    'must be a group or user reference like group:default/ai-governance-office',
  );
const httpUrl = text(TEXT_LIMITS.url)
  .min(1, 'must not be empty')
  .refine(v => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** Most evidence links one clause holds. @public */
export const MAX_AIMS_EVIDENCE_LINKS = 20;

/** Body of PUT /aims/clauses/:id: the whole assessment of one clause. @public */
export const aimsClausePutSchema = z.strictObject({
  status: oneOf(AIMS_CLAUSE_STATUSES),
  notes: text(TEXT_LIMITS.text).default(''),
  owner: ownerRef.nullable().default(null),
  evidenceLinks: z
    .array(
      z.strictObject({
        title: text(TEXT_LIMITS.title).min(1, 'must not be empty').optional(),
        url: httpUrl,
      }),
    )
    .max(
      MAX_AIMS_EVIDENCE_LINKS,
      `must list at most ${MAX_AIMS_EVIDENCE_LINKS} links`,
    )
    .default([]),
});
/** The assessment of one clause as a request sends it. @public */
export type AimsClausePut = z.input<typeof aimsClausePutSchema>;

/**
 * The status readiness counts for a clause: the recorded one once someone
 * assessed it, otherwise what the suite pre-fills, otherwise `not-assessed`.
 * @public
 */
export function effectiveClauseStatus(
  clause: Pick<AimsClauseAssessment, 'status' | 'version' | 'prefilled'>,
): AimsClauseStatus {
  if (clause.version !== undefined) return clause.status;
  return clause.prefilled?.status ?? 'not-assessed';
}

function readinessOf(
  statuses: AimsClauseStatus[],
  clauseId?: string,
): AimsReadiness {
  const count = (s: AimsClauseStatus) => statuses.filter(x => x === s).length;
  const implemented = count('implemented');
  const partial = count('partial');
  return {
    ...(clauseId ? { clauseId } : {}),
    counted: statuses.length,
    implemented,
    partial,
    gap: count('gap'),
    notAssessed: count('not-assessed'),
    readiness: statuses.length
      ? (implemented + partial / 2) / statuses.length
      : 0,
  };
}

/**
 * Readiness per top-level clause and overall: the share of clauses
 * implemented, a partial one counting half. Only clauses without sub-clauses
 * count (a parent groups its sub-clauses, which carry the requirements),
 * each with its {@link effectiveClauseStatus}.
 * @public
 */
export function aimsReadiness(
  items: ReadonlyArray<
    Pick<AimsClauseAssessment, 'id' | 'status' | 'version' | 'prefilled'>
  >,
): AimsReadinessSummary {
  const parents = new Set(
    AIMS_CLAUSES.flatMap(c => (c.parentId ? [c.parentId] : [])),
  );
  const leaves = items.filter(i => !parents.has(i.id));
  const topOf = (id: string) => id.split('.')[0];
  return {
    overall: readinessOf(leaves.map(effectiveClauseStatus)),
    clauses: AIMS_CLAUSES.filter(c => !c.parentId).map(top =>
      readinessOf(
        leaves.filter(i => topOf(i.id) === top.id).map(effectiveClauseStatus),
        top.id,
      ),
    ),
  };
}
