import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  AIMS_ENTITY_REF,
  FINDINGS_NEED_IN_PROGRESS,
  auditTransitionProblem,
  isNonconformityFinding,
  type Audit,
  type AuditCreate,
  type AuditFinding,
  type AuditFindingCreate,
  type AuditPatch,
  type AuditScope,
} from '@aigov/plugin-ai-governance-common';
import type {
  AuditFilter,
  AuditStore,
  AuditValues,
} from '../database/AuditStore';
import type { NonconformityStore } from '../database/NonconformityStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import { independenceProblem, type Independence } from './auditIndependence';
import { applyVersioned, recordCreated } from './versioned';

const fieldError = (path: string, message: string) =>
  new FieldValidationError(`Invalid audit: ${path} ${message}`, [
    { path, message },
  ]);

/** The lead auditor is one of the auditors; the plan ends on or after it starts. */
function checkPlan(
  audit: Pick<
    Audit,
    'auditors' | 'leadAuditor' | 'plannedStart' | 'plannedEnd'
  >,
) {
  const lead = audit.leadAuditor.toLocaleLowerCase('en-US');
  if (!audit.auditors.includes(lead)) {
    throw fieldError('leadAuditor', 'must be one of the auditors');
  }
  if (audit.plannedEnd < audit.plannedStart) {
    throw fieldError('plannedEnd', 'must not be before plannedStart');
  }
}

const lower = (refs: string[]) => refs.map(r => r.toLocaleLowerCase('en-US'));

/** Parsed bodies: defaults applied. */
type ParsedCreate = Required<Omit<AuditCreate, 'scope'>> & {
  scope: AuditScope;
};
type ParsedFinding = AuditFindingCreate & { evidence: string[] };

/**
 * The internal audit programme (ISO/IEC 42001 9.2): audits are planned,
 * carried out and completed (or cancelled) by the governance office and the
 * internal auditors; findings are added while an audit is in progress, and a
 * nonconformity finding opens its nonconformity on the AI system in the same
 * transaction. Auditor independence is checked whenever the auditors or the
 * systems in scope are set, with the catalog's ownership and membership the
 * route looks up ({@link Independence}).
 */
export class AuditService {
  constructor(
    private readonly store: AuditStore,
    private readonly nonconformities: NonconformityStore,
    private readonly work: UnitOfWork,
  ) {}

  /** One audit; a missing one is a 404. */
  async get(id: string): Promise<Audit> {
    const found = await this.store.get(id);
    if (!found) throw new NotFoundError(`Audit ${id} does not exist`);
    return found;
  }

  list(filter: AuditFilter): Promise<Audit[]> {
    return this.store.list(filter);
  }

