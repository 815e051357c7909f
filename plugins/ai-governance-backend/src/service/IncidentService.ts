import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  canTransitionIncident,
  INCIDENT_TRANSITIONS,
  reportDueAt,
  type Incident,
  type IncidentCreate,
  type IncidentEntry,
  type IncidentEntryCreate,
  type IncidentPatch,
  type Risk,
} from '@aigov/plugin-ai-governance-common';
import type {
  IncidentFilter,
  IncidentStore,
  IncidentValues,
} from '../database/IncidentStore';
import type { EntityScope } from '../database/overview';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { FieldValidationError } from '../errors';
import type { NewRisk, RiskService } from './RiskService';
import { applyVersioned, recordCreated, toTimestamp } from './versioned';

const finalStatus = (s: string) =>
  INCIDENT_TRANSITIONS[s as 'closed'].length === 0;

/** A request that breaks a field's rule: a 400 naming it. */
const invalid = (path: string, message: string) =>
  new FieldValidationError(`Invalid incident: ${path} ${message}`, [
    { path, message },
  ]);

/**
 * The rules of incidents: anyone reports one; it then moves one status at
 * a time from reported to closed (never skipping to closed) or is rejected
 * from any open status with a reason; each status change is also an entry
 * of its timeline. A serious incident's report deadline follows its
 * awareness time and category.
 */
export class IncidentService {
  constructor(
    private readonly store: IncidentStore,
    private readonly work: UnitOfWork,
    private readonly risks: RiskService,
  ) {}

  /** One incident; a missing one is a 404. */
  async get(id: string): Promise<Incident> {
    const incident = await this.store.get(id);
    if (!incident) throw new NotFoundError(`Incident ${id} does not exist`);
    return incident;
  }

  /** An incident's timeline, oldest first. */
  entries(id: string): Promise<IncidentEntry[]> {
    return this.store.entries(id);
  }

  listForEntity(entityRef: string, page: { before?: number; limit: number }) {
    return this.store.list(
      { sql: 'g.entity_ref = :entityRef', bindings: { entityRef } },
      {},
      page,
    );
  }

  /** The incidents in the scope; `overdue` compares with now. */
  list(
    scope: EntityScope,
    filter: Omit<IncidentFilter, 'overdueAt'> & { overdue?: boolean },
    page: { before?: number; limit: number },
  ) {
    const { overdue, ...rest } = filter;
    return this.store.list(
      scope,
      { ...rest, ...(overdue ? { overdueAt: this.work.now() } : {}) },
      page,
    );
  }

