import {
  fieldProblems,
  riskCreateSchema,
  riskPatchSchema,
  type FieldProblem,
  type Risk,
  type RiskCreate,
  type RiskPatch,
  type RiskScenario,
} from '@aigov/plugin-ai-governance-common';

/** What the risk form holds: text as typed, selects as their option values. */
export interface RiskFormValues {
  title: string;
  description: string;
  category: string;
  /** Library scenario the risk was seeded from; not edited directly. */
  source: string | null;
  lifecycleStage: string;
  likelihood: string;
  impact: string;
  treatment: string;
  treatmentPlan: string;
  controlIds: string[];
  residualLikelihood: string;
  residualImpact: string;
  owner: string;
  status: string;
  dueDate: string;
  nextReviewDate: string;
}

type Field = keyof RiskFormValues;

export const EMPTY_RISK_FORM: RiskFormValues = {
  title: '',
  description: '',
  category: '',
  source: null,
  lifecycleStage: '',
  likelihood: '',
  impact: '',
  treatment: 'mitigate',
  treatmentPlan: '',
  controlIds: [],
  residualLikelihood: '',
  residualImpact: '',
  owner: '',
  status: 'open',
  dueDate: '',
  nextReviewDate: '',
};

const FIELDS = Object.keys(EMPTY_RISK_FORM) as Field[];
/** The fields a risk must have; the form marks them with an asterisk. */
export const REQUIRED_RISK_FIELDS: readonly Field[] = [
  'title',
  'category',
  'lifecycleStage',
  'likelihood',
  'impact',
  'treatment',
  'status',
];

const str = (n: number | null) => (n === null ? '' : String(n));

export function formFromRisk(risk: Risk): RiskFormValues {
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    source: risk.source,
    lifecycleStage: risk.lifecycleStage,
    likelihood: str(risk.likelihood),
    impact: str(risk.impact),
    treatment: risk.treatment,
    treatmentPlan: risk.treatmentPlan,
    controlIds: risk.controlIds,
    residualLikelihood: str(risk.residualLikelihood),
    residualImpact: str(risk.residualImpact),
    owner: risk.owner ?? '',
    status: risk.status,
    dueDate: risk.dueDate ?? '',
    nextReviewDate: risk.nextReviewDate ?? '',
  };
}

/** True when the user changed any field since `baseline`. */
export function isDirty(
  baseline: RiskFormValues,
  values: RiskFormValues,
): boolean {
  return FIELDS.some(
    f => JSON.stringify(baseline[f]) !== JSON.stringify(values[f]),
  );
}

/**
 * The form after "Reload latest": the fields the user changed keep the
 * user's input, the others show the latest version, so the form is what
 * saving would store rather than the stale copy it opened with.
 */
export function mergeReloaded(
  baseline: RiskFormValues,
  values: RiskFormValues,
  latest: RiskFormValues,
): RiskFormValues {
  const merged = { ...latest };
  for (const f of FIELDS) {
    if (JSON.stringify(baseline[f]) !== JSON.stringify(values[f])) {
      (merged as Record<Field, unknown>)[f] = values[f];
    }
  }
  return merged;
}

/** Fills the descriptive fields from a library scenario; keeps who, when and status. */
export function formFromScenario(
  scenario: RiskScenario,
  current: RiskFormValues,
): RiskFormValues {
  return {
    ...current,
    title: scenario.title,
    description: scenario.description,
    category: scenario.category,
    source: scenario.id,
    lifecycleStage: scenario.lifecycleStages[0] ?? current.lifecycleStage,
    likelihood: String(scenario.suggestedLikelihood),
    impact: String(scenario.suggestedImpact),
    treatmentPlan: scenario.suggestedTreatment,
    controlIds: scenario.suggestedControls,
  };
}

const num = (v: string) => (v === '' ? undefined : Number(v));
const orNull = (v: string) => (v.trim() === '' ? null : v);

/** The form as the API sees it: numbers as numbers, blank optional fields as null. */
function apiValues(v: RiskFormValues): Record<Field, unknown> {
  return {
    title: v.title,
    description: v.description,
    category: v.category,
    source: v.source,
    lifecycleStage: v.lifecycleStage || undefined,
    likelihood: num(v.likelihood),
    impact: num(v.impact),
    treatment: v.treatment || undefined,
    treatmentPlan: v.treatmentPlan,
    controlIds: v.controlIds,
    residualLikelihood: num(v.residualLikelihood) ?? null,
    residualImpact: num(v.residualImpact) ?? null,
    owner: orNull(v.owner),
    status: v.status || undefined,
    dueDate: orNull(v.dueDate),
    nextReviewDate: orNull(v.nextReviewDate),
  };
}

export type Validated<T> =
  | { ok: true; body: T }
  | { ok: false; problems: FieldProblem[] };

/** Checks a new risk with the API's own schema, so the messages match the API's. */
export function validateCreate(values: RiskFormValues): Validated<RiskCreate> {
  const body = Object.fromEntries(
    Object.entries(apiValues(values)).filter(
      ([, v]) => v !== null && v !== undefined,
    ),
  );
  const result = riskCreateSchema.safeParse(body);
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, problems: fieldProblems(result.error) };
}

/**
 * The fields the user changed since `baseline`, checked with the API's
 * schema. Only changes are sent, so a save after a reload does not undo
 * what someone else changed in fields this user left alone. `body` is null
 * when nothing changed.
 */
export function validatePatch(
  baseline: RiskFormValues,
  values: RiskFormValues,
): Validated<RiskPatch | null> {
  const before = apiValues(baseline);
  const after = apiValues(values);
  const changed = FIELDS.filter(
    f => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
  );
  // The API checks the residual pair within one request, so send both.
  if (changed.some(f => f === 'residualLikelihood' || f === 'residualImpact')) {
    changed.push(
      ...(['residualLikelihood', 'residualImpact'] as const).filter(
        f => !changed.includes(f),
      ),
    );
  }
  if (changed.length === 0) return { ok: true, body: null };

  // A blank required select would vanish from the JSON and change nothing.
  const blank = changed
    .filter(f => REQUIRED_RISK_FIELDS.includes(f) && after[f] === undefined)
    .map(path => ({ path, message: 'is required' }));
  const body = Object.fromEntries(changed.map(f => [f, after[f]]));
  const result = riskPatchSchema.safeParse(body);
  const problems = [
    ...blank,
    ...(result.success ? [] : fieldProblems(result.error)),
  ];
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, body: result.data };
}

/** The message for one field, including its items (`controlIds[2]`). */
export function problemFor(
  problems: FieldProblem[],
  field: string,
): string | undefined {
  return problems.find(
    p =>
      p.path === field ||
      p.path.startsWith(`${field}[`) ||
      p.path.startsWith(`${field}.`),
  )?.message;
}

/** Problems no form field shows, so they are listed above the form instead. */
export function unplacedProblems(problems: FieldProblem[]): FieldProblem[] {
  return problems.filter(
    p => !FIELDS.some(f => f !== 'source' && problemFor([p], f)),
  );
}
