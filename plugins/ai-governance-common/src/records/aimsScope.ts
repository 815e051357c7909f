import { z } from 'zod';
import type { AiOperatorRole } from '../kinds/AiSystemEntityV1alpha1';
import { TEXT_LIMITS } from './constants';
import { isoDateSchema } from './schemas';
import type { RecordMeta } from './types';

/*
 * The scope and context of the AI management system (ISO/IEC 42001 4.1 to
 * 4.4): one org-level record, versioned, whose history events name
 * AIMS_ENTITY_REF. The AI systems in scope are not listed in it: the record
 * holds a filter over the catalog, resolved whenever the scope is read, so a
 * new AI system (or one leaving `experimental`) is in scope without an edit.
 */

/** The roles an organisation plays under the EU AI Act (Art. 3), as for one AI system's operatorRoles. @public */
export const AI_ACT_ROLES = [
  'provider',
  'deployer',
  'importer',
  'distributor',
  'product-manufacturer',
  'authorised-representative',
] as const satisfies readonly AiOperatorRole[];
/** A role under the EU AI Act. @public */
export type AiActRole = (typeof AI_ACT_ROLES)[number];

/** Where an issue of the organisation's context arises (4.1). @public */
export const AIMS_ISSUE_KINDS = ['internal', 'external'] as const;
/** Where an issue arises. @public */
export type AimsIssueKind = (typeof AIMS_ISSUE_KINDS)[number];

/** An AI system left out of scope on purpose, and why. @public */
export interface AimsScopeExclusion {
  entityRef: string;
  justification: string;
}

/**
 * Which AiSystems of the catalog are in scope: every one whose lifecycle is
 * not excluded, limited to the catalog Systems and Domains named (when
 * any), except the explicit exclusions. @public
 */
export interface AimsScopeFilter {
  /** Lifecycles left out, e.g. `experimental`. */
  excludeLifecycles: string[];
  /** When not empty, only AI systems part of these catalog Systems (`system:` refs). */
  systems: string[];
  /** When not empty, only AI systems whose System is in these Domains (`domain:` refs). */
  domains: string[];
  exclusions: AimsScopeExclusion[];
}

/** The scope filter before one is recorded: every AiSystem that is not experimental. @public */
export const DEFAULT_AIMS_SCOPE_FILTER: AimsScopeFilter = {
  excludeLifecycles: ['experimental'],
  systems: [],
  domains: [],
  exclusions: [],
};

/** An internal or external issue that affects the management system (4.1). @public */
export interface AimsIssue {
  id: string;
  kind: AimsIssueKind;
  description: string;
  /** How the issue affects what the AIMS must achieve. */
  effect: string;
  /** When the issue was added or last changed (set by the service). */
  updatedAt: string;
}

/** Feedback an interested party gave, read by the management review (9.3). @public */
export interface InterestedPartyFeedback {
  /** YYYY-MM-DD. */
  date: string;
  text: string;
}

/** An interested party and what it requires of the AIMS (4.2). @public */
export interface InterestedParty {
  id: string;
  name: string;
  requirements: string[];
  feedback: InterestedPartyFeedback[];
}

/** What the scope record says, as a PUT sends it and the store keeps it. @public */
export interface AimsScopeContent {
  /** The scope statement (4.3). */
  statement: string;
  /** Its boundaries: organisational units, sites, activities left in or out. */
  boundaries: string;
  filter: AimsScopeFilter;
  issues: AimsIssue[];
  interestedParties: InterestedParty[];
  /** The roles the organisation plays for its AI systems. */
  organisationRoles: AiActRole[];
}

/** The stored scope record. @public */
export interface AimsScopeRecord extends AimsScopeContent, RecordMeta {
  /** Always `scope`: there is one. */
  id: string;
  /** Always AIMS_ENTITY_REF. */
  entityRef: string;
}

/** An AiSystem of the catalog as the scope resolves it. @public */
export interface AimsScopedSystem {
  entityRef: string;
  title: string;
  ownerRef: string | null;
  lifecycle: string | null;
  tier: string | null;
  /** The catalog System it is part of, and that System's Domain. */
  system: string | null;
  domain: string | null;
  inScope: boolean;
  /** Why it is in or out, in words. */
  reason: string;
}

/** GET /aims/scope: the record (version 0 and `defined: false` before the first PUT) and the systems resolved now. @public */
export interface AimsScope extends AimsScopeRecord {
  defined: boolean;
  systems: AimsScopedSystem[];
}

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const refOf = (kind: string, example: string) =>
  required(TEXT_LIMITS.short).regex(
    new RegExp(`^${kind}:[a-z0-9._-]+/[a-zA-Z0-9._@-]+$`, 'i'),
    `must be a ${kind} reference like ${example}`,
  );
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `must list at most ${max} items`);
const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  list(item, max).refine(
    l => new Set(l.map(v => v.toLocaleLowerCase('en-US'))).size === l.length,
    'must not list an item twice',
  );

/** Most issues, parties, requirements, feedback items or exclusions of one list. @public */
export const MAX_AIMS_SCOPE_ITEMS = 100;

