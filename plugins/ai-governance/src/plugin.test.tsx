import type { Entity } from '@backstage/catalog-model';
import { getComponentData } from '@backstage/core-plugin-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { screen } from '@testing-library/react';
import {
  createMockAiGovernanceApi,
  renderWithApis,
  scorecard,
} from './__testUtils__';
import {
  aiGovernancePlugin,
  AiClassificationFieldExtension,
  EntityAiSystemOverviewCard,
} from './plugin';
import { AiClassificationField } from './components/ClassificationField';
import alphaPlugin from './alpha';

const entity: Entity = {
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: {
    name: 'support-assistant',
    namespace: 'default',
    title: 'Support assistant',
  },
  spec: {
    type: 'llm-application',
    lifecycle: 'production',
    owner: 'group:default/customer-experience',
    purpose: 'Answer customer questions about their accounts.',
    riskTier: 'limited',
  },
};

describe('the legacy frontend system exports', () => {
  it('is the ai-governance plugin with its API', () => {
    expect(aiGovernancePlugin.getId()).toBe('ai-governance');
    expect([...aiGovernancePlugin.getApis()].map(a => a.api.id)).toEqual([
      'plugin.ai-governance.client',
    ]);
  });

  it('renders the AiSystem overview card as a component extension', async () => {
    const api = createMockAiGovernanceApi({
      // The rest of the scorecard is the fixture's: this test only checks the card renders.
      getScorecard: async () =>
        scorecard({
          entityRef: 'aisystem:default/support-assistant',
          title: 'Support assistant',
          owner: 'group:default/customer-experience',
          riskTier: 'limited',
          level: 'bronze',
          nextLevel: 'silver',
          missingForNextLevel: ['Raise control compliance from 57 % to 80 %'],
          missingItems: [
            {
              text: 'Raise control compliance from 57 % to 80 %',
              section: 'controls',
            },
          ],
          compliance: 0.57,
          controls: { applicable: 37, implemented: 21, notApplicable: 1 },
        }),
    });
    await renderWithApis(<EntityAiSystemOverviewCard />, { api, entity });
    expect(
      await screen.findByText('Raise control compliance from 57 % to 80 %'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Answer customer questions about their accounts.'),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith({
      kind: 'AiSystem',
      namespace: 'default',
      name: 'support-assistant',
    });
  });
});

describe('the legacy scaffolder field extension', () => {
  it('is a component carrying the AiClassificationQuestionnaire field', () => {
    expect(typeof AiClassificationFieldExtension).toBe('function');
    // createScaffolderFieldExtension attaches the field options as component
    // data, which <ScaffolderFieldExtensions> collects.
    const data = getComponentData<{ name: string; component: unknown }>(
      <AiClassificationFieldExtension />,
      'scaffolder.extensions.field.v1',
    );
    expect(data?.name).toBe('AiClassificationQuestionnaire');
    expect(data?.component).toBe(AiClassificationField);
  });
});

describe('the new frontend system plugin', () => {
  it('provides the API, the dashboard and My tasks pages, the Governance tab and the three cards', () => {
    expect(alphaPlugin.id).toBe('ai-governance');
    for (const id of [
      'api:ai-governance',
      'page:ai-governance',
      'page:ai-governance/my-tasks',
      'entity-content:ai-governance/governance',
      'entity-card:ai-governance/ai-system-overview',
      'entity-card:ai-governance/component-ai-systems',
      'entity-card:ai-governance/group-scorecard',
    ]) {
      expect(alphaPlugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('mounts My tasks at /ai-governance/tasks', () => {
    const page = alphaPlugin.getExtension('page:ai-governance/my-tasks');
    expect(createExtensionTester(page).get(coreExtensionData.routePath)).toBe(
      '/ai-governance/tasks',
    );
  });

  it('attaches the classification field where the scaffolder loads form fields', async () => {
    const extension = alphaPlugin.getExtension(
      'scaffolder-form-field:ai-governance/ai-classification-questionnaire',
    );
    // kind and attachTo are not part of the public type.
    expect(extension).toMatchObject({
      kind: 'scaffolder-form-field',
      name: 'ai-classification-questionnaire',
      attachTo: { id: 'api:scaffolder/form-fields', input: 'formFields' },
    });

    const loader = createExtensionTester(extension).get(
      FormFieldBlueprint.dataRefs.formFieldLoader,
    );
    const field = await loader();
    expect(field).toMatchObject({
      $$type: '@backstage/scaffolder/FormField',
      name: 'AiClassificationQuestionnaire',
      component: AiClassificationField,
    });
  });
});
