import type { FieldProblem } from '@aigov/plugin-ai-governance-common';
import { AiGovernanceApiError } from '../../api';

/*
 * What the views need to know about a failed request, in one place, so no
 * view depends on how the client reports errors.
 */

/** The message of anything thrown, for showing to the user. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** True when the API refused the request for this user (HTTP 403). */
export const isForbidden = (error: unknown): boolean =>
  error instanceof AiGovernanceApiError && error.status === 403;

/** True when the record changed since it was read (HTTP 412). */
export const isConflict = (error: unknown): boolean =>
  error instanceof AiGovernanceApiError && error.isConflict;

/** The field problems an API 400 names, by path; none for other errors. */
export const apiFieldProblems = (error: unknown): FieldProblem[] =>
  error instanceof AiGovernanceApiError ? error.details : [];
