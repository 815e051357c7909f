import type { Risk, RiskScenario } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { type AiGovernanceApi, aiGovernanceApiRef } from '../../../api';
import { RiskRegister } from '../RiskRegister';

/*
 * AuthorizeResult.ALLOW | DENY, taken from the mock's signature: this package
 * does not declare @backstage/plugin-permission-common, where the enum lives.
 */
type Decision = ReturnType<
  NonNullable<ConstructorParameters<typeof MockPermissionApi>[0]>
>;
const ALLOW = 'ALLOW' as Decision;
const DENY = 'DENY' as Decision;

let nextId = 1;

/** A risk as the API returns it; the level follows the default matrix. */
export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  const id = `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
  return {
    id,
    entityRef: 'component:default/loan-scorer',
    title: 'A risk',
    description: '',
    category: 'fairness',
    source: null,
    lifecycleStage: 'operation',
    likelihood: 2,
    impact: 2,
    score: 4,
    level: 'low',
    treatment: 'mitigate',
    treatmentPlan: '',
    controlIds: [],
    residualLikelihood: null,
    residualImpact: null,
    residualScore: null,
    residualLevel: null,
    owner: 'group:default/credit-ml',
    status: 'open',
    dueDate: null,
    nextReviewDate: null,
    acceptance: null,
    version: 1,
    createdAt: '2025-01-10T09:00:00Z',
    createdBy: 'user:default/alice',
    updatedAt: '2025-01-10T09:00:00Z',
    updatedBy: 'user:default/alice',
    ...overrides,
  };
}

export type MockGovernanceApi = jest.Mocked<
  Pick<
    AiGovernanceApi,
    | 'listAllRisks'
    | 'createRisk'
    | 'updateRisk'
    | 'acceptRisk'
    | 'getRiskScenarios'
  >
>;

/** An API whose list answers with `store.risks`, so a test can change what a reload sees. */
export function mockGovernanceApi(initial: Risk[]) {
  const store = { risks: initial };
  const api: MockGovernanceApi = {
    listAllRisks: jest.fn(async (_entity: CompoundEntityRef) => store.risks),
    createRisk: jest.fn(),
    updateRisk: jest.fn(),
    acceptRisk: jest.fn(),
    getRiskScenarios: jest.fn(
      async (
        _systemType: string,
        _tier?: string,
      ): Promise<RiskScenario[]> => [],
    ),
  };
  return { api, store };
}

/**
 * Renders the register for an entity. Give each test its own entity name when
 * permissions differ: the permission hook caches answers per resource.
 */
export async function renderRegister(options: {
  api: MockGovernanceApi;
  deny?: string[];
  entityName?: string;
  systemType?: string;
}) {
  const entityRef: CompoundEntityRef = {
    kind: 'Component',
    namespace: 'default',
    name: options.entityName ?? 'loan-scorer',
  };
  const permissionApi = new MockPermissionApi(request =>
    options.deny?.includes(request.permission.name) ? DENY : ALLOW,
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiGovernanceApiRef, options.api as unknown as AiGovernanceApi],
        [permissionApiRef, permissionApi],
      ]}
    >
      <RiskRegister entityRef={entityRef} systemType={options.systemType} />
    </TestApiProvider>,
  );
}
