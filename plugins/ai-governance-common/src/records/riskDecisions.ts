import { z } from 'zod';
import { TEXT_LIMITS } from './constants';

/** How many proposed risks one decision may settle at once. @public */
export const MAX_RISK_DECISION_IDS = 200;

/** What the owner decides about proposed risks. @public */
export const RISK_DECISIONS = ['confirm', 'dismiss'] as const;
/** A decision about proposed risks. @public */
export type RiskDecisionKind = (typeof RISK_DECISIONS)[number];

/**
 * Body of POST .../risks/decisions: confirm proposed risks (they become
 * `open`) or dismiss them (`closed`, the reason added to the treatment plan).
 * @public
 */
export const riskDecisionSchema = z
  .strictObject({
    ids: z
      .array(z.string().min(1, 'must not be empty'), {
        error: 'must be a list of risk ids',
      })
      .min(1, 'must name at least one risk')
      .max(
        MAX_RISK_DECISION_IDS,
        `must name at most ${MAX_RISK_DECISION_IDS} risks`,
      )
      .refine(ids => new Set(ids).size === ids.length, 'must not repeat an id'),
    decision: z.enum(RISK_DECISIONS, {
      error: 'must be "confirm" or "dismiss"',
    }),
    reason: z
      .string()
      .trim()
      .max(TEXT_LIMITS.short, `must be at most ${TEXT_LIMITS.short} characters`)
      .optional(),
  })
  .superRefine((v, ctx) => {
    // A dismissal without a reason leaves auditors guessing why a suggested
    // risk never counted.
    if (v.decision === 'dismiss' && !v.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'must say why the risks are dismissed',
      });
    }
  });
/** A decision about proposed risks. @public */
export type RiskDecision = z.input<typeof riskDecisionSchema>;
