import type { Knex } from 'knex';
import {
  type AuthService,
  type DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  AimsRole,
  AimsScopeContent,
  RiskMatrix,
  ScorecardRules,
} from '@aigov/plugin-ai-governance-common';
import { DatabaseAssessmentStore } from '../database/AssessmentStore';
import { DatabaseBaselineStore } from '../database/BaselineStore';
import { DatabaseChangeStore } from '../database/ChangeStore';
import { DatabaseCheckpointStore } from '../database/CheckpointStore';
import { DatabaseControlStore } from '../database/ControlStore';
import { DatabaseEntityStore } from '../database/EntityStore';
import { DatabaseEvidenceStore } from '../database/EvidenceStore';
import { DatabaseHistoryStore } from '../database/HistoryStore';
import { DatabaseIncidentStore } from '../database/IncidentStore';
import { DatabaseNonconformityStore } from '../database/NonconformityStore';
import { DatabaseAimsClauseStore } from '../database/AimsClauseStore';
import { DatabaseAuditStore } from '../database/AuditStore';
import { DatabaseAimsDocumentStore } from '../database/AimsDocumentStore';
import { DatabaseManagementReviewStore } from '../database/ManagementReviewStore';
import { DatabaseTrainingStore } from '../database/TrainingStore';
import { DatabaseMeasureStore } from '../database/MeasureStore';
import { DatabaseObjectiveStore } from '../database/ObjectiveStore';
import { AimsContextStore } from '../database/AimsContextStore';
import { DatabaseOverviewStore } from '../database/OverviewStore';
import { DatabaseReplayStore } from '../database/ReplayStore';
import { DatabaseRiskStore } from '../database/RiskStore';
import { DatabaseTaskScheduleStore } from '../database/TaskScheduleStore';
import { DatabaseTaskStore } from '../database/TaskStore';
import { Scorecards } from '../database/scorecards';
import { type Clock, UnitOfWork } from '../database/UnitOfWork';
import { AssessmentService } from './AssessmentService';
import { BaselineService } from './BaselineService';
import { ChangeService } from './ChangeService';
import { CheckpointService } from './CheckpointService';
import { ControlService } from './ControlService';
import { EvidenceService } from './EvidenceService';
import { IncidentService } from './IncidentService';
import { IntegrityService } from './IntegrityService';
import { NonconformityService } from './NonconformityService';
import { AimsClauseService } from './AimsClauseService';
import { AuditService } from './AuditService';
import type { ReadinessSettings } from './ReadinessService';
import { createReadinessService } from './readinessWiring';
import { PolicyService } from './PolicyService';
import { ManagementReviewService } from './ManagementReviewService';
import { objectivesReviewInput } from './reviewObjectivesInput';
import { scopeReviewInput } from './reviewScopeInput';
import { TrainingService } from './TrainingService';
import {
  defaultTrainingSettings,
  type TrainingSettings,
} from './trainingConfig';
import { CatalogTrainingDirectory, NO_PEOPLE } from './trainingPeople';
import { ObjectiveService } from './ObjectiveService';
import { backstageAimsCatalog, snapshotAimsCatalog } from './aimsCatalog';
import { AimsRoleService, type AimsRolesContent } from './AimsRoleService';
import { AimsScopeService } from './AimsScopeService';
import { governanceReplays } from './replays';
import { RiskService } from './RiskService';
import { DEFAULT_REVALIDATION_DUE_DAYS, TaskService } from './TaskService';
import type { GovernanceServices } from './routes/context';

const migrationsDir = resolvePackagePath(
  '@aigov/plugin-ai-governance-backend',
  'migrations',
);

/** The plugin's database, migrated to the latest schema unless migrations are skipped. */
export async function openGovernanceDatabase(
  database: DatabaseService,
  options: { skipMigrations?: boolean } = {},
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip && !options.skipMigrations) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}

