import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModuleAiSystem } from './module';
import { AiSystemEntitiesProcessor } from './processor/AiSystemEntitiesProcessor';

describe('catalogModuleAiSystem', () => {
  it('registers the AiSystem processor with the catalog', async () => {
    const extensionPoint = { addProcessor: jest.fn() };
    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModuleAiSystem],
    });
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(AiSystemEntitiesProcessor),
    );
  });
});
