import type { AiGovernanceApi } from '../api';
import { makeControls } from './fixtures';

/** An AiGovernanceApi whose every method is a jest mock. */
export type MockAiGovernanceApi = jest.Mocked<AiGovernanceApi>;

type Methods = { [K in keyof AiGovernanceApi]: AiGovernanceApi[K] };

/**
 * Reads with an obvious empty answer: an entity nothing was recorded for.
 * Everything else (writes, scorecards, dashboard data) rejects until the
 * test says what it answers, so a forgotten mock fails loudly.
 */
const EMPTY_ENTITY: Partial<Methods> = {
  listRisks: async () => ({ items: [] }),
  listAllRisks: async () => [],
  getRiskScenarios: async () => [],
  listControls: async () => makeControls(),
  listEvidence: async () => ({ items: [] }),
  evidenceContentUrl: async (id: string) =>
    `http://test/evidence/${id}/content`,
  listAssessments: async () => [],
  listHistory: async () => ({ items: [] }),
  verifyHistory: async () => ({ ok: true, checked: 0 }),
  listTasks: async () => ({ items: [] }),
  listEntityTasks: async () => ({ items: [] }),
  listChanges: async () => ({ items: [] }),
  listEntityIncidents: async () => ({ items: [] }),
  listIncidents: async () => ({ items: [] }),
  listIncidentEntries: async () => [],
  listEntityNonconformities: async () => ({ items: [] }),
  listNonconformities: async () => ({ items: [] }),
  incidentReportDraftUrl: async (id: string) =>
    `http://test/incidents/${id}/report.md`,
  // An organisation without people or training, for the dashboard's card.
  listTrainingCourses: async () => ({ items: [], requirements: [] }),
  getTrainingCoverage: async () => ({
    asOf: '2026-12-07',
    teams: [],
    total: { members: 0, covered: 0, percent: null, courses: [] },
  }),
  listTrainingRecords: async () => [],
};

const METHODS: Array<keyof AiGovernanceApi> = [
  'getControlLibrary',
  'getRiskScenarios',
  'listRisks',
  'listAllRisks',
  'createRisk',
  'updateRisk',
  'acceptRisk',
  'decideProposedRisks',
  'listControls',
  'putControl',
  'listEvidence',
  'createEvidence',
  'uploadEvidenceContent',
  'evidenceContentUrl',
  'listAssessments',
  'createAssessment',
  'updateAssessment',
  'approveAssessment',
  'getScorecard',
  'getTeamScorecards',
  'getHeatMap',
  'listOverdue',
  'listHistory',
  'verifyHistory',
  'listTasks',
  'listEntityTasks',
  'completeTask',
  'dismissTask',
  'listChanges',
  'exportUrl',
  'createIncident',
  'listEntityIncidents',
  'listIncidents',
  'getIncident',
  'updateIncident',
  'listIncidentEntries',
  'addIncidentEntry',
  'createRiskFromIncident',
  'incidentReportDraftUrl',
  'incidentsExportUrl',
  'createNonconformity',
  'listEntityNonconformities',
  'listNonconformities',
  'getNonconformity',
  'updateNonconformity',
  'reviewEffectiveness',
  'listAimsClauses',
  'putAimsClause',
  'listAudits',
  'getAudit',
  'createAudit',
  'updateAudit',
  'addAuditFinding',
  'getAimsScope',
  'updateAimsScope',
  'getAimsRoles',
  'updateAimsRoles',
  'listManagementReviews',
  'getManagementReview',
  'createManagementReview',
  'updateManagementReview',
  'getManagementReviewMinutesMarkdown',
  'getManagementReviewMinutesPdf',
  'listObjectives',
  'getObjective',
  'createObjective',
  'updateObjective',
  'listPolicies',
  'getPolicy',
  'createPolicy',
  'updatePolicy',
  'createPolicyVersion',
  'submitPolicyVersion',
  'approvePolicyVersion',
  'rejectPolicyVersion',
  'getReadiness',
  'listTrainingCourses',
  'getTrainingCoverage',
  'listTrainingRecords',
  'createTrainingRecord',
];

/**
 * The one mock API of the component tests: each method a jest mock, the
 * `overrides` as their implementations, the empty-entity reads otherwise.
 */
export function createMockAiGovernanceApi(
  overrides: Partial<Methods> = {},
): MockAiGovernanceApi {
  const api: Record<string, jest.Mock> = {};
  for (const name of METHODS) {
    const impl =
      overrides[name] ??
      EMPTY_ENTITY[name] ??
      (async () => {
        throw new Error(`unexpected call to ${name}`);
      });
    api[name] = jest.fn(impl as (...args: any[]) => any);
  }
  return api as unknown as MockAiGovernanceApi;
}

/**
 * A fetchApi `fetch` that answers every request alike, with what a download
 * reads: the status, the attachment's file name and the body.
 */
export function fetchAnswering(answer: {
  status: number;
  statusText: string;
  filename?: string;
  body?: Blob;
}) {
  const { status, statusText, filename, body } = answer;
  return jest.fn().mockResolvedValue({
    ok: status >= 200 && status < 300,
    status,
    statusText,
    headers: {
      get: () => (filename ? `attachment; filename="${filename}"` : null),
    },
    blob: async () => body,
  });
}
