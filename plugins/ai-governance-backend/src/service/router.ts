import express, { type Request } from 'express';
import Router from 'express-promise-router';
import type {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  type PermissionCondition,
  type PermissionCriteria,
  type PermissionRuleParams,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import {
  AI_RISK_TIERS,
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  assessmentApprovePermission,
  assessmentApproveSchema,
  assessmentCreatePermission,
  assessmentCreateSchema,
  assessmentPatchSchema,
  assessmentReadPermission,
  assessmentUpdatePermission,
  baselineCreateSchema,
  controlPutSchema,
  controlReadPermission,
  controlUpdatePermission,
  evidenceCreatePermission,
  evidenceCreateSchema,
  evidenceReadPermission,
  historyReadPermission,
  riskAcceptPermission,
  riskAcceptSchema,
  riskCreatePermission,
  riskCreateSchema,
  riskPatchSchema,
  riskReadPermission,
  riskScenariosFor,
  riskUpdatePermission,
  scorecardReadPermission,
} from '@aigov/plugin-ai-governance-common';
import { z } from 'zod';
import {
  decodeCursor,
  encodeCursor,
  GovernanceDatabase,
} from '../database/GovernanceDatabase';
import type { Scorecards } from '../database/scorecards';
import { overdueItems, riskHeatMap } from '../database/overview';
import {
  criteriaToSql,
  type GovernedEntityQuery,
  type GovernedEntityResource,
} from '../permissions/rules';
import { csvLine } from './csv';
import { EntityResolver } from './entities';
import { FieldValidationError } from '../errors';
import { errorHandler, ifMatch, parse, sendVersioned } from './http';

/** What the router needs. */
export interface RouterOptions {
  db: GovernanceDatabase;
  scorecards: Scorecards;
  entities: EntityResolver;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Largest evidence file accepted, in bytes. */
  maxEvidenceBytes: number;
  /** Applies a conditional decision to one resource (the registry's ruleset). */
  conditionsAllow: (
    decision: PolicyDecision,
    resource: GovernedEntityResource,
  ) => boolean;
  /** Turns conditional permission decisions into queries (the registry's ruleset). */
  conditionsToQuery: (
    conditions: PermissionCriteria<
      PermissionCondition<string, PermissionRuleParams>
    >,
  ) => PermissionCriteria<GovernedEntityQuery>;
}

const pageQuery = z.strictObject({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const entityPath = '/entities/:kind/:namespace/:name';
const idSchema = z.strictObject({
  id: z.uuid('must be an id this API returned'),
});
/** The `:id` path parameter; a malformed one is a 400 naming `id`. */
const idParam = (id: string) => parse(idSchema, { id }, 'path').id;
/** An entity reference in a query, normalised like the path form. */
const entityRefQuery = z
  .string()
  .min(1)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(value));
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an entity reference like aisystem:default/my-system',
      });
      return z.NEVER;
    }
  });

