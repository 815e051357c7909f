import { mockServices } from '@backstage/backend-test-utils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import { LunrSearchEngineWithoutMissingIndex } from './searchEngine';

describe('LunrSearchEngineWithoutMissingIndex', () => {
  it('answers no results for a type that has no index yet, as the Documentation tab asks before any docs are built', async () => {
    const engine = new LunrSearchEngineWithoutMissingIndex({
      logger: mockServices.logger.mock(),
    });
    await expect(
      engine.query({ term: 'model', types: ['techdocs'] }),
    ).resolves.toEqual({ results: [], numberOfResults: 0 });
  });

  it('still finds the documents of a type once it is indexed', async () => {
    const engine = new LunrSearchEngineWithoutMissingIndex({
      logger: mockServices.logger.mock(),
    });
    await TestPipeline.fromIndexer(await engine.getIndexer('techdocs'))
      .withDocuments([
        {
          title: 'Candidate screening model card',
          text: 'Human oversight',
          location: '/docs/default/aisystem/candidate-screening',
        },
      ])
      .execute();
    const found = await engine.query({
      term: 'oversight',
      types: ['techdocs'],
    });
    expect(found.results.map(r => r.document.title)).toEqual([
      'Candidate screening model card',
    ]);
  });
});
