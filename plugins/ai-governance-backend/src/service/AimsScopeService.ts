import { randomUUID } from 'node:crypto';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AIMS_ENTITY_REF,
  DEFAULT_AIMS_SCOPE_FILTER,
  scopeDecision,
  type AimsIssue,
  type AimsScope,
  type AimsScopeContent,
  type AimsScopeFilter,
  type AimsScopePut,
  type AimsScopeRecord,
  type AimsScopedSystem,
  type InterestedParty,
} from '@aigov/plugin-ai-governance-common';
import type { AimsContextStore } from '../database/AimsContextStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { FieldValidationError, PreconditionFailedError } from '../errors';
import type { AimsCatalog } from './aimsCatalog';
import { applyVersioned, recordCreated } from './versioned';

/** An AI system in scope, as other modules (pre-fill, readiness sample) need it. */
export interface SystemInScope {
  entityRef: string;
  title: string;
  ownerRef: string | null;
  lifecycle: string | null;
  tier: string | null;
}

/** A PUT body after its schema's defaults. */
export type ParsedScopePut = Required<
  Omit<AimsScopePut, 'filter' | 'issues' | 'interestedParties'>
> & {
  filter: AimsScopeFilter;
  issues: Array<Omit<AimsIssue, 'id' | 'updatedAt'> & { id?: string }>;
  interestedParties: Array<Omit<InterestedParty, 'id'> & { id?: string }>;
};

const SCOPE_ID = 'scope';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const unknownRef = (path: string, ref: string, what: string) =>
  new FieldValidationError(`Invalid scope: ${path} ${ref} is not ${what}`, [
    { path, message: `must be ${what}` },
  ]);

/** The record before any PUT: version 0, the default filter, nothing else. */
function defaultRecord(): AimsScopeRecord {
  return {
    id: SCOPE_ID,
    entityRef: AIMS_ENTITY_REF,
    statement: '',
    boundaries: '',
    filter: DEFAULT_AIMS_SCOPE_FILTER,
    issues: [],
    interestedParties: [],
    organisationRoles: [],
    version: 0,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
  };
}

/**
 * The scope and context of the management system (ISO/IEC 42001 4.1 to
 * 4.4). The AI systems in scope are the catalog's AiSystems the recorded
 * filter lets in, resolved on every read with the caller's credentials, so
 * what the catalog says today decides (a system leaving `experimental` is in
 * scope at once). Before the first PUT the default filter applies: every
 * AiSystem that is not experimental.
 */
export class AimsScopeService {
  constructor(
    private readonly store: AimsContextStore<AimsScopeContent>,
    private readonly work: UnitOfWork,
    private readonly catalog: AimsCatalog,
  ) {}

  /** The stored record, or the default one (version 0) before the first PUT. */
  async record(): Promise<AimsScopeRecord & { defined: boolean }> {
    const stored = await this.store.get();
    return stored
      ? { ...stored, defined: true }
      : { ...defaultRecord(), defined: false };
  }

  /** The record and every AiSystem the credentials may see, each in or out and why. */
  async get(credentials?: BackstageCredentials): Promise<AimsScope> {
    const record = await this.record();
    return {
      ...record,
      systems: await this.resolve(record.filter, credentials),
    };
  }

  /** The AiSystems in scope now; other modules call this (the pre-fill, the readiness sample). */
  async systemsInScope(
    credentials?: BackstageCredentials,
  ): Promise<SystemInScope[]> {
    const { filter } = await this.record();
    return (await this.resolve(filter, credentials))
      .filter(s => s.inScope)
      .map(s => ({
        entityRef: s.entityRef,
        title: s.title,
        ownerRef: s.ownerRef,
        lifecycle: s.lifecycle,
        tier: s.tier,
      }));
  }