/** The REST API of the ai-governance plugin, as described in src/schema/openapi.yaml. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { db, scorecards, entities, httpAuth, permissions, auditor, logger } =
    options;
  const router = Router();
  const json = express.json({ limit: '1mb' });
  router.use((req, res, next) =>
    /^\/evidence\/[^/]+\/content$/.test(req.path)
      ? next()
      : json(req, res, next),
  );

  const reader = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  // People change governance records; a service may only do it on behalf of one.
  const writer = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user'] });
  const actorOf = (credentials: BackstageCredentials<BackstageUserPrincipal>) =>
    credentials.principal.userEntityRef;

  /**
   * Decides one permission for one entity's records. Conditional decisions
   * (e.g. "is owner") are applied here against the entity snapshot rather
   * than by a round trip through the permission backend.
   */
  async function authorize(
    permission: ResourcePermission,
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
    const [decision] = await permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    let allowed = decision.result === AuthorizeResult.ALLOW;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      const owners = await db.ownersOf([entityRef]);
      allowed = options.conditionsAllow(decision, {
        entityRef,
        ownerRef: owners.get(entityRef) ?? null,
      });
    }
    if (!allowed) {
      throw new NotAllowedError(
        `You are not allowed ${permission.name} on ${entityRef}`,
      );
    }
  }

  /** A SQL condition over governed entities (alias `g`) that the caller may see. */
  async function visible(
    permission: ResourcePermission,
    credentials: BackstageCredentials,
    alias = 'g',
  ) {
    const [decision] = await permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return criteriaToSql(
        options.conditionsToQuery(decision.conditions),
        alias,
      );
    }
    return decision.result === AuthorizeResult.ALLOW
      ? undefined
      : { sql: '1 = 0', bindings: {} };
  }

  const entityRefOf = (req: Request) =>
    EntityResolver.refOf(
      req.params.kind,
      req.params.namespace,
      req.params.name,
    );

  /** Runs a change under an auditor event; failures are recorded too. */
  async function audited<T>(
    req: Request,
    eventId: string,
    meta: JsonObject,
    fn: () => Promise<T>,
  ) {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await fn();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // --- libraries -----------------------------------------------------------

  router.get('/controls', async (req, res) => {
    await reader(req);
    res.json({ items: ANNEX_A_CONTROLS, objectives: ANNEX_A_OBJECTIVES });
  });

  router.get('/library/risk-scenarios', async (req, res) => {
    await reader(req);
    const query = parse(
      z.strictObject({
        systemType: z.string().min(1).max(100),
        tier: z.enum(AI_RISK_TIERS).optional(),
      }),
      req.query,
      'query',
    );
    res.json({ items: riskScenariosFor(query.systemType, query.tier) });
  });

  // --- risks -----------------------------------------------------------------

  router.get(`${entityPath}/risks`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    const query = parse(pageQuery, req.query, 'query');
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(riskReadPermission, entityRef, credentials);
    const page = await db.listRisks(entityRef, {
      before: decodeCursor(query.cursor),
      limit: query.limit,
    });
    res.json({
      items: page.items,
      ...(page.last ? { nextCursor: encodeCursor(page.last) } : {}),
    });
  });

  router.post(`${entityPath}/risks`, async (req, res) => {
    const credentials = await writer(req);
    const entityRef = entityRefOf(req);
    const body = parse(riskCreateSchema, req.body);
    await entities.resolve(entityRef, credentials, 'write');
    await authorize(riskCreatePermission, entityRef, credentials);
    const risk = await audited(
      req,
      'risk-mutate',
      { action: 'create', entityRef },
      () => db.createRisk(entityRef, body, actorOf(credentials)),
    );
    res.setHeader('Location', `${req.baseUrl}/risks/${risk.id}`);
    sendVersioned(res, 201, risk);
  });

  async function loadRisk(id: string) {
    const risk = await db.getRisk(idParam(id));
    if (!risk) throw new NotFoundError(`Risk ${id} does not exist`);
    return risk;
  }

  router.get('/risks/:id', async (req, res) => {
    const credentials = await reader(req);
    const risk = await loadRisk(req.params.id);
    await authorize(riskReadPermission, risk.entityRef, credentials);
    sendVersioned(res, 200, risk);
  });

  router.patch('/risks/:id', async (req, res) => {
    const credentials = await writer(req);
    const risk = await loadRisk(req.params.id);
    const version = ifMatch(req, true)!;
    const body = parse(riskPatchSchema, req.body);
    await entities.resolve(risk.entityRef, credentials, 'write');
    await authorize(riskUpdatePermission, risk.entityRef, credentials);
    const updated = await audited(
      req,
      'risk-mutate',
      { action: 'update', riskId: risk.id },
      () => db.updateRisk(risk.id, version, body, actorOf(credentials)),
    );
    sendVersioned(res, 200, updated);
  });

  router.post('/risks/:id/accept', async (req, res) => {
    const credentials = await writer(req);
    const risk = await loadRisk(req.params.id);
    const version = ifMatch(req, true)!;
    const body = parse(riskAcceptSchema, req.body);
    await entities.resolve(risk.entityRef, credentials, 'write');
    await authorize(riskAcceptPermission, risk.entityRef, credentials);
    const updated = await audited(
      req,
      'risk-accept',
      { riskId: risk.id, expiresAt: body.expiresAt, note: body.note ?? null },
      () =>
        db.acceptRisk(risk.id, version, body.expiresAt, actorOf(credentials)),
    );
    sendVersioned(res, 200, updated);
  });

  // --- controls (Statement of Applicability) --------------------------------

  router.get(`${entityPath}/controls`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(controlReadPermission, entityRef, credentials);
    res.json({ items: await db.listControls(entityRef) });
  });

  router.get(`${entityPath}/controls/:controlId`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(controlReadPermission, entityRef, credentials);
    sendVersioned(
      res,
      200,
      await db.getControl(entityRef, req.params.controlId),
    );
  });

  router.put(`${entityPath}/controls/:controlId`, async (req, res) => {
    const credentials = await writer(req);
    const entityRef = entityRefOf(req);
    const version = ifMatch(req, false);
    const body = parse(controlPutSchema, req.body);
    await entities.resolve(entityRef, credentials, 'write');
    await authorize(controlUpdatePermission, entityRef, credentials);
    const control = await audited(
      req,
      'control-mutate',
      {
        entityRef,
        controlId: req.params.controlId,
        status: body.status,
        applicable: body.applicable,
      },
      () =>
        db.putControl(
          entityRef,
          req.params.controlId,
          version,
          body,
          actorOf(credentials),
        ),
    );
    sendVersioned(res, 200, control);
  });

  // --- evidence --------------------------------------------------------------

  router.get(`${entityPath}/evidence`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    const query = parse(pageQuery, req.query, 'query');
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(evidenceReadPermission, entityRef, credentials);
    const page = await db.listEvidence(entityRef, {
      before: decodeCursor(query.cursor),
      limit: query.limit,
    });
    res.json({
      items: page.items,
      ...(page.last ? { nextCursor: encodeCursor(page.last) } : {}),
    });
  });

  router.post(`${entityPath}/evidence`, async (req, res) => {
    const credentials = await writer(req);
    const entityRef = entityRefOf(req);
    const body = parse(evidenceCreateSchema, req.body);
    await entities.resolve(entityRef, credentials, 'write');
    await authorize(evidenceCreatePermission, entityRef, credentials);
    const evidence = await audited(
      req,
      'evidence-mutate',
      { action: 'create', entityRef },
      () => db.createEvidence(entityRef, body, actorOf(credentials)),
    );
    sendVersioned(res, 201, evidence);
  });

  async function loadEvidence(id: string) {
    const evidence = await db.getEvidence(idParam(id));
    if (!evidence) throw new NotFoundError(`Evidence ${id} does not exist`);
    return evidence;
  }

  router.get('/evidence/:id', async (req, res) => {
    const credentials = await reader(req);
    const evidence = await loadEvidence(req.params.id);
    await authorize(evidenceReadPermission, evidence.entityRef, credentials);
    sendVersioned(res, 200, evidence);
  });

  router.put(
    '/evidence/:id/content',
    // Who may upload is settled before the body is read.
    async (req, res, next) => {
      const credentials = await writer(req);
      const evidence = await loadEvidence(req.params.id);
      await authorize(
        evidenceCreatePermission,
        evidence.entityRef,
        credentials,
      );
      res.locals.upload = { credentials, evidence };
      next();
    },
    express.raw({ type: () => true, limit: options.maxEvidenceBytes }),
    async (req, res) => {
      const { credentials, evidence } = res.locals.upload as {
        credentials: BackstageCredentials<BackstageUserPrincipal>;
        evidence: Awaited<ReturnType<typeof loadEvidence>>;
      };
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) {
        throw new FieldValidationError('The file is empty', [
          { path: '<body>', message: 'must contain the file' },
        ]);
      }
      const updated = await audited(
        req,
        'evidence-mutate',
        { action: 'upload', evidenceId: evidence.id, size: content.length },
        () =>
          db.uploadEvidenceContent(evidence.id, content, actorOf(credentials)),
      );
      sendVersioned(res, 200, updated);
    },
  );

  router.get('/evidence/:id/content', async (req, res) => {
    const credentials = await reader(req);
    const evidence = await loadEvidence(req.params.id);
    await authorize(evidenceReadPermission, evidence.entityRef, credentials);
    try {
      const { content } = await db.readEvidenceContent(evidence.id);
      res.setHeader('Content-Type', evidence.file!.mediaType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(
          evidence.file!.name,
        )}`,
      );
      res.setHeader(
        'Digest',
        `sha-256=${Buffer.from(evidence.file!.sha256!, 'hex').toString(
          'base64',
        )}`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(content);
    } catch (error) {
      if ((error as Error).name === 'EvidenceIntegrityError') {
        const event = await auditor.createEvent({
          eventId: 'evidence-integrity',
          severityLevel: 'high',
          request: req,
          meta: { evidenceId: evidence.id },
        });
        await event.fail({ error: error as Error });
      }
      throw error;
    }
  });

  // --- assessments -----------------------------------------------------------

  router.get(`${entityPath}/assessments`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(assessmentReadPermission, entityRef, credentials);
    res.json({ items: await db.listAssessments(entityRef) });
  });

  router.post(`${entityPath}/assessments`, async (req, res) => {
    const credentials = await writer(req);
    const entityRef = entityRefOf(req);
    const body = parse(assessmentCreateSchema, req.body);
    await entities.resolve(entityRef, credentials, 'write');
    await authorize(assessmentCreatePermission, entityRef, credentials);
    const assessment = await audited(
      req,
      'assessment-mutate',
      { action: 'create', entityRef, type: body.type },
      () => db.createAssessment(entityRef, body, actorOf(credentials)),
    );
    sendVersioned(res, 201, assessment);
  });

  async function loadAssessment(id: string) {
    const assessment = await db.getAssessment(idParam(id));
    if (!assessment) throw new NotFoundError(`Assessment ${id} does not exist`);
    return assessment;
  }

  router.get('/assessments/:id', async (req, res) => {
    const credentials = await reader(req);
    const assessment = await loadAssessment(req.params.id);
    await authorize(
      assessmentReadPermission,
      assessment.entityRef,
      credentials,
    );
    sendVersioned(res, 200, assessment);
  });

  router.patch('/assessments/:id', async (req, res) => {
    const credentials = await writer(req);
    const assessment = await loadAssessment(req.params.id);
    const version = ifMatch(req, true)!;
    const body = parse(assessmentPatchSchema, req.body);
    await entities.resolve(assessment.entityRef, credentials, 'write');
    await authorize(
      assessmentUpdatePermission,
      assessment.entityRef,
      credentials,
    );
    const updated = await audited(
      req,
      'assessment-mutate',
      { action: 'update', assessmentId: assessment.id },
      () =>
        db.updateAssessment(assessment.id, version, body, actorOf(credentials)),
    );
    sendVersioned(res, 200, updated);
  });

  router.post('/assessments/:id/approve', async (req, res) => {
    const credentials = await writer(req);
    const assessment = await loadAssessment(req.params.id);
    const version = ifMatch(req, true)!;
    const body = parse(assessmentApproveSchema, req.body ?? {});
    await entities.resolve(assessment.entityRef, credentials, 'write');
    await authorize(
      assessmentApprovePermission,
      assessment.entityRef,
      credentials,
    );
    const updated = await audited(
      req,
      'assessment-approve',
      { assessmentId: assessment.id, note: body.note ?? null },
      () => db.approveAssessment(assessment.id, version, actorOf(credentials)),
    );
    sendVersioned(res, 200, updated);
  });

  // --- baseline (onboarding) -------------------------------------------------

  router.post(`${entityPath}/baseline`, async (req, res) => {
    const credentials = await writer(req);
    const entityRef = entityRefOf(req);
    const body = parse(baselineCreateSchema, req.body);
    const entity = await entities.resolve(entityRef, credentials, 'write');
    if (entity.kind !== 'aisystem') {
      throw new FieldValidationError('Onboarding is for AiSystem entities', [
        {
          path: 'kind',
          message: `must be AiSystem; ${entityRef} is a ${entity.kind}`,
        },
      ]);
    }
    for (const permission of [
      assessmentCreatePermission,
      riskCreatePermission,
      controlUpdatePermission,
    ]) {
      await authorize(permission, entityRef, credentials);
    }
    const { requestId, ...records } = body;
    const result = await audited(
      req,
      'baseline-create',
      {
        entityRef,
        requestId,
        risks: records.risks.length,
        controls: records.controls.length,
      },
      () =>
        db.createBaseline(entityRef, requestId, records, actorOf(credentials)),
    );
    res.status(result.replayed ? 200 : 201).json(result);
  });

  // --- scorecards ------------------------------------------------------------

  router.get(`${entityPath}/scorecard`, async (req, res) => {
    const credentials = await reader(req);
    const entityRef = entityRefOf(req);
    await entities.resolve(entityRef, credentials, 'read');
    await authorize(scorecardReadPermission, entityRef, credentials);
    res.json(await scorecards.entity(entityRef));
  });

  router.get('/scorecards', async (req, res) => {
    const credentials = await reader(req);
    parse(
      z.strictObject({
        groupBy: z.literal('owner', { error: 'must be "owner"' }),
      }),
      req.query,
      'query',
    );
    const restrict = await visible(scorecardReadPermission, credentials, 'f');
    res.json({ items: await scorecards.byOwner(restrict) });
  });

  // --- org overview ----------------------------------------------------------

  router.get('/heatmap', async (req, res) => {
    const { entityRef } = parse(
      z.strictObject({ entityRef: entityRefQuery.optional() }),
      req.query,
      'query',
    );
    res.json(
      await riskHeatMap(
        db.db,
        await scopeOf(req, riskReadPermission, entityRef),
      ),
    );
  });

  router.get('/overdue', async (req, res) => {
    const { limit } = parse(
      z.strictObject({
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      req.query,
      'query',
    );
    const scope = await scopeOf(req, riskReadPermission);
    res.json({
      items: await overdueItems(db.db, scope, {
        today: db.today(),
        now: db.now(),
        limit,
      }),
    });
  });

  // --- history ---------------------------------------------------------------

  router.get('/history', async (req, res) => {
    const credentials = await reader(req);
    const query = parse(
      pageQuery.extend({ entityRef: entityRefQuery.optional() }),
      req.query,
      'query',
    );
    const before =
      query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    let restrict;
    if (query.entityRef) {
      await authorize(historyReadPermission, query.entityRef, credentials);
    } else {
      const condition = await visible(historyReadPermission, credentials);
      if (condition) {
        restrict = (qb: any, column: string) =>
          qb.whereRaw(
            `${column} IN (SELECT g.entity_ref FROM governed_entities g WHERE ${condition.sql})`,
            condition.bindings,
          );
      }
    }
    const items = await db.listHistory({
      entityRef: query.entityRef,
      before,
      limit: query.limit + 1,
      restrict,
    });
    const page = items.slice(0, query.limit);
    res.json({
      items: page,
      ...(items.length > query.limit
        ? { nextCursor: encodeCursor(page[page.length - 1].seq) }
        : {}),
    });
  });

  router.get('/history/verify', async (req, res) => {
    const credentials = await reader(req);
    const condition = await visible(historyReadPermission, credentials);
    if (condition) {
      throw new NotAllowedError(
        'Verifying the whole history needs unconditional history read access',
      );
    }
    const result = await db.verifyHistory();
    if (!result.ok) {
      logger.error(
        `History chain broken at event ${result.firstBrokenSeq}: ${result.reason}`,
      );
    }
    res.json(result);
  });

  // --- CSV exports ----------------------------------------------------------

  const exportQuery = z.strictObject({
    entityRef: entityRefQuery.optional(),
  });

  async function exportScope(req: Request, permission: ResourcePermission) {
    const { entityRef } = parse(exportQuery, req.query, 'query');
    return scopeOf(req, permission, entityRef);
  }

  /** The entities a list covers: one entity, or every AI system the caller may see. */
  async function scopeOf(
    req: Request,
    permission: ResourcePermission,
    entityRef?: string,
  ) {
    const credentials = await reader(req);
    if (entityRef) {
      await entities.resolve(entityRef, credentials, 'read');
      await authorize(permission, entityRef, credentials);
      return {
        sql: 'g.entity_ref = :entityRef',
        bindings: { entityRef } as Record<string, unknown>,
        entityRef,
      };
    }
    const condition = await visible(permission, credentials);
    return {
      sql: `g.kind = 'aisystem'${condition ? ` AND ${condition.sql}` : ''}`,
      bindings: condition?.bindings ?? {},
      entityRef: undefined,
    };
  }

  router.get('/exports/risk-register.csv', async (req, res) => {
    const scope = await exportScope(req, riskReadPermission);
    const rows = await db.db
      .select('r.*', 'g.title as entity_title')
      .from('risks as r')
      .join('governed_entities as g', 'g.entity_ref', 'r.entity_ref')
      .whereRaw(scope.sql, scope.bindings)
      .orderBy([
        { column: 'r.entity_ref' },
        { column: 'r.score', order: 'desc' },
        { column: 'r.row_id' },
      ]);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="risk-register.csv"',
    );
    res.write(
      csvLine([
        'AI system',
        'Entity',
        'Risk id',
        'Title',
        'Category',
        'Stage',
        'Likelihood',
        'Impact',
        'Score',
        'Level',
        'Treatment',
        'Treatment plan',
        'Controls',
        'Residual score',
        'Residual level',
        'Owner',
        'Status',
        'Due',
        'Next review',
        'Accepted by',
        'Acceptance expires',
        'Version',
        'Updated at',
        'Updated by',
      ]),
    );
    for (const r of rows) {
      res.write(
        csvLine([
          r.entity_title,
          r.entity_ref,
          r.id,
          r.title,
          r.category,
          r.lifecycle_stage,
          r.likelihood,
          r.impact,
          r.score,
          r.level,
          r.treatment,
          r.treatment_plan,
          JSON.parse(r.control_ids).join(' '),
          r.residual_score,
          r.residual_level,
          r.owner_ref,
          r.status,
          r.due_date,
          r.next_review_date,
          r.accepted_by,
          r.acceptance_expires_at,
          r.version,
          r.updated_at,
          r.updated_by,
        ]),
      );
    }
    res.end();
  });

  router.get('/exports/soa.csv', async (req, res) => {
    const scope = await exportScope(req, controlReadPermission);
    const systems = await db
      .db('governed_entities as g')
      .whereRaw(scope.sql, scope.bindings)
      .orderBy('g.entity_ref')
      .select('g.entity_ref', 'g.title');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="statement-of-applicability.csv"',
    );
    res.write(
      csvLine([
        'AI system',
        'Entity',
        'Control',
        'Objective',
        'Title',
        'Applicable',
        'Justification',
        'Status',
        'Owner',
        'Due',
        'Overdue',
        'Evidence',
        'Version',
        'Updated at',
        'Updated by',
      ]),
    );
    for (const system of systems) {
      for (const c of await db.listControls(system.entity_ref)) {
        res.write(
          csvLine([
            system.title,
            system.entity_ref,
            c.controlId,
            c.objectiveId,
            c.title,
            c.applicable ? 'yes' : 'no',
            c.justification,
            c.status,
            c.owner,
            c.dueDate,
            c.overdue ? 'yes' : 'no',
            c.evidence.map(e => e.title).join('; '),
            c.version,
            c.updatedAt,
            c.updatedBy,
          ]),
        );
      }
    }
    res.end();
  });

  router.use(errorHandler(logger));
  return router;
}
