import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleLocalRepositories } from './module';

describe('scaffolderModuleLocalRepositories', () => {
  const start = async (data: object) => {
    const extensionPoint = { addActions: jest.fn() };
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, extensionPoint]],
      features: [
        scaffolderModuleLocalRepositories,
        mockServices.rootConfig.factory({
          data: { backend: { baseUrl: 'http://localhost:7007' }, ...data },
        }),
      ],
    });
    return extensionPoint.addActions.mock.calls.flat();
  };

  it('adds publish:local when localRepositories.root is set', async () => {
    const actions = await start({ localRepositories: { root: 'repos' } });
    expect(actions.map(a => a.id)).toEqual(['publish:local']);
  });

  it('adds nothing without localRepositories.root, as in production', async () => {
    expect(await start({})).toEqual([]);
  });
});
