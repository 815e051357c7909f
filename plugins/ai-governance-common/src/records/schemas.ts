import { z } from 'zod';
import { ANNEX_A_CONTROL_IDS } from '../library';
import {
  ASSESSMENT_TYPES,
  CONTROL_STATUSES,
  EVIDENCE_KINDS,
  LIFECYCLE_STAGES,
  RISK_TREATMENTS,
  TEXT_LIMITS,
} from './constants';

/*
 * Request bodies of the governance API. The backend validates with these and
 * the forms reuse them, so a form shows the same message the API would send.
 * Every object is strict: unknown fields are errors, not silently dropped.
 */

/** An enum whose message lists the choices in words a form can show. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');

/** A name without path separators, control characters or dot segments. */
function isPlainFileName(name: string): boolean {
  for (const ch of name) {
    if (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32) return false;
  }
  return name !== '.' && name !== '..';
}

/** A calendar date, YYYY-MM-DD. @public */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(v => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'must be a real calendar date');

/** A timestamp (ISO 8601 with zone) or a date. @public */
export const isoDateTimeSchema = z.union(
  [isoDateSchema, z.iso.datetime({ offset: true })],
  { error: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp' },
);

const entityRef = required(TEXT_LIMITS.short).regex(
  /^[a-z0-9]+:[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
  'must be a full entity reference like group:default/payments-risk',
);
const likelihood = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 to 5')
  .max(5, 'must be 1 to 5');
const controlId = z.string().refine(id => ANNEX_A_CONTROL_IDS.includes(id), {
  error: issue => `${JSON.stringify(issue.input)} is not an Annex A control id`,
});
const controlIds = z.array(controlId).max(ANNEX_A_CONTROL_IDS.length);
const httpUrl = required(TEXT_LIMITS.url).refine(v => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be an http or https URL');

const riskFields = {
  title: required(TEXT_LIMITS.title),
  description: text(TEXT_LIMITS.text).optional(),
  category: required(TEXT_LIMITS.short),
  source: required(TEXT_LIMITS.short).nullable().optional(),
  lifecycleStage: oneOf(LIFECYCLE_STAGES),
  likelihood,
  impact: likelihood,
  treatment: oneOf(RISK_TREATMENTS),
  treatmentPlan: text(TEXT_LIMITS.text).optional(),
  controlIds: controlIds.optional(),
  residualLikelihood: likelihood.nullable().optional(),
  residualImpact: likelihood.nullable().optional(),
  owner: entityRef.nullable().optional(),
  // `accepted` is reached only through the accept flow, never set directly.
  status: z.enum(['open', 'treating', 'closed'], {
    error:
      'must be "open", "treating" or "closed" (risks are accepted through the accept endpoint)',
  }),
  dueDate: isoDateSchema.nullable().optional(),
  nextReviewDate: isoDateSchema.nullable().optional(),
};

function residualPair(
  value: { residualLikelihood?: number | null; residualImpact?: number | null },
  ctx: z.RefinementCtx,
) {
  const l = value.residualLikelihood;
  const i = value.residualImpact;
  if (l !== undefined && i !== undefined && (l === null) !== (i === null)) {
    ctx.addIssue({
      code: 'custom',
      path: [l === null ? 'residualLikelihood' : 'residualImpact'],
      message: 'residual likelihood and impact are set together',
    });
  }
}

/** Body of POST .../risks. @public */
export const riskCreateSchema = z
  .strictObject({
    ...riskFields,
    treatment: riskFields.treatment.default('mitigate'),
    // Only a new risk may start as `proposed`: afterwards it leaves that
    // state through the decisions endpoint, never back into it.
    status: z
      .enum(['proposed', 'open', 'treating', 'closed'], {
        error:
          'must be "proposed", "open", "treating" or "closed" (risks are accepted through the accept endpoint)',
      })
      .default('open'),
  })
  .superRefine((v, ctx) => {
    residualPair(
      {
        residualLikelihood: v.residualLikelihood ?? null,
        residualImpact: v.residualImpact ?? null,
      },
      ctx,
    );
  });
/** A new risk. @public */
export type RiskCreate = z.input<typeof riskCreateSchema>;

/** Body of PATCH /risks/:id: any subset; null clears an optional field. @public */
export const riskPatchSchema = z
  .strictObject(riskFields)
  .partial()
  .superRefine(residualPair)
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** Changes to a risk. @public */
export type RiskPatch = z.input<typeof riskPatchSchema>;

/** Body of POST /risks/:id/accept. @public */
export const riskAcceptSchema = z.strictObject({
  expiresAt: isoDateSchema.refine(
    v => v > new Date().toISOString().slice(0, 10),
    'must be in the future',
  ),
  note: text(TEXT_LIMITS.text).optional(),
});
/** Accepting a risk. @public */
export type RiskAccept = z.input<typeof riskAcceptSchema>;

/** Body of PUT .../controls/:controlId, one Statement of Applicability row. @public */
export const controlPutSchema = z
  .strictObject({
    applicable: z.boolean(),
    justification: text(TEXT_LIMITS.text).nullable().optional(),
    status: oneOf(CONTROL_STATUSES).default('not-started'),
    owner: entityRef.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.applicable && !v.justification) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'is required when the control is not applicable',
      });
    }
  });
/** A control's applicability and status. @public */
export type ControlPut = z.input<typeof controlPutSchema>;

