import type { Request } from 'express';
import type { TypedRouter } from '@backstage/backend-openapi-utils';
import type { EndpointMap } from '../../schema/openapi';
import type {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type { EntityStore } from '../../database/EntityStore';
import type { HistoryStore } from '../../database/HistoryStore';
import type { OverviewStore } from '../../database/OverviewStore';
import type { RiskStore } from '../../database/RiskStore';
import type { Scorecards } from '../../database/scorecards';
import type { UnitOfWork } from '../../database/UnitOfWork';
import type { AssessmentService } from '../AssessmentService';
import type { GovernanceAuthorizer } from '../authorization';
import type { BaselineService } from '../BaselineService';
import type { ChangeService } from '../ChangeService';
import type { CheckpointService } from '../CheckpointService';
import type { IntegrityService } from '../IntegrityService';
import type { ControlService } from '../ControlService';
import { EntityResolver } from '../entities';
import { parse } from '../http';
import { entityScopeQuery } from './params';
import type { EvidenceService } from '../EvidenceService';
import type { RiskService } from '../RiskService';
import type { TaskService } from '../TaskService';
import type { IncidentService } from '../IncidentService';
import type { NonconformityService } from '../NonconformityService';
import type { AimsClauseService } from '../AimsClauseService';
import type { AuditService } from '../AuditService';
import type { PolicyService } from '../PolicyService';
import type { ManagementReviewService } from '../ManagementReviewService';
import type { TrainingService } from '../TrainingService';
import type { ObjectiveService } from '../ObjectiveService';
import type { ReadinessService } from '../ReadinessService';
import type { AimsScopeService } from '../AimsScopeService';
import type { AimsRoleService } from '../AimsRoleService';

/** The services and stores the routes use. */
export interface GovernanceServices {
  work: UnitOfWork;
  entityStore: EntityStore;
  riskStore: RiskStore;
  historyStore: HistoryStore;
  overview: OverviewStore;
  scorecards: Scorecards;
  risks: RiskService;
  controls: ControlService;
  evidence: EvidenceService;
  assessments: AssessmentService;
  baselines: BaselineService;
  /** Changes detected from the catalog, and detecting them on each sync. */
  changes: ChangeService;
  /** Revalidations, reviews and approvals: the work on each AI system. */
  tasks: TaskService;
  /** Incidents on AI systems, their timelines and Art. 73 clocks. */
  incidents: IncidentService;
  /** Nonconformities, their corrective actions and effectiveness reviews (10.2). */
  nonconformities: NonconformityService;
  /** The clause gap assessment of the management system (ISO/IEC 42001 4–10). */
  aimsClauses: AimsClauseService;
  /** The internal audit programme and its findings (ISO/IEC 42001 9.2). */
  audits: AuditService;
  /** Policies and procedures as versioned documents approved by top management (5.2, 7.5). */
  policies: PolicyService;
  /** The management reviews, their frozen inputs, actions and minutes (9.3). */
  managementReviews: ManagementReviewService;
  /** Courses, training records and coverage per team (7.2, 7.3, A.4.6). */
  training: TrainingService;
  /** Objectives of the management system, measured live and snapshotted daily (6.2, 9.1). */
  objectives: ObjectiveService;
  /** Certification readiness: stage 1, the stage 2 sample, surveillance. */
  readiness: ReadinessService;
  /** The scope and context of the management system; its AI systems resolved live (4.1–4.4). */
  aimsScope: AimsScopeService;
  /** Who holds each AIMS role (5.3). */
  aimsRoles: AimsRoleService;
  /** Signed checkpoints of the history chain, and verifying against them. */
  checkpoints: CheckpointService;
  integrity: IntegrityService;
}

/** What every route module gets. */
export interface RouteContext extends GovernanceServices {
  entities: EntityResolver;
  authz: GovernanceAuthorizer;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Largest evidence file accepted, in bytes. */
  maxEvidenceBytes: number;
}

/** Any request of the typed router (its query and body types differ per route). */
export type AnyRequest = Request<any, any, any, any>;

/** Credentials of a reader: a user, or a service reading on its own. */
export async function reader(ctx: RouteContext, req: AnyRequest) {
  const credentials = await ctx.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  await ctx.entities.assertKnownCaller(credentials);
  return credentials;
}

/** People change governance records; a service may only do it on behalf of one. */
export async function writer(ctx: RouteContext, req: AnyRequest) {
  const credentials = await ctx.httpAuth.credentials(req, { allow: ['user'] });
  await ctx.entities.assertKnownCaller(credentials);
  return credentials;
}

/** The user a change is recorded for. */
export const actorOf = (
  credentials: BackstageCredentials<BackstageUserPrincipal>,
) => credentials.principal.userEntityRef;

/** The entity of an `/entities/{kind}/{namespace}/{name}/…` path. */
export const entityRefOf = (req: AnyRequest) =>
  EntityResolver.refOf(req.params.kind, req.params.namespace, req.params.name);

/** Runs a change under an auditor event; failures are recorded too. */
export async function audited<T>(
  ctx: RouteContext,
  req: AnyRequest,
  eventId: string,
  meta: JsonObject,
  fn: () => Promise<T>,
): Promise<T> {
  const event = await ctx.auditor.createEvent({
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

/**
 * Checks a read of an entity's records: the entity must exist for the
 * caller and each permission must allow it.
 */
export async function readEntity(
  ctx: RouteContext,
  req: AnyRequest,
  ...permissions: ResourcePermission[]
) {
  const credentials = await reader(ctx, req);
  const entityRef = entityRefOf(req);
  await ctx.entities.resolve(entityRef, credentials, 'read');
  for (const p of permissions)
    await ctx.authz.authorize(p, entityRef, credentials);
  return { credentials, entityRef };
}

/** Checks a change to an entity's records, as {@link readEntity} does for reads. */
export async function writeEntity(
  ctx: RouteContext,
  credentials: BackstageCredentials<BackstageUserPrincipal>,
  entityRef: string,
  ...permissions: ResourcePermission[]
) {
  const entity = await ctx.entities.resolve(entityRef, credentials, 'write');
  for (const p of permissions)
    await ctx.authz.authorize(p, entityRef, credentials);
  return { credentials, entity, actor: actorOf(credentials) };
}

/** The router typed from the spec: paths, parameters, bodies and answers. */
export type ApiRouter = TypedRouter<EndpointMap>;

/**
 * The scope of a list: one entity (`?entityRef=`, which must exist for the
 * caller) or every AI system the caller may see.
 */
export async function scopeOf(
  ctx: RouteContext,
  req: AnyRequest,
  permission: ResourcePermission,
) {
  const { entityRef } = parse(entityScopeQuery, req.query, 'query');
  const credentials = await reader(ctx, req);
  if (entityRef) await ctx.entities.resolve(entityRef, credentials, 'read');
  return ctx.authz.scope(permission, credentials, entityRef);
}
