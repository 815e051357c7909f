import type { Risk } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { RiskRegister } from '../components/RiskRegister';
import { createMockAiGovernanceApi, type MockAiGovernanceApi } from './mockApi';
import { renderWithApis } from './renderWithApis';

/** A mock API whose risk list answers with `store.risks`, so a test can change what a reload sees. */
export function mockRiskStore(initial: Risk[]) {
  const store = { risks: initial };
  const api = createMockAiGovernanceApi({
    listAllRisks: async () => store.risks,
  });
  return { api, store };
}

/**
 * Renders the register for an entity. Give each test its own entity name when
 * permissions differ: the permission hook caches answers per resource.
 */
export function renderRegister(options: {
  api: MockAiGovernanceApi;
  deny?: string[];
  entityName?: string;
  systemType?: string;
  userEntityRef?: string;
}) {
  const entityRef: CompoundEntityRef = {
    kind: 'Component',
    namespace: 'default',
    name: options.entityName ?? 'loan-scorer',
  };
  return renderWithApis(
    <RiskRegister entityRef={entityRef} systemType={options.systemType} />,
    {
      api: options.api,
      deny: options.deny,
      userEntityRef: options.userEntityRef,
    },
  );
}
