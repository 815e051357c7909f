import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  AIMS_CLAUSES,
  AIMS_ENTITY_REF,
  aimsReadiness,
  type AimsClauseAssessment,
  type AimsClausePut,
  type AimsReadinessSummary,
} from '@aigov/plugin-ai-governance-common';
import type {
  AimsClauseRecord,
  AimsClauseStore,
  AimsClauseValues,
} from '../database/AimsClauseStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { PreconditionFailedError, PreconditionRequiredError } from '../errors';
import { aimsPrefills } from './aimsPrefill';
import type { AimsScopeService } from './AimsScopeService';
import type { CompetenceFigures } from './trainingPrefill';
import { applyVersioned, recordCreated } from './versioned';

/** The gap assessment as the API answers it: every clause, and readiness. */
export interface AimsClauseList {
  items: AimsClauseAssessment[];
  readiness: AimsReadinessSummary;
}

const clauseOf = (id: string) => AIMS_CLAUSES.find(c => c.id === id);

const unknownClause = (id: string) =>
  new NotFoundError(
    `${id} is not a clause of ISO/IEC 42001 clauses 4 to 10 (ids 4 … 10.2)`,
  );

/**
 * The clause gap assessment of the management system: every clause and
 * sub-clause of the library, `not-assessed` until the governance office
 * records its status, with what the suite's records show beside it.
 */
export class AimsClauseService {
  constructor(
    private readonly store: AimsClauseStore,
    private readonly work: UnitOfWork,
    private readonly scope: AimsScopeService,
    /** Training coverage for the 7.2 and 7.3 pre-fills; without it they have none. */
    private readonly competence?: () => Promise<CompetenceFigures>,
  ) {}

  /**
   * Every clause in library order, its pre-fill computed now over the AI
   * systems the AIMS scope puts in scope (resolved with `credentials`, the
   * plugin's own without), and readiness. A caller that has resolved the
   * systems in scope already passes them as `given` (lower-case refs), so
   * the catalog is read once.
   */
  async list(
    credentials?: BackstageCredentials,
    given?: ReadonlyArray<{ entityRef: string }>,
  ): Promise<AimsClauseList> {
    const [records, scope, inScope, competence] = await Promise.all([
      this.store.list(),
      this.scope.record(),
      given ?? this.scope.systemsInScope(credentials),
      this.competence?.(),
    ]);
    const figures = await this.store.figures(
      this.work.today(),
      new Set(inScope.map(s => s.entityRef)),
    );
    const byId = new Map(records.map(r => [r.id, r]));
    const prefills = aimsPrefills({
      ...figures,
      scope: { ...scope, systemsInScope: inScope.length },
      competence,
    });
    const items = AIMS_CLAUSES.map(clause => {
      const record = byId.get(clause.id);
      const prefilled = prefills.get(clause.id);
      const item: AimsClauseAssessment = {
        id: clause.id,
        ...(clause.parentId ? { parentId: clause.parentId } : {}),
        title: clause.title,
        status: record?.status ?? 'not-assessed',
        notes: record?.notes ?? '',
        owner: record?.owner ?? null,
        evidenceLinks: record?.evidenceLinks ?? [],
        ...(prefilled ? { prefilled } : {}),
        ...(record
          ? {
              version: record.version,
              updatedBy: record.updatedBy,
              updatedAt: record.updatedAt,
            }
          : {}),
      };
      return item;
    });
    return { items, readiness: aimsReadiness(items) };
  }

  /** A 404 naming an id the library does not have. */
  assertKnown(id: string): void {
    if (!clauseOf(id)) throw unknownClause(id);
  }

  /** One clause as {@link list} has it; 404 naming an id the library does not have. */
  async get(
    id: string,
    credentials?: BackstageCredentials,
  ): Promise<AimsClauseAssessment> {
    this.assertKnown(id);
    return (await this.list(credentials)).items.find(i => i.id === id)!;
  }

  /**
   * Records a clause's whole assessment. The first needs no precondition
   * (or version 0); changing a recorded one needs the version it was read at.
   */
  async put(
    id: string,
    expectedVersion: number | undefined,
    body: Required<AimsClausePut>,
    actor: string,
  ): Promise<AimsClauseAssessment> {
    this.assertKnown(id);
    const values: AimsClauseValues = {
      status: body.status,
      notes: body.notes,
      owner: body.owner,
      evidenceLinks: body.evidenceLinks.map(l => ({
        ...(l.title ? { title: l.title } : {}),
        url: l.url,
      })),
    };
    await this.work.run(async scope => {
      const existing = await this.store.get(id, scope.tx);
      if (!existing) {
        if (expectedVersion !== undefined && expectedVersion !== 0) {
          throw new PreconditionFailedError(
            `Clause ${id} is not assessed yet; send If-Match "0" or none`,
          );
        }
        const created = await this.store.insert(
          scope.tx,
          id,
          AIMS_ENTITY_REF,
          values,
          actor,
          scope.now,
        );
        await recordCreated(scope, 'aims-clause', created, actor);
        return;
      }
      if (expectedVersion === undefined) {
        throw new PreconditionRequiredError(
          `Clause ${id} is already assessed (version ${existing.version}); send If-Match with the version you read`,
        );
      }
      await applyVersioned<AimsClauseRecord, AimsClauseValues>(
        scope,
        this.store,
        {
          label: 'Clause',
          recordType: 'aims-clause',
          action: 'update',
          actor,
          expectedVersion,
          before: existing,
          values,
        },
      );
    });
    return this.get(id);
  }
}
