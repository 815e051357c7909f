import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  aiGovernancePermissions,
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
  RISK_LEVELS,
  validateRiskMatrix,
  type RiskLevel,
  type RiskMatrix,
  type ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import type { Config } from '@backstage/config';
import {
  aiGovernanceRules,
  governedEntityResourceRef,
} from './permissions/rules';
import { EntityResolver } from './service/entities';
import { GovernanceAuthorizer } from './service/authorization';
import { createRouter } from './service/router';
import { scheduleCheckpoints } from './service/jobs/checkpoints';
import { scheduleIntegrityCheck } from './service/jobs/integrity';
import { scheduleSummaryJobs } from './service/jobs/summaries';
import { scheduleTrainingRenewals } from './service/jobs/trainingRenewals';
import { readTrainingSettings } from './service/trainingConfig';
import { scheduleObjectiveSnapshots } from './service/jobs/objectiveSnapshots';
import { openReviewTasks, scheduleReviewTasks } from './service/jobs/reviews';
import { scheduleDocumentReviews } from './service/jobs/documentReviews';
import { readTaskSchedule } from './service/reviewConfig';
import { scheduleTaskNotifications } from './service/jobs/taskNotifications';
import { scheduleIncidentNotifications } from './service/jobs/incidentNotifications';
import { seedFromFile } from './service/seed';
import { readCertification, readSampleSize } from './service/surveillance';
import {
  createGovernanceServices,
  openGovernanceDatabase,
} from './service/services';
import { DEFAULT_REVALIDATION_DUE_DAYS } from './service/TaskService';

/** A whole number of days from config; anything else stops the start with what is wrong. */
function positiveDays(config: Config, key: string, fallback: number) {
  const days = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `${key} must be a whole number of days, 1 or more, got ${days}`,
    );
  }
  return days;
}

/** Reads `aiGovernance.*` settings, falling back to the documented defaults. */
export function readGovernanceConfig(config: Config) {
  const matrix = config.getOptionalConfig('aiGovernance.riskMatrix');
  const riskMatrix: RiskMatrix = validateRiskMatrix(
    Object.fromEntries(
      RISK_LEVELS.map(level => [
        level,
        {
          min:
            matrix?.getOptionalNumber(`${level}.min`) ??
            DEFAULT_RISK_MATRIX[level].min,
        },
      ]),
    ) as RiskMatrix,
  );
  const appetite =
    config.getOptionalString('aiGovernance.scorecard.riskAppetite') ??
    DEFAULT_SCORECARD_RULES.riskAppetite;
  if (!RISK_LEVELS.includes(appetite as RiskLevel)) {
    throw new Error(
      `aiGovernance.scorecard.riskAppetite must be one of ${RISK_LEVELS.join(
        ', ',
      )}, got "${appetite}"`,
    );
  }
  const rules: ScorecardRules = {
    riskAppetite: appetite as RiskLevel,
    silverMinCompliance:
      config.getOptionalNumber('aiGovernance.scorecard.silverMinCompliance') ??
      DEFAULT_SCORECARD_RULES.silverMinCompliance,
    goldMinCompliance:
      config.getOptionalNumber('aiGovernance.scorecard.goldMinCompliance') ??
      DEFAULT_SCORECARD_RULES.goldMinCompliance,
  };
  return {
    riskMatrix,
    rules,
    maxEvidenceBytes:
      config.getOptionalNumber('aiGovernance.evidence.maxBytes') ??
      10 * 1024 * 1024,
    syncMinutes:
      config.getOptionalNumber('aiGovernance.catalogSync.frequencyMinutes') ??
      5,
    seedFile: config.getOptionalString('aiGovernance.seed.file'),
    governanceOffice:
      config.getOptionalString('aiGovernance.governanceOfficeGroup') ??
      'group:default/ai-governance-office',
    integrityCheck: {
      frequencyMinutes:
        config.getOptionalNumber(
          'aiGovernance.integrity.check.frequencyMinutes',
        ) ?? 60,
      sweepRecords:
        config.getOptionalNumber('aiGovernance.integrity.check.sweepRecords') ??
        5000,
    },
    validateResponses:
      config.getOptionalBoolean('aiGovernance.openapi.validateResponses') ??
      false,
    revalidationDueDays: positiveDays(
      config,
      'aiGovernance.tasks.revalidationDueDays',
      DEFAULT_REVALIDATION_DUE_DAYS,
    ),
    taskSchedule: readTaskSchedule(config),
    readiness: {
      sampleSize: readSampleSize(config),
      certification: readCertification(config),
    },
    training: readTrainingSettings(config),
  };
}