  /**
   * Records the whole scope at the version read (0 before the first PUT;
   * another is a 412). Refs of the filter must be catalog
   * entities of their kind (400 naming the field); issues keep their
   * `updatedAt` unless changed, and new issues and parties get an id.
   */
  async put(
    expectedVersion: number,
    body: ParsedScopePut,
    actor: string,
    options: {
      credentials?: BackstageCredentials;
      /** The demo seed names its own catalog's refs before the catalog is read. */
      skipCatalogCheck?: boolean;
    } = {},
  ): Promise<AimsScopeRecord> {
    const filter: AimsScopeFilter = {
      excludeLifecycles: body.filter.excludeLifecycles,
      systems: body.filter.systems.map(lower),
      domains: body.filter.domains.map(lower),
      exclusions: body.filter.exclusions.map(e => ({
        entityRef: lower(e.entityRef),
        justification: e.justification,
      })),
    };
    if (!options.skipCatalogCheck)
      await this.checkRefs(filter, options.credentials);
    return this.work.run(async scope => {
      const existing = await this.store.get(SCOPE_ID, scope.tx);
      const content = this.contentOf(body, filter, existing, scope.now);
      if (!existing) {
        if (expectedVersion !== 0) {
          throw new PreconditionFailedError(
            `The AIMS scope is not recorded yet (version 0, you sent ${expectedVersion}); reload it and apply your change again`,
          );
        }
        const created = await this.store.insert(
          scope.tx,
          AIMS_ENTITY_REF,
          content,
          actor,
          scope.now,
        );
        return recordCreated(scope, 'aims-scope', created, actor);
      }
      return applyVersioned(scope, this.store, {
        label: 'The AIMS scope',
        recordType: 'aims-scope',
        action: 'update',
        actor,
        expectedVersion,
        before: existing,
        values: content,
      });
    });
  }

  private contentOf(
    body: ParsedScopePut,
    filter: AimsScopeFilter,
    existing: AimsScopeRecord | undefined,
    now: string,
  ): AimsScopeContent {
    const earlier = new Map((existing?.issues ?? []).map(i => [i.id, i]));
    const issues = body.issues.map(issue => {
      const id = issue.id ?? randomUUID();
      const before = earlier.get(id);
      const same =
        before &&
        before.kind === issue.kind &&
        before.description === issue.description &&
        before.effect === issue.effect;
      return {
        id,
        kind: issue.kind,
        description: issue.description,
        effect: issue.effect,
        updatedAt: same ? before.updatedAt : now,
      };
    });
    this.assertUniqueIds(issues, 'issues');
    const interestedParties = body.interestedParties.map(party => ({
      id: party.id ?? randomUUID(),
      name: party.name,
      requirements: party.requirements,
      feedback: [...party.feedback].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    }));
    this.assertUniqueIds(interestedParties, 'interestedParties');
    return {
      statement: body.statement,
      boundaries: body.boundaries,
      filter,
      issues,
      interestedParties,
      organisationRoles: body.organisationRoles,
    };
  }

  private assertUniqueIds(items: Array<{ id: string }>, field: string) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        const path = `${field}[${i}].id`;
        throw new FieldValidationError(
          `Invalid scope: ${path} ${item.id} is used twice`,
          [{ path, message: 'must not repeat the id of another item' }],
        );
      }
      seen.add(item.id);
    });
  }

  /** Each ref of the filter is an entity of its kind in the catalog; 400 naming the first that is not. */
  private async checkRefs(
    filter: AimsScopeFilter,
    credentials?: BackstageCredentials,
  ) {
    const lists = [
      {
        field: 'systems',
        refs: filter.systems,
        kind: 'System',
        what: 'a System of the catalog',
      },
      {
        field: 'domains',
        refs: filter.domains,
        kind: 'Domain',
        what: 'a Domain of the catalog',
      },
      {
        field: 'exclusions',
        refs: filter.exclusions.map(e => e.entityRef),
        kind: 'AiSystem',
        what: 'an AiSystem of the catalog',
      },
    ];
    for (const { field, refs, kind, what } of lists) {
      const known = await this.catalog.known(refs, [kind], credentials);
      const i = refs.findIndex(r => !known.has(r));
      if (i >= 0) {
        const path =
          field === 'exclusions'
            ? `filter.exclusions[${i}].entityRef`
            : `filter.${field}[${i}]`;
        throw unknownRef(path, refs[i], what);
      }
    }
  }

  private async resolve(
    filter: AimsScopeFilter,
    credentials?: BackstageCredentials,
  ): Promise<AimsScopedSystem[]> {
    const systems = await this.catalog.aiSystems(credentials);
    return systems.map(s => ({ ...s, ...scopeDecision(s, filter) }));
  }
}
