import type { ReactElement } from 'react';
import {
  ANNEX_A_CONTROLS,
  type EntityControl,
} from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import userEvent from '@testing-library/user-event';
import {
  type AiGovernanceApi,
  AiGovernanceApiError,
  aiGovernanceApiRef,
} from '../../../api';

/*
 * Test helpers shared by the Controls, Assessments and History tests.
 */

// AuthorizeResult's values, typed from MockPermissionApi so the tests need no
// direct dependency on @backstage/plugin-permission-common.
type Decision = ReturnType<
  NonNullable<ConstructorParameters<typeof MockPermissionApi>[0]>
>;
const ALLOW = 'ALLOW' as unknown as Decision;
const DENY = 'DENY' as unknown as Decision;

/** Every method a jest mock; tests set the answers they need. */
export type MockApi = jest.Mocked<AiGovernanceApi>;

export function mockApi(): MockApi {
  const rejectUnexpected = (name: string) =>
    jest.fn(async () => {
      throw new Error(`unexpected call to ${name}`);
    });
  return {
    getControlLibrary: rejectUnexpected('getControlLibrary'),
    getRiskScenarios: rejectUnexpected('getRiskScenarios'),
    listRisks: rejectUnexpected('listRisks'),
    listAllRisks: rejectUnexpected('listAllRisks'),
    createRisk: rejectUnexpected('createRisk'),
    updateRisk: rejectUnexpected('updateRisk'),
    acceptRisk: rejectUnexpected('acceptRisk'),
    listControls: jest.fn(async () => makeControls()),
    putControl: rejectUnexpected('putControl'),
    listEvidence: jest.fn(async () => ({ items: [] })),
    createEvidence: rejectUnexpected('createEvidence'),
    uploadEvidenceContent: rejectUnexpected('uploadEvidenceContent'),
    evidenceContentUrl: jest.fn(
      async (id: string) => `http://test/evidence/${id}/content`,
    ),
    listAssessments: jest.fn(async () => []),
    createAssessment: rejectUnexpected('createAssessment'),
    updateAssessment: rejectUnexpected('updateAssessment'),
    approveAssessment: rejectUnexpected('approveAssessment'),
    getScorecard: rejectUnexpected('getScorecard'),
    getTeamScorecards: rejectUnexpected('getTeamScorecards'),
    getHeatMap: rejectUnexpected('getHeatMap'),
    listOverdue: rejectUnexpected('listOverdue'),
    listHistory: jest.fn(async () => ({ items: [] })),
    verifyHistory: jest.fn(async () => ({ ok: true, checked: 0 })),
    exportUrl: rejectUnexpected('exportUrl'),
  } as unknown as MockApi;
}

let entityCounter = 0;

/**
 * A fresh entity per test: usePermission caches decisions per resource for
 * the whole test file, so reusing one entity would leak a deny or allow.
 */
export function newEntityRef(): CompoundEntityRef {
  entityCounter += 1;
  return {
    kind: 'AiSystem',
    namespace: 'default',
    name: `credit-scoring-${entityCounter}`,
  };
}

/** The 38 controls as an entity nothing was recorded for, with overrides by id. */
export function makeControls(
  overrides: Record<string, Partial<EntityControl>> = {},
): EntityControl[] {
  return ANNEX_A_CONTROLS.map(c => ({
    entityRef: 'aisystem:default/credit-scoring',
    controlId: c.id,
    objectiveId: c.objectiveId,
    title: c.title,
    applicable: true,
    justification: null,
    status: 'not-started',
    owner: null,
    dueDate: null,
    overdue: false,
    evidence: [],
    recorded: false,
    version: 0,
    updatedAt: null,
    updatedBy: null,
    ...overrides[c.id],
  }));
}

/** An API error as the client throws it. */
export function apiError(
  status: number,
  message: string,
  details: Array<{ path: string; message: string }> = [],
) {
  return new AiGovernanceApiError(status, 'Error', message, details);
}

/** Renders `element` in a test app with the mocked API; `deny` lists permission names. */
export function renderWithApis(
  element: ReactElement,
  options: { api: MockApi; deny?: string[] },
) {
  const permissionApi = new MockPermissionApi(request =>
    options.deny?.includes(request.permission.name) ? DENY : ALLOW,
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiGovernanceApiRef, options.api],
        [permissionApiRef, permissionApi],
      ]}
    >
      {element}
    </TestApiProvider>,
  );
}

/**
 * A user without typing delays and without the pointer-events check, which
 * reads computed styles up the tree on every click and makes each click on
 * the 38-row page take a second in jsdom. Disabled buttons are still checked
 * with toBeDisabled.
 */
export function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: 0 });
}