/**
 * The ai-governance backend plugin: governance records (risks, controls,
 * evidence, assessments), scorecards and the tamper-evident history, served
 * under /api/ai-governance.
 * @public
 */
export const aiGovernancePlugin = createBackendPlugin({
  pluginId: 'ai-governance',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        userInfo: coreServices.userInfo,
        notifications: notificationService,
      },
      async init(deps) {
        const settings = readGovernanceConfig(deps.config);
        const services = createGovernanceServices({
          knex: await openGovernanceDatabase(deps.database),
          riskMatrix: settings.riskMatrix,
          rules: settings.rules,
          integrity: { sweepRecords: settings.integrityCheck.sweepRecords },
          revalidationDueDays: settings.revalidationDueDays,
          governanceOffice: settings.governanceOffice,
          readiness: settings.readiness,
          catalog: { catalog: deps.catalog, auth: deps.auth },
          training: settings.training,
        });
        const { entityStore } = services;
        const entities = new EntityResolver(
          entityStore,
          deps.catalog,
          deps.auth,
          deps.logger,
          deps.userInfo,
          services.changes,
        );

        deps.permissionsRegistry.addResourceType({
          resourceRef: governedEntityResourceRef,
          permissions: aiGovernancePermissions,
          rules: Object.values(aiGovernanceRules),
          getResources: async refs => {
            const owners = await entityStore.ownersOf(refs);
            return refs.map(entityRef =>
              owners.has(entityRef)
                ? { entityRef, ownerRef: owners.get(entityRef) ?? null }
                : undefined,
            );
          },
        });
        if (deps.config.getOptionalBoolean('permission.enabled') !== true) {
          deps.logger.warn(
            'permission.enabled is not true: every signed-in user may change every governance record. Enable the permission framework in production.',
          );
        }

        const ruleset = deps.permissionsRegistry.getPermissionRuleset(
          governedEntityResourceRef,
        );
        deps.httpRouter.use(
          await createRouter({
            ...services,
            entities,
            authz: new GovernanceAuthorizer(deps.permissions, entityStore, {
              conditionsToQuery: createConditionTransformer(ruleset),
              conditionsAllow: createConditionAuthorizer(ruleset),
            }),
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            logger: deps.logger,
            maxEvidenceBytes: settings.maxEvidenceBytes,
            validateResponses: settings.validateResponses,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });

        await scheduleIntegrityCheck({
          integrity: services.integrity,
          scheduler: deps.scheduler,
          logger: deps.logger,
          auditor: deps.auditor,
          notifications: deps.notifications,
          recipients: settings.governanceOffice,
          frequencyMinutes: settings.integrityCheck.frequencyMinutes,
        });

        await scheduleCheckpoints({
          ...deps,
          checkpoints: services.checkpoints,
        });

        await scheduleSummaryJobs({ ...deps, scorecards: services.scorecards });
        await scheduleObjectiveSnapshots({
          ...deps,
          objectives: services.objectives,
        });

        const reviewTasks = {
          ...deps,
          tasks: services.tasks,
          settings: settings.taskSchedule,
          governanceOffice: settings.governanceOffice,
        };
        await scheduleReviewTasks(reviewTasks);
        await scheduleDocumentReviews({ ...deps, policies: services.policies });

        await scheduleTrainingRenewals({
          ...deps,
          training: services.training,
        });
        await scheduleTaskNotifications(deps);
        await scheduleIncidentNotifications(deps);

        await deps.scheduler.scheduleTask({
          id: 'ai-governance-catalog-sync',
          frequency: { minutes: settings.syncMinutes },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 5 },
          scope: 'global',
          fn: async () => {
            // Right after start the catalog may still be reading its
            // locations: while seeded systems are missing from it, look again
            // shortly (bounded) instead of waiting for the next run.
            for (let attempt = 0; ; attempt++) {
              await entities.syncFromCatalog();
              if (!settings.seedFile) return;
              const { seeded, skipped } = await seedFromFile({
                file: settings.seedFile,
                services,
                logger: deps.logger,
              });
              // Freshly loaded records have their reviews and expiries due
              // now, not at the review job's next run.
              if (seeded.length) await openReviewTasks(reviewTasks);
              if (skipped.length === 0 || attempt >= 24) return;
              await new Promise(resolve => setTimeout(resolve, 5000));
            }
          },
        });
      },
    });
  },
});