  /** Records a newly reported incident, as `reported` and not yet reported to any authority. */
  create(
    entityRef: string,
    body: Required<IncidentCreate>,
    actor: string,
  ): Promise<Incident> {
    return this.work.run(async scope => {
      const awareAt = toTimestamp(body.awareAt);
      const incident = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef,
          reporter: actor,
          title: body.title,
          description: body.description,
          detectedAt: toTimestamp(body.detectedAt),
          awareAt,
          severity: body.severity,
          harmCategories: [...new Set(body.harmCategories)],
          affectedPeople: body.affectedPeople,
          status: 'reported',
          rejectionReason: null,
          containment: body.containment,
          rootCause: body.rootCause,
          riskIds: [],
          controlIds: [...new Set(body.controlIds)],
          serious: body.serious,
          seriousCategory: body.seriousCategory,
          reportDueAt: body.seriousCategory
            ? reportDueAt(awareAt, body.seriousCategory)
            : null,
          report: {
            state: 'not-reported',
            initialSentAt: null,
            finalSentAt: null,
            authority: null,
          },
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'incident', incident, actor);
    });
  }

  /**
   * Changes an incident still at `expectedVersion`, under the status rules.
   * `entryAt` dates the status change's timeline entry; only the seed gives
   * it, to replay a past incident (the API's changes are dated now).
   */
  update(
    id: string,
    expectedVersion: number,
    patch: IncidentPatch,
    actor: string,
    entryAt?: string,
  ): Promise<Incident> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const values = await this.valuesOf(scope, current, patch);
      const after = await this.versioned(
        scope,
        current,
        values,
        actor,
        expectedVersion,
      );
      if (values.status && values.status !== current.status) {
        await this.addEntry(scope, after, actor, {
          kind: 'status-change',
          text:
            values.status === 'rejected'
              ? values.rejectionReason ?? null
              : null,
          fromStatus: current.status,
          toStatus: values.status,
          evidenceId: null,
          createdAt: entryAt,
        });
      }
      return after;
    });
  }

  /**
   * Adds a comment or an attachment (evidence of the same entity) to the
   * timeline. `at` dates it; only the seed gives it (see `update`).
   */
  entry(
    id: string,
    body: IncidentEntryCreate,
    actor: string,
    at?: string,
  ): Promise<IncidentEntry> {
    return this.work.run(async scope => {
      const incident = await this.load(scope, id);
      let evidenceId: string | null = null;
      if (body.kind === 'attachment') {
        if (
          !(await this.store.isEvidenceOf(
            scope.tx,
            incident.entityRef,
            body.evidenceId,
          ))
        ) {
          throw new FieldValidationError(
            `Invalid incident entry: evidenceId ${body.evidenceId} is not evidence of ${incident.entityRef}`,
            [
              {
                path: 'evidenceId',
                message: `${body.evidenceId} is not evidence of ${incident.entityRef}`,
              },
            ],
          );
        }
        evidenceId = body.evidenceId;
      }
      return this.addEntry(scope, incident, actor, {
        kind: body.kind,
        text: body.text ?? null,
        fromStatus: null,
        toStatus: null,
        evidenceId,
        createdAt: at,
      });
    });
  }

  /**
   * Creates a risk from an incident in one transaction: the risk's source
   * names the incident and the incident lists the risk, so each leads to
   * the other.
   */
  createRisk(
    id: string,
    expectedVersion: number,
    input: NewRisk,
    actor: string,
  ): Promise<{ risk: Risk; incident: Incident }> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const risk = await this.risks.insert(
        scope,
        current.entityRef,
        { ...input, source: `incident:${current.id}` },
        actor,
      );
      const incident = await this.versioned(
        scope,
        current,
        { riskIds: [...current.riskIds, risk.id] },
        actor,
        expectedVersion,
      );
      return { risk, incident };
    });
  }

  private async valuesOf(
    scope: WriteScope,
    current: Incident,
    patch: IncidentPatch,
  ): Promise<Partial<IncidentValues>> {
    const { status, rejectionReason, ...rest } = patch;
    const keys = Object.keys(patch);
    if (finalStatus(current.status) && keys.some(k => k !== 'report')) {
      throw new ConflictError(
        `Incident ${current.id} is ${current.status}; only its report to the authority may still change`,
      );
    }
    const values: Partial<IncidentValues> = { ...rest };
    if (status !== undefined && status !== current.status) {
      if (!canTransitionIncident(current.status, status)) {
        throw new ConflictError(
          `Incident ${current.id} cannot move from ${current.status} to ${status}: an incident moves one step at a time (reported, triaged, investigating, remediating, closed) or is rejected from an open status`,
        );
      }
      if (status === 'rejected' && !rejectionReason) {
        throw invalid('rejectionReason', 'is required to reject an incident');
      }
      values.status = status;
    }
    if (rejectionReason !== undefined) {
      if (values.status !== 'rejected') {
        throw invalid(
          'rejectionReason',
          'is set only when rejecting the incident',
        );
      }
      values.rejectionReason = rejectionReason;
    }
    if (patch.detectedAt) values.detectedAt = toTimestamp(patch.detectedAt);
    if (patch.awareAt) values.awareAt = toTimestamp(patch.awareAt);
    const serious = patch.serious ?? current.serious;
    // Marking an incident not serious drops the category it had.
    let category = serious ? current.seriousCategory : null;
    if (patch.seriousCategory !== undefined) category = patch.seriousCategory;
    if (serious && !category) {
      throw invalid(
        'seriousCategory',
        'is required when the incident is serious',
      );
    }
    if (!serious) values.seriousCategory = null;
    const awareAt = values.awareAt ?? current.awareAt;
    if (
      Date.parse(awareAt) < Date.parse(values.detectedAt ?? current.detectedAt)
    ) {
      throw invalid('awareAt', 'must not be before detectedAt');
    }
    values.reportDueAt =
      serious && category ? reportDueAt(awareAt, category) : null;
    if (patch.riskIds) {
      const missing = await this.store.missingRisks(
        scope.tx,
        current.entityRef,
        patch.riskIds,
      );
      if (missing.length > 0) {
        throw new FieldValidationError(
          `Invalid incident: riskIds ${missing.join(', ')} are not risks of ${
            current.entityRef
          }`,
          missing.map(m => ({
            path: `riskIds[${patch.riskIds!.indexOf(m)}]`,
            message: `${m} is not a risk of ${current.entityRef}`,
          })),
        );
      }
      values.riskIds = [...new Set(patch.riskIds)];
    }
    if (patch.harmCategories)
      values.harmCategories = [...new Set(patch.harmCategories)];
    if (patch.controlIds) values.controlIds = [...new Set(patch.controlIds)];
    if (patch.report) {
      values.report = {
        ...patch.report,
        initialSentAt:
          patch.report.initialSentAt && toTimestamp(patch.report.initialSentAt),
        finalSentAt:
          patch.report.finalSentAt && toTimestamp(patch.report.finalSentAt),
      };
    }
    return values;
  }

  private async addEntry(
    scope: WriteScope,
    incident: Incident,
    actor: string,
    entry: Pick<
      IncidentEntry,
      'kind' | 'text' | 'fromStatus' | 'toStatus' | 'evidenceId'
    > & { createdAt?: string },
  ) {
    const written = await this.store.insertEntry(scope.tx, {
      id: randomUUID(),
      incidentId: incident.id,
      entityRef: incident.entityRef,
      ...entry,
      // The change's own time unless the seed replays an earlier one.
      createdAt: entry.createdAt ?? scope.now,
      createdBy: actor,
    });
    return recordCreated(scope, 'incident-entry', written, actor);
  }

  private async load(scope: WriteScope, id: string) {
    const current = await this.store.get(id, scope.tx);
    if (!current) throw new NotFoundError(`Incident ${id} does not exist`);
    return current;
  }

  private versioned(
    scope: WriteScope,
    before: Incident,
    values: Partial<IncidentValues>,
    actor: string,
    expectedVersion: number,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Incident',
      recordType: 'incident',
      action: 'update',
      actor,
      expectedVersion,
      before,
      values,
    });
  }
}