/** Body of PUT /aims/scope: the whole record; ids of issues and parties are kept when sent, given when not. @public */
export const aimsScopePutSchema = z.strictObject({
  statement: required(TEXT_LIMITS.text),
  boundaries: text(TEXT_LIMITS.text).default(''),
  filter: z
    .strictObject({
      // Left out, experimental systems stay out as in the default filter.
      excludeLifecycles: unique(required(64), MAX_AIMS_SCOPE_ITEMS).default([
        ...DEFAULT_AIMS_SCOPE_FILTER.excludeLifecycles,
      ]),
      systems: unique(
        refOf('system', 'system:default/payments'),
        MAX_AIMS_SCOPE_ITEMS,
      ).default([]),
      domains: unique(
        refOf('domain', 'domain:default/retail-banking'),
        MAX_AIMS_SCOPE_ITEMS,
      ).default([]),
      exclusions: list(
        z.strictObject({
          entityRef: refOf('aisystem', 'aisystem:default/support-assistant'),
          justification: required(TEXT_LIMITS.text),
        }),
        MAX_AIMS_SCOPE_ITEMS,
      )
        .refine(
          l =>
            new Set(l.map(e => e.entityRef.toLocaleLowerCase('en-US'))).size ===
            l.length,
          'must not exclude an AI system twice',
        )
        .default([]),
    })
    .default(DEFAULT_AIMS_SCOPE_FILTER),
  issues: list(
    z.strictObject({
      id: required(64).optional(),
      kind: oneOf(AIMS_ISSUE_KINDS),
      description: required(TEXT_LIMITS.text),
      effect: text(TEXT_LIMITS.text).default(''),
    }),
    MAX_AIMS_SCOPE_ITEMS,
  ).default([]),
  interestedParties: list(
    z.strictObject({
      id: required(64).optional(),
      name: required(TEXT_LIMITS.title),
      requirements: list(
        required(TEXT_LIMITS.text),
        MAX_AIMS_SCOPE_ITEMS,
      ).default([]),
      feedback: list(
        z.strictObject({
          date: isoDateSchema,
          text: required(TEXT_LIMITS.text),
        }),
        MAX_AIMS_SCOPE_ITEMS,
      ).default([]),
    }),
    MAX_AIMS_SCOPE_ITEMS,
  ).default([]),
  organisationRoles: unique(oneOf(AI_ACT_ROLES), AI_ACT_ROLES.length).default(
    [],
  ),
});
/** The scope as a PUT sends it. @public */
export type AimsScopePut = z.input<typeof aimsScopePutSchema>;

/** What the filter decides for one AI system, and why. @public */
export function scopeDecision(
  system: Pick<
    AimsScopedSystem,
    'entityRef' | 'lifecycle' | 'system' | 'domain'
  >,
  filter: AimsScopeFilter,
): { inScope: boolean; reason: string } {
  const ref = system.entityRef.toLocaleLowerCase('en-US');
  const lower = (l: string[]) => l.map(v => v.toLocaleLowerCase('en-US'));
  const excluded = filter.exclusions.find(
    e => e.entityRef.toLocaleLowerCase('en-US') === ref,
  );
  if (excluded) {
    return { inScope: false, reason: `Excluded: ${excluded.justification}` };
  }
  const lifecycle = system.lifecycle?.toLocaleLowerCase('en-US');
  if (lifecycle && lower(filter.excludeLifecycles).includes(lifecycle)) {
    return {
      inScope: false,
      reason: `Lifecycle ${system.lifecycle} is outside the scope`,
    };
  }
  const sys = system.system?.toLocaleLowerCase('en-US') ?? null;
  const dom = system.domain?.toLocaleLowerCase('en-US') ?? null;
  const bySystem = filter.systems.length > 0;
  const byDomain = filter.domains.length > 0;
  if (bySystem || byDomain) {
    if (bySystem && sys && lower(filter.systems).includes(sys)) {
      return { inScope: true, reason: `Part of ${system.system}, in scope` };
    }
    if (byDomain && dom && lower(filter.domains).includes(dom)) {
      return { inScope: true, reason: `In the domain ${system.domain}` };
    }
    return {
      inScope: false,
      reason: 'Not part of a catalog System or Domain the scope names',
    };
  }
  return {
    inScope: true,
    reason: system.lifecycle
      ? `An AiSystem of the catalog, lifecycle ${system.lifecycle}`
      : 'An AiSystem of the catalog',
  };
}

/** The filter in words, as the Scope page and the 4.3 pre-fill say it. @public */
export function describeScopeFilter(filter: AimsScopeFilter): string {
  const parts = ['Every AiSystem of the catalog'];
  if (filter.excludeLifecycles.length > 0) {
    parts.push(
      `whose lifecycle is not ${filter.excludeLifecycles.join(' or ')}`,
    );
  }
  const within = [...filter.systems, ...filter.domains];
  if (within.length > 0) parts.push(`part of ${within.join(' or ')}`);
  const exclusions = filter.exclusions.length;
  let words = parts.join(', ');
  if (exclusions > 0) {
    words += `, except ${exclusions} AI system${
      exclusions === 1 ? '' : 's'
    } excluded with a justification`;
  }
  return words;
}
