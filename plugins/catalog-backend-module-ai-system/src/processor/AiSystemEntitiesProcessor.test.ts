import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { AiSystemEntitiesProcessor } from './AiSystemEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

const entity: Entity = {
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name: 'support-assistant', namespace: 'retail' },
  spec: {
    type: 'llm-application',
    lifecycle: 'production',
    owner: 'customer-experience',
    purpose: 'Answer customer questions about their accounts.',
    system: 'customer-support',
    implementedBy: ['support-chat-api', 'component:default/support-widget'],
    dependsOn: ['resource:kb-articles', 'api:default/llm-gateway'],
    models: [
      { name: 'support-llm', resource: 'support-llm-model' },
      { name: 'kb', resource: 'resource:retail/kb-articles' },
    ],
  },
};

async function relationsOf(e: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  await new AiSystemEntitiesProcessor().postProcessEntity(e, location, r =>
    emitted.push(r),
  );
  return emitted.map(r => {
    if (r.type !== 'relation') throw new Error(`unexpected ${r.type}`);
    const { source: s, type, target: t } = r.relation;
    return `${s.kind}:${s.namespace}/${s.name} ${type} ${t.kind}:${t.namespace}/${t.name}`;
  });
}

describe('AiSystemEntitiesProcessor', () => {
  it('emits every relation in both directions, resolving default kinds and namespaces', async () => {
    const self = 'AiSystem:retail/support-assistant';
    const reverse = {
      ownedBy: 'ownerOf',
      partOf: 'hasPart',
      implementedBy: 'implements',
      dependsOn: 'dependencyOf',
    };
    /** A relation from the system to `other`, and its reverse. */
    const both = (type: keyof typeof reverse, other: string) => [
      `${self} ${type} ${other}`,
      `${other} ${reverse[type]} ${self}`,
    ];
    expect((await relationsOf(entity)).sort()).toEqual(
      [
        ...both('ownedBy', 'Group:retail/customer-experience'),
        ...both('partOf', 'System:retail/customer-support'),
        ...both('implementedBy', 'Component:retail/support-chat-api'),
        ...both('implementedBy', 'component:default/support-widget'),
        ...both('dependsOn', 'resource:retail/kb-articles'),
        ...both('dependsOn', 'api:default/llm-gateway'),
        ...both('dependsOn', 'Resource:retail/support-llm-model'),
      ].sort(),
    );
  });

  it('emits nothing for other kinds and returns them untouched', async () => {
    const component = {
      ...entity,
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
    };
    expect(await relationsOf(component)).toEqual([]);
  });

  it('names the field when a dependency has no kind', async () => {
    const bad = {
      ...entity,
      spec: { ...entity.spec, dependsOn: ['resource:a', 'kb-articles'] },
    };
    await expect(relationsOf(bad)).rejects.toThrow(
      'Invalid AiSystem "aisystem:retail/support-assistant": spec.dependsOn[1] "kb-articles" is not a valid entity reference',
    );
  });

  it('validates the kind with the common validator', async () => {
    const processor = new AiSystemEntitiesProcessor();
    await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    await expect(
      processor.validateEntityKind({ ...entity, kind: 'Component' }),
    ).resolves.toBe(false);
    await expect(
      processor.validateEntityKind({
        ...entity,
        spec: { ...entity.spec, riskTier: 'huge' },
      }),
    ).rejects.toThrow('spec.riskTier must be one of');
  });
});