  /** Plans a new audit, `planned`, after the independence check. */
  create(
    body: ParsedCreate,
    independence: Independence,
    actor: string,
  ): Promise<Audit> {
    const auditors = lower(body.auditors);
    const scope = { ...body.scope, systems: lower(body.scope.systems) };
    const planned = {
      auditors,
      leadAuditor: body.leadAuditor.toLocaleLowerCase('en-US'),
      plannedStart: body.plannedStart,
      plannedEnd: body.plannedEnd,
    };
    checkPlan(planned);
    const problem = independenceProblem(auditors, scope.systems, independence);
    if (problem) throw new ConflictError(problem);
    return this.work.run(async tx => {
      const created = await this.store.insert(
        tx.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          year: body.year,
          title: body.title,
          scope,
          ...planned,
          status: 'planned',
          cancelReason: null,
          summary: body.summary,
          completedAt: null,
          findings: [],
        },
        actor,
        tx.now,
      );
      return recordCreated(tx, 'audit', created, actor);
    });
  }

  /** Changes an audit still at `expectedVersion`. */
  update(
    id: string,
    expectedVersion: number,
    patch: AuditPatch,
    independence: Independence,
    actor: string,
  ): Promise<Audit> {
    return this.work.run(async scope => {
      const current = await this.load(scope.tx, id);
      const values: AuditValues = { ...patch } as AuditValues;
      if (patch.auditors) values.auditors = lower(patch.auditors);
      if (patch.leadAuditor)
        values.leadAuditor = patch.leadAuditor.toLocaleLowerCase('en-US');
      if (patch.scope) {
        values.scope = {
          clauses: patch.scope.clauses ?? [],
          controls: patch.scope.controls ?? [],
          systems: lower(patch.scope.systems ?? []),
        };
      }
      const next = { ...current, ...values };
      const to = next.status;
      const problem = auditTransitionProblem(current.status, to);
      if (problem) throw new ConflictError(`Audit ${id}: ${problem}`);
      if (current.status === to && ['completed', 'cancelled'].includes(to)) {
        throw new ConflictError(
          `Audit ${id}: a ${to} audit stays ${to}; plan a new one`,
        );
      }
      checkPlan(next);
      if (to === 'cancelled' && !next.cancelReason) {
        throw fieldError('cancelReason', 'must say why the audit is cancelled');
      }
      if (to === 'completed' && !next.summary) {
        throw fieldError('summary', "must give the audit's conclusion");
      }
      if (to === 'completed' && current.status !== 'completed') {
        values.completedAt = scope.now;
      }
      const kept = current.findings.find(
        f => f.entityRef && !next.scope.systems.includes(f.entityRef),
      );
      if (kept) {
        throw fieldError(
          'scope.systems',
          `must keep ${kept.entityRef}: finding ${kept.id} is on it`,
        );
      }
      if (values.auditors || values.scope) {
        const unfair = independenceProblem(
          next.auditors,
          next.scope.systems,
          independence,
        );
        if (unfair) throw new ConflictError(unfair);
      }
      return applyVersioned(scope, this.store, {
        label: 'Audit',
        recordType: 'audit',
        action: 'update',
        actor,
        expectedVersion,
        before: current,
        values,
      });
    });
  }

  /**
   * Adds a finding to an in-progress audit; a nonconformity finding opens an
   * `open` nonconformity on its AI system, source `internal-audit`, in the
   * same transaction, and carries its id.
   */
  addFinding(
    id: string,
    body: ParsedFinding,
    actor: string,
    options: {
      /** A nonconformity recorded before the finding (the demo seed's), linked instead of a new one. */
      nonconformityId?: string;
    } = {},
  ): Promise<Audit> {
    return this.work.run(async scope => {
      const current = await this.load(scope.tx, id);
      if (current.status !== 'in-progress') {
        throw new ConflictError(
          `Audit ${id} is ${current.status}: ${FINDINGS_NEED_IN_PROGRESS}`,
        );
      }
      const entityRef = body.entityRef
        ? body.entityRef.toLocaleLowerCase('en-US')
        : null;
      if (entityRef && !current.scope.systems.includes(entityRef)) {
        throw new FieldValidationError(
          `Invalid finding: entityRef ${entityRef} is not in the audit's scope`,
          [
            {
              path: 'entityRef',
              message: "must be an AI system in the audit's scope",
            },
          ],
        );
      }
      const opensNonconformity = isNonconformityFinding(body.kind);
      if (opensNonconformity && !entityRef) {
        throw new FieldValidationError(
          'Invalid finding: entityRef is required for a nonconformity finding, which opens a nonconformity on that AI system',
          [
            {
              path: 'entityRef',
              message: 'must name the AI system a nonconformity finding is on',
            },
          ],
        );
      }
      const finding: AuditFinding = {
        id: randomUUID(),
        kind: body.kind,
        reference: body.reference,
        entityRef,
        description: body.description,
        evidence: body.evidence,
        nonconformityId: null,
        recordedAt: scope.now,
        recordedBy: actor,
      };
      const earlier =
        opensNonconformity && options.nonconformityId
          ? await this.nonconformities.get(options.nonconformityId, scope.tx)
          : undefined;
      if (earlier && earlier.entityRef === entityRef) {
        // Recorded before the audit was: its sourceId already names it.
        finding.nonconformityId = earlier.id;
      } else if (opensNonconformity) {
        const nc = await this.nonconformities.insert(
          scope.tx,
          {
            id: randomUUID(),
            entityRef: entityRef!,
            source: 'internal-audit',
            sourceId: `${current.id}/${finding.id}`,
            description: `${
              body.kind === 'major-nonconformity' ? 'Major' : 'Minor'
            } nonconformity against ${
              body.reference
            } found by the internal audit "${current.title}": ${
              body.description
            }`,
            correction: null,
            rootCause: null,
            status: 'open',
            correctiveActions: [],
          },
          actor,
          scope.now,
        );
        await recordCreated(scope, 'nonconformity', nc, actor);
        finding.nonconformityId = nc.id;
      }
      return applyVersioned(scope, this.store, {
        label: 'Audit',
        recordType: 'audit',
        action: 'update',
        actor,
        expectedVersion: current.version,
        before: current,
        values: { findings: [...current.findings, finding] },
      });
    });
  }

  private async load(tx: Parameters<AuditStore['get']>[1], id: string) {
    const current = await this.store.get(id, tx);
    if (!current) throw new NotFoundError(`Audit ${id} does not exist`);
    return current;
  }
}
