import { z } from 'zod';
import { TEXT_LIMITS } from './constants';
import type { RecordMeta } from './types';

/*
 * The roles of the AI management system (ISO/IEC 42001 5.3, Annex A.3.2):
 * who holds each, as catalog groups and users, and what the role is
 * responsible for. One org-level record, versioned, whose history events
 * name AIMS_ENTITY_REF. Other modules ask who holds a role (approvals by
 * top management, the courses a role requires).
 */

/** The roles of the AIMS, in the order they are shown. @public */
export const AIMS_ROLES = [
  'top-management',
  'aims-owner',
  'governance-office',
  'internal-auditor',
  'risk-owner',
] as const;
/** A role of the AIMS. @public */
export type AimsRole = (typeof AIMS_ROLES)[number];

/** How each role is named. @public */
export const AIMS_ROLE_LABELS: Record<AimsRole, string> = {
  'top-management': 'Top management',
  'aims-owner': 'AIMS owner',
  'governance-office': 'Governance office',
  'internal-auditor': 'Internal auditors',
  'risk-owner': 'Risk owners',
};

/** What each role is responsible for until the organisation says otherwise. @public */
export const DEFAULT_AIMS_ROLE_RESPONSIBILITIES: Record<AimsRole, string> = {
  'top-management':
    'Shows leadership and commitment: approves the AI policy and objectives, provides resources and chairs the management review.',
  'aims-owner':
    'Answers for the management system as a whole: makes sure it meets the standard and reports on its performance to top management.',
  'governance-office':
    'Runs the AIMS day to day: keeps the AI system register, reviews risk and impact assessments and tracks obligations.',
  'internal-auditor':
    'Plans and carries out internal audits of the AIMS, independently of the systems and processes audited.',
  'risk-owner':
    'Accepts and treats the risks of the AI systems they are accountable for, and reviews them on time.',
};

/** One role, who holds it and what it is responsible for. @public */
export interface AimsRoleAssignment {
  role: AimsRole;
  /** Catalog users and groups, entity refs in lower case. */
  holders: string[];
  responsibilities: string;
}

/** The stored roles record: one assignment per role of AIMS_ROLES, in order. @public */
export interface AimsRolesRecord extends RecordMeta {
  /** Always `roles`. */
  id: string;
  /** Always AIMS_ENTITY_REF. */
  entityRef: string;
  roles: AimsRoleAssignment[];
}

/** GET /aims/roles: the record, version 0 and `defined: false` before the first PUT. @public */
export interface AimsRoles extends AimsRolesRecord {
  defined: boolean;
}

/** Most holders of one role. @public */
export const MAX_AIMS_ROLE_HOLDERS = 50;

const holderRef = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.short, `must be at most ${TEXT_LIMITS.short} characters`)
  .regex(
    /^(user|group):[a-z0-9._-]+\/[a-zA-Z0-9._@-]+$/i,
    'must be a user or group reference like group:default/ai-governance-office',
  );

/** Body of PUT /aims/roles: each role at most once; a role left out has no holders and its default responsibilities. @public */
export const aimsRolesPutSchema = z.strictObject({
  roles: z
    .array(
      z.strictObject({
        role: z.enum(AIMS_ROLES, {
          error: `must be one of ${AIMS_ROLES.join(', ')}`,
        }),
        holders: z
          .array(holderRef)
          .max(
            MAX_AIMS_ROLE_HOLDERS,
            `must list at most ${MAX_AIMS_ROLE_HOLDERS} items`,
          )
          .refine(
            l =>
              new Set(l.map(r => r.toLocaleLowerCase('en-US'))).size ===
              l.length,
            'must not list a holder twice',
          )
          .default([]),
        responsibilities: z
          .string()
          .trim()
          .max(
            TEXT_LIMITS.text,
            `must be at most ${TEXT_LIMITS.text} characters`,
          )
          .default(''),
      }),
    )
    .max(AIMS_ROLES.length, `must list at most ${AIMS_ROLES.length} roles`)
    .refine(
      l => new Set(l.map(r => r.role)).size === l.length,
      'must not list a role twice',
    ),
});
/** The roles as a PUT sends them. @public */
export type AimsRolesPut = z.input<typeof aimsRolesPutSchema>;

/**
 * Every role in AIMS_ROLES order from what was sent or stored: a role
 * missing has no holders, an empty description the default one. @public
 */
export function completeAimsRoles(
  given: Array<{
    role: AimsRole;
    holders?: string[];
    responsibilities?: string;
  }>,
): AimsRoleAssignment[] {
  return AIMS_ROLES.map(role => {
    const found = given.find(g => g.role === role);
    return {
      role,
      holders: (found?.holders ?? []).map(h => h.toLocaleLowerCase('en-US')),
      responsibilities:
        found?.responsibilities || DEFAULT_AIMS_ROLE_RESPONSIBILITIES[role],
    };
  });
}
