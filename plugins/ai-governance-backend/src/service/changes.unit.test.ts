import { commitOf, diffSnapshots, type ChangeSnapshot } from './changes';

const base: ChangeSnapshot = {
  type: 'classifier',
  lifecycle: 'production',
  owner: 'group:default/ml',
  riskTier: 'high',
  purpose: 'Score loans.',
  models: { scorer: { version: '1', supplier: 'in-house' } },
  aiDependencies: [],
};

describe('the change rules', () => {
  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it('calls model versions, tier, purpose and new AI dependencies material, and the rest not', () => {
    const after: ChangeSnapshot = {
      ...base,
      owner: 'group:default/risk',
      purpose: 'Score loans and leases.',
      models: {
        scorer: { version: '1', supplier: 'acme' },
        ranker: { version: null, supplier: null },
      },
      aiDependencies: ['api:default/llm'],
    };
    expect(
      diffSnapshots(base, after).map(d => [d.field, d.change, d.material]),
    ).toEqual([
      ['spec.owner', 'changed', false],
      ['spec.purpose', 'changed', true],
      ['spec.models[ranker]', 'added', true],
      ['spec.models[scorer].supplier', 'changed', false],
      ['spec.dependsOn[api:default/llm]', 'added', true],
    ]);
    expect(
      diffSnapshots(after, base).find(d =>
        d.field.startsWith('spec.dependsOn'),
      ),
    ).toMatchObject({ change: 'removed', material: false });
  });

  it('names a tier that is set or unset as added or removed', () => {
    expect(diffSnapshots({ ...base, riskTier: null }, base)[0]).toMatchObject({
      field: 'spec.riskTier',
      change: 'added',
      before: null,
      after: 'high',
    });
  });

  it.each([
    ['url:https://github.com/acme/ai/tree/4f2c9e1/', '4f2c9e1'],
    ['url:https://github.com/acme/ai/blob/main/catalog-info.yaml', 'main'],
    ['url:https://gitlab.com/acme/ai/-/tree/v1.2.0/src', 'v1.2.0'],
    ['url:https://bitbucket.org/acme/ai/src?at=refs/heads/release', 'release'],
    ['url:https://dev.azure.com/acme/_git/ai?version=GCabc123', 'abc123'],
    ['url:https://github.com/acme/ai', null],
    ['not a url', null],
    [undefined, null],
  ])('reads the commit of source location %s', (location, commit) => {
    expect(commitOf(location)).toBe(commit);
  });
});
