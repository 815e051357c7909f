import type { JsonValue } from '@backstage/types';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { ChangeKind } from '@aigov/plugin-ai-governance-common';

/*
 * Change detection: what of an AiSystem's descriptor is compared between
 * catalog syncs, how two snapshots differ, and which differences are
 * material (call for revalidation). Pure rules; the store keeps the
 * snapshots and the change records.
 */

/** The `spec.type` values that make a dependency an AI dependency. */
export const AI_DEPENDENCY_TYPES = ['ai-model', 'mcp-server', 'llm-api'];

/** The kinds a dependency can be of to count as an AI dependency. */
export const AI_DEPENDENCY_KINDS = ['api', 'resource'];

/** The compared fields of one entity, as the last sync saw them. */
export interface ChangeSnapshot {
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  riskTier: string | null;
  purpose: string | null;
  /** By model name. */
  models: Record<string, { version: string | null; supplier: string | null }>;
  /** Refs of the dependencies that are AI dependencies, sorted. */
  aiDependencies: string[];
}

/** Where an entity came from, stored with each of its change records. */
export interface ChangeOrigin {
  location: string | null;
  commit: string | null;
}

/** One difference between two snapshots. */
export interface Difference {
  field: string;
  change: ChangeKind;
  before: JsonValue | null;
  after: JsonValue | null;
  material: boolean;
}

const text = (v: unknown) =>
  typeof v === 'string' && v.trim() ? v.trim() : null;

/** A ref as stored (lower case), or undefined when it does not parse. */
function refOf(value: unknown, defaultKind: string, namespace: string) {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The refs an entity's `spec.dependsOn` names, normalised. */
export function dependencyRefsOf(entity: Entity): string[] {
  const deps = (entity.spec as { dependsOn?: unknown } | undefined)?.dependsOn;
  const namespace = entity.metadata.namespace ?? 'default';
  if (!Array.isArray(deps)) return [];
  return deps
    .map(d => refOf(d, 'component', namespace))
    .filter((r): r is string => !!r);
}

/** The compared fields of an AiSystem; `isAiDependency` says which refs count. */
export function changeSnapshotOf(
  entity: Entity,
  isAiDependency: (ref: string) => boolean,
): ChangeSnapshot {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const namespace = entity.metadata.namespace ?? 'default';
  const models: ChangeSnapshot['models'] = {};
  for (const model of Array.isArray(spec.models) ? spec.models : []) {
    const name = text((model as { name?: unknown })?.name);
    if (!name) continue;
    models[name] = {
      version: text((model as { version?: unknown }).version),
      supplier: text((model as { supplier?: unknown }).supplier),
    };
  }
  return {
    type: text(spec.type),
    lifecycle: text(spec.lifecycle),
    owner: refOf(spec.owner, 'group', namespace) ?? text(spec.owner),
    riskTier: text(spec.riskTier),
    purpose: text(spec.purpose),
    models,
    aiDependencies: [
      ...new Set(dependencyRefsOf(entity).filter(isAiDependency)),
    ].sort(),
  };
}

/**
 * The commit or ref a `backstage.io/source-location` names: the path
 * segment after `tree`/`blob` (GitHub, GitLab's `/-/`), or an `at`, `ref`
 * or `version` query parameter (Bitbucket, Azure DevOps' `GB`/`GC` prefix
 * dropped). Null when it names none.
 */
export function commitOf(sourceLocation: string | undefined): string | null {
  if (!sourceLocation) return null;
  const url = sourceLocation.replace(/^url:/, '');
  const path = /\/(?:-\/)?(?:tree|blob)\/([^/?#]+)/.exec(url);
  if (path) return decodeURIComponent(path[1]);
  try {
    const params = new URL(url).searchParams;
    for (const name of ['at', 'ref', 'version']) {
      const value = params.get(name);
      if (value) return value.replace(/^G[BC]/, '').replace(/^refs\/\w+\//, '');
    }
  } catch {
    return null;
  }
  return null;
}

/** Where the catalog read an entity, and the commit its source names. */
export function originOf(entity: Entity): ChangeOrigin {
  const a = entity.metadata.annotations ?? {};
  const location =
    a['backstage.io/managed-by-origin-location'] ??
    a['backstage.io/managed-by-location'] ??
    null;
  return { location, commit: commitOf(a['backstage.io/source-location']) };
}

/** Fields whose change calls for revalidation (besides models and AI dependencies). */
const MATERIAL_SCALARS = new Set(['riskTier', 'purpose']);
const SCALARS = ['type', 'lifecycle', 'owner', 'riskTier', 'purpose'] as const;

const kindOf = (before: unknown, after: unknown): ChangeKind => {
  if (before === null) return 'added';
  return after === null ? 'removed' : 'changed';
};

/**
 * Every difference from `before` to `after`, in a stable order (scalars,
 * then models by name, then dependencies), one per changed field.
 */
export function diffSnapshots(
  before: ChangeSnapshot,
  after: ChangeSnapshot,
): Difference[] {
  const out: Difference[] = [];
  for (const key of SCALARS) {
    const [b, a] = [before[key] ?? null, after[key] ?? null];
    if (b === a) continue;
    out.push({
      field: `spec.${key}`,
      change: kindOf(b, a),
      before: b,
      after: a,
      material: MATERIAL_SCALARS.has(key),
    });
  }
  const names = [
    ...new Set([...Object.keys(before.models), ...Object.keys(after.models)]),
  ].sort();
  for (const name of names) {
    const [b, a] = [before.models[name], after.models[name]];
    const field = `spec.models[${name}]`;
    if (!b || !a) {
      out.push({
        field,
        change: b ? 'removed' : 'added',
        before: b ? { name, ...b } : null,
        after: a ? { name, ...a } : null,
        material: true,
      });
      continue;
    }
    for (const part of ['version', 'supplier'] as const) {
      if ((b[part] ?? null) === (a[part] ?? null)) continue;
      out.push({
        field: `${field}.${part}`,
        change: kindOf(b[part] ?? null, a[part] ?? null),
        before: b[part] ?? null,
        after: a[part] ?? null,
        // A new supplier without a new version is the same model
        // re-attributed; a version is what changes behaviour.
        material: part === 'version',
      });
    }
  }
  const had = new Set(before.aiDependencies);
  const has = new Set(after.aiDependencies);
  for (const ref of [...new Set([...had, ...has])].sort()) {
    if (had.has(ref) === has.has(ref)) continue;
    out.push({
      field: `spec.dependsOn[${ref}]`,
      change: has.has(ref) ? 'added' : 'removed',
      before: had.has(ref) ? ref : null,
      after: has.has(ref) ? ref : null,
      // Dropping a dependency narrows what the system relies on.
      material: has.has(ref),
    });
  }
  return out;
}