/** Wires the stores and the services that hold the domain rules. */
export function createGovernanceServices(options: {
  knex: Knex;
  riskMatrix: RiskMatrix;
  rules: ScorecardRules;
  clock?: Clock;
  /** Records the scheduled integrity check sweeps per run besides the changed ones. */
  integrity?: { sweepRecords?: number };
  /** Days after a material change its revalidation is due (default 30). */
  revalidationDueDays?: number;
  /** The group whose members may review any corrective action's effectiveness. */
  governanceOffice?: string;
  /** The stage 2 sample size and the certification calendar. */
  readiness?: ReadinessSettings;
  /** Where the AIMS scope resolves its AI systems and the roles their members; without it, the snapshot. */
  catalog?: { catalog: CatalogService; auth: AuthService };
  /** The course catalogue and who needs which course (default: the shipped ones). */
  training?: TrainingSettings;
}): GovernanceServices {
  const { knex } = options;
  const clock = options.clock ?? (() => new Date());
  const work = new UnitOfWork(knex, clock);
  const riskStore = new DatabaseRiskStore(knex);
  const controlStore = new DatabaseControlStore(knex);
  const assessmentStore = new DatabaseAssessmentStore(knex);
  const evidenceStore = new DatabaseEvidenceStore(knex);
  const historyStore = new DatabaseHistoryStore(knex);
  const changeStore = new DatabaseChangeStore(knex);
  const taskStore = new DatabaseTaskStore(knex);
  const incidentStore = new DatabaseIncidentStore(knex, clock);
  const nonconformityStore = new DatabaseNonconformityStore(knex);
  const aimsClauseStore = new DatabaseAimsClauseStore(knex);
  const auditStore = new DatabaseAuditStore(knex);
  const documentStore = new DatabaseAimsDocumentStore(knex);
  const managementReviewStore = new DatabaseManagementReviewStore(knex);
  const trainingStore = new DatabaseTrainingStore(knex);
  const objectiveStore = new DatabaseObjectiveStore(knex);
  const aimsScopeStore = new AimsContextStore<AimsScopeContent>(knex, 'scope');
  const aimsRoleStore = new AimsContextStore<AimsRolesContent>(knex, 'roles');
  const aimsCatalog = options.catalog
    ? backstageAimsCatalog(options.catalog.catalog, options.catalog.auth)
    : snapshotAimsCatalog(knex);
  const aimsScope = new AimsScopeService(aimsScopeStore, work, aimsCatalog);
  const governanceOffice =
    options.governanceOffice ?? 'group:default/ai-governance-office';
  const tasks = new TaskService(
    taskStore,
    work,
    {
      revalidationDueDays:
        options.revalidationDueDays ?? DEFAULT_REVALIDATION_DUE_DAYS,
    },
    new DatabaseTaskScheduleStore(knex),
  );
  const risks = new RiskService(riskStore, work, options.riskMatrix);
  const controls = new ControlService(controlStore, work);
  const assessments = new AssessmentService(assessmentStore, work);
  const training = new TrainingService(
    trainingStore,
    taskStore,
    new DatabaseEntityStore(knex, clock),
    work,
    options.training ?? defaultTrainingSettings(),
    options.catalog
      ? new CatalogTrainingDirectory(
          options.catalog.catalog,
          options.catalog.auth,
        )
      : NO_PEOPLE,
    role =>
      new AimsRoleService(
        aimsRoleStore,
        work,
        aimsCatalog,
        governanceOffice,
      ).holdersOf(role as AimsRole),
  );
  const objectives = new ObjectiveService(objectiveStore, work, {
    measures: new DatabaseMeasureStore(knex),
    scorecards: new Scorecards(knex, options.rules, clock),
    // Clause readiness as GET /aims/clauses answers it.
    aimsClauses: new AimsClauseService(aimsClauseStore, work, aimsScope, () =>
      training.competence(),
    ),
    training,
    // The high-tier systems in scope as the AIMS scope resolves them.
    scope: aimsScope,
  });
  // Keys and sink come from the configuration at plugin start (jobs/checkpoints.ts).
  const checkpoints = new CheckpointService(
    new DatabaseCheckpointStore(knex),
    historyStore,
    clock,
  );
  const services: Omit<GovernanceServices, 'readiness'> = {
    work,
    entityStore: new DatabaseEntityStore(knex, clock),
    riskStore,
    historyStore,
    overview: new DatabaseOverviewStore(knex, options.rules),
    scorecards: new Scorecards(knex, options.rules, clock),
    risks,
    controls,
    assessments,
    changes: new ChangeService(changeStore, work, tasks),
    tasks,
    incidents: new IncidentService(incidentStore, work, risks),
    nonconformities: new NonconformityService(nonconformityStore, work, {
      governanceOffice,
    }),
    aimsClauses: new AimsClauseService(aimsClauseStore, work, aimsScope, () =>
      training.competence(),
    ),
    aimsScope,
    aimsRoles: new AimsRoleService(
      aimsRoleStore,
      work,
      aimsCatalog,
      governanceOffice,
    ),
    audits: new AuditService(auditStore, nonconformityStore, work),
    policies: new PolicyService(
      documentStore,
      taskStore,
      work,
      new AimsRoleService(aimsRoleStore, work, aimsCatalog, governanceOffice),
      clock,
    ),
    managementReviews: new ManagementReviewService(
      managementReviewStore,
      taskStore,
      work,
      [
        scopeReviewInput(() => aimsScope.record()),
        objectivesReviewInput(since => objectives.listWithTrends(since)),
      ],
    ),
    training,
    objectives,
    evidence: new EvidenceService(evidenceStore, riskStore, work, historyStore),
    integrity: new IntegrityService(
      historyStore,
      new DatabaseReplayStore(knex),
      governanceReplays({
        risks: riskStore,
        controls: controlStore,
        evidence: evidenceStore,
        assessments: assessmentStore,
        changes: changeStore,
        tasks: taskStore,
        incidents: incidentStore,
        nonconformities: nonconformityStore,
        aimsClauses: aimsClauseStore,
        audits: auditStore,
        documents: documentStore,
        managementReviews: managementReviewStore,
        training: trainingStore,
        objectives: objectiveStore,
        aimsScope: aimsScopeStore,
        aimsRoles: aimsRoleStore,
      }),
      clock,
      {
        ...options.integrity,
        // The chain's hashes and the signed checkpoints, before the records.
        chain: () => checkpoints.verifyChain(),
      },
    ),
    checkpoints,
    baselines: new BaselineService(
      {
        baselines: new DatabaseBaselineStore(),
        risks: riskStore,
        assessments: assessmentStore,
        controls: controlStore,
      },
      work,
      { risks, assessments, controls },
    ),
  };
  return {
    ...services,
    readiness: createReadinessService(knex, services, options.readiness),
  };
}