/** Body of POST .../evidence: a link, or a file whose content is PUT next. @public */
export const evidenceCreateSchema = z
  .strictObject({
    title: required(TEXT_LIMITS.title),
    kind: oneOf(EVIDENCE_KINDS),
    url: httpUrl.optional(),
    fileName: required(TEXT_LIMITS.fileName)
      .refine(isPlainFileName, 'must be a plain file name')
      .optional(),
    mediaType: required(TEXT_LIMITS.short)
      .regex(
        /^[\w.+-]+\/[\w.+-]+$/,
        'must be a media type like application/pdf',
      )
      .optional(),
    collectedAt: isoDateTimeSchema,
    expiresAt: isoDateTimeSchema.nullable().optional(),
    controlIds: controlIds.default([]),
    riskIds: z.array(z.uuid('must be a risk id')).max(100).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.url === !v.fileName) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'give either url or fileName',
      });
    }
    if (v.expiresAt && v.expiresAt < v.collectedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresAt'],
        message: 'must not be before collectedAt',
      });
    }
  });
/** New evidence. @public */
export type EvidenceCreate = z.input<typeof evidenceCreateSchema>;

/**
 * Limits of free-form JSON (assessment `answers` and `result`): at most 32
 * levels of nested objects and arrays, and at most 256 KiB (262 144 bytes)
 * of UTF-8 as serialised JSON. JSON.parse accepts any depth, but validating,
 * hashing and storing a value recurse once per level, so a value nested a
 * few thousand levels deep overflowed the stack (a 500). The OpenAPI text
 * of the backend should give the same numbers. @public
 */
export const JSON_LIMITS = { maxDepth: 32, maxBytes: 256 * 1024 } as const;

/**
 * Whether objects and arrays in `value` nest deeper than `maxDepth` (a
 * top-level `{}` is one level). Iterative, so any depth, or a cycle in a
 * value a form built, is measured without recursion.
 */
function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (level > maxDepth) return true;
    for (const child of Object.values(node)) stack.push([child, level + 1]);
  }
  return false;
}

/** Bytes of `value` as UTF-8 JSON; undefined when it is not serialisable (z.json() then says why). */
function jsonBytes(value: unknown): number | undefined {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : new TextEncoder().encode(json).length;
  } catch {
    return undefined;
  }
}

/**
 * Free-form JSON checked by `schema` (by default any JSON value) once it is
 * known to be within {@link JSON_LIMITS}. Depth and size are checked first,
 * without recursion, so `schema` (z.json() recurses per level) never sees a
 * value it could not handle. @public
 */
export function boundedJson<
  S extends z.ZodType<unknown, any> = z.ZodJSONSchema,
>(
  schema: S = z.json() as unknown as S,
  limits: { maxDepth?: number; maxBytes?: number } = {},
) {
  const { maxDepth, maxBytes } = { ...JSON_LIMITS, ...limits };
  return z
    .custom<z.input<S>>()
    .superRefine((value, ctx) => {
      if (nestedDeeperThan(value, maxDepth)) {
        ctx.addIssue({
          code: 'custom',
          message: `is nested deeper than ${maxDepth} levels`,
          abort: true,
        });
        return;
      }
      const bytes = jsonBytes(value);
      if (bytes !== undefined && bytes > maxBytes) {
        ctx.addIssue({
          code: 'custom',
          message: `is larger than ${maxBytes / 1024} KiB as JSON`,
          abort: true,
        });
      }
    })
    .pipe(schema);
}

// Answers keep their documented 100 000 characters besides the general limits.
const answers = boundedJson(
  z
    .record(z.string().max(TEXT_LIMITS.short), z.json())
    .refine(
      v => JSON.stringify(v).length <= 100_000,
      'must be at most 100 000 characters as JSON',
    ),
);
const result = boundedJson().nullable().optional();

/** Body of POST .../assessments. @public */
export const assessmentCreateSchema = z.strictObject({
  type: oneOf(ASSESSMENT_TYPES),
  answers: answers.default({}),
  result,
});
/** A new assessment. @public */
export type AssessmentCreate = z.input<typeof assessmentCreateSchema>;

/** Body of PATCH /assessments/:id. Approval has its own endpoint. @public */
export const assessmentPatchSchema = z
  .strictObject({
    answers: answers.optional(),
    result,
    status: z
      .enum(['draft', 'in-review'], {
        error:
          'must be "draft" or "in-review" (assessments are approved through the approve endpoint)',
      })
      .optional(),
  })
  .refine(v => Object.keys(v).length > 0, {
    error: 'must change at least one field',
  });
/** Changes to an assessment. @public */
export type AssessmentPatch = z.input<typeof assessmentPatchSchema>;

/** Body of POST /assessments/:id/approve. @public */
export const assessmentApproveSchema = z.strictObject({
  note: text(TEXT_LIMITS.text).optional(),
});

/** A Statement of Applicability row of a baseline: the control id and its row. */
const baselineControlSchema = z
  .looseObject({ controlId })
  .transform((value, ctx) => {
    const { controlId: id, ...row } = value;
    const parsed = controlPutSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
      return z.NEVER;
    }
    return { controlId: id, ...parsed.data };
  });

/**
 * Body of POST .../baseline: the initial records of a newly onboarded AI
 * system, written together. `requestId` makes a retried request harmless.
 * @public
 */
export const baselineCreateSchema = z.strictObject({
  requestId: required(TEXT_LIMITS.short).regex(
    /^[\w.:@/-]+$/,
    'must use only letters, digits and . _ : @ / -',
  ),
  assessment: assessmentCreateSchema,
  risks: z.array(riskCreateSchema).max(200, 'must have at most 200 risks'),
  controls: z
    .array(baselineControlSchema)
    .max(ANNEX_A_CONTROL_IDS.length)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.controlId)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'controlId'],
            message: `${row.controlId} appears more than once`,
          });
        }
        seen.add(row.controlId);
      });
    }),
});
/** The initial records of an AI system. @public */
export type BaselineCreate = z.input<typeof baselineCreateSchema>;
