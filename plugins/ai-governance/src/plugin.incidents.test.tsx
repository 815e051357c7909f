import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { aiGovernancePlugin } from './plugin';
import alphaPlugin from './alpha';
import { incidentsRouteRef } from './routes';

describe('the incidents extensions', () => {
  it('mounts the org incidents page at /ai-governance/incidents in the new frontend system', () => {
    const page = alphaPlugin.getExtension('page:ai-governance/incidents');
    expect(createExtensionTester(page).get(coreExtensionData.routePath)).toBe(
      '/ai-governance/incidents',
    );
  });

  it('puts a Report an incident card on AiSystem pages', () => {
    expect(
      alphaPlugin.getExtension('entity-card:ai-governance/report-incident'),
    ).toBeDefined();
  });

  it('exposes the incidents route to legacy apps', () => {
    expect(aiGovernancePlugin.routes).toMatchObject({
      incidents: incidentsRouteRef,
    });
  });
});
