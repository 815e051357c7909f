import { NotFoundError } from '@backstage/errors';
import {
  ANNEX_A_CONTROLS,
  getAnnexAControl,
  type ControlPut,
  type EntityControl,
} from '@aigov/plugin-ai-governance-common';
import type {
  ControlRecord,
  ControlStore,
  ControlValues,
} from '../database/ControlStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { PreconditionFailedError, PreconditionRequiredError } from '../errors';

/** A Statement of Applicability row to write, defaults applied. */
export type NewControl = ControlPut & { status: EntityControl['status'] };

/** What the history keeps of a control row. */
const historyOf = (r: ControlRecord) => ({
  controlId: r.controlId,
  applicable: r.applicable,
  justification: r.justification,
  status: r.status,
  owner: r.owner,
  dueDate: r.dueDate,
  version: r.version,
});

const valuesOf = (input: NewControl): ControlValues => ({
  applicable: input.applicable,
  justification: input.justification ?? null,
  status: input.status,
  owner: input.owner ?? null,
  dueDate: input.dueDate ?? null,
});

/**
 * The Statement of Applicability: every Annex A control for every AI system,
 * applicable unless justified otherwise, with status, owner and evidence.
 */
export class ControlService {
  constructor(
    private readonly store: ControlStore,
    private readonly work: UnitOfWork,
  ) {}

  /** All 38 controls for an entity, recorded or not, with overdue and evidence flags. */
  async list(entityRef: string): Promise<EntityControl[]> {
    const today = this.work.today();
    const now = this.work.now();
    const [rows, evidence] = await Promise.all([
      this.store.list(entityRef),
      this.store.evidenceLinks(entityRef),
    ]);
    const byId = new Map(rows.map(r => [r.controlId, r]));
    return ANNEX_A_CONTROLS.map(control => {
      const row = byId.get(control.id);
      const status = row?.status ?? 'not-started';
      const applicable = row ? row.applicable : true;
      const dueDate = row?.dueDate ?? null;
      return {
        entityRef,
        controlId: control.id,
        objectiveId: control.objectiveId,
        title: control.title,
        applicable,
        justification: row?.justification ?? null,
        status,
        owner: row?.owner ?? null,
        dueDate,
        overdue:
          applicable &&
          status !== 'implemented' &&
          dueDate !== null &&
          dueDate < today,
        evidence: evidence
          .filter(e => e.controlId === control.id)
          .map(e => ({
            id: e.id,
            title: e.title,
            expiresAt: e.expiresAt,
            expired: e.expiresAt !== null && e.expiresAt <= now,
          })),
        recorded: !!row,
        version: row ? row.version : 0,
        updatedAt: row?.updatedAt ?? null,
        updatedBy: row?.updatedBy ?? null,
      };
    });
  }

  async get(entityRef: string, controlId: string): Promise<EntityControl> {
    const control = (await this.list(entityRef)).find(
      c => c.controlId === controlId,
    );
    if (!control)
      throw new NotFoundError(`${controlId} is not an Annex A control`);
    return control;
  }

  /**
   * Writes one row. Creating needs no precondition (or version 0); changing
   * an existing row needs the version it was read at.
   */
  async put(
    entityRef: string,
    controlId: string,
    expectedVersion: number | undefined,
    input: NewControl,
    actor: string,
  ): Promise<EntityControl> {
    await this.work.run(async scope => {
      const existing = await this.store.get(scope.tx, entityRef, controlId);
      if (!existing) {
        if (expectedVersion !== undefined && expectedVersion !== 0) {
          throw new PreconditionFailedError(
            `Nothing is recorded yet for ${controlId} on ${entityRef}; send If-Match "0" or none`,
          );
        }
        await this.insert(scope, entityRef, controlId, input, actor);
        return;
      }
      if (expectedVersion === undefined) {
        throw new PreconditionRequiredError(
          `${controlId} on ${entityRef} is already recorded (version ${existing.version}); send If-Match with the version you read`,
        );
      }
      const written = await this.store.update(
        scope.tx,
        entityRef,
        controlId,
        expectedVersion,
        valuesOf(input),
        actor,
        scope.now,
      );
      if (!written) {
        throw new PreconditionFailedError(
          `${controlId} on ${entityRef} was changed by someone else (now version ${existing.version}, you sent ${expectedVersion}); reload it`,
        );
      }
      const after = await this.store.get(scope.tx, entityRef, controlId);
      await scope.record({
        actor,
        entityRef,
        recordType: 'control',
        recordId: controlId,
        action: 'update',
        before: historyOf(existing),
        after: historyOf(after!),
      });
    });
    return this.get(entityRef, controlId);
  }

  /** Creates a row inside a running change; the id must be one Annex A has. */
  async insert(
    scope: WriteScope,
    entityRef: string,
    controlId: string,
    input: NewControl,
    actor: string,
  ): Promise<void> {
    if (!getAnnexAControl(controlId))
      throw new NotFoundError(`${controlId} is not an Annex A control`);
    const row = await this.store.insert(
      scope.tx,
      entityRef,
      controlId,
      valuesOf(input),
      actor,
      scope.now,
    );
    await scope.record({
      actor,
      entityRef,
      recordType: 'control',
      recordId: controlId,
      action: 'create',
      before: null,
      after: historyOf(row),
    });
  }
}
