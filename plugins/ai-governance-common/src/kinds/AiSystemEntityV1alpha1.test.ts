import type { Entity } from '@backstage/catalog-model';
import {
  aiSystemEntityV1alpha1Schema,
  aiSystemEntityV1alpha1Validator as validator,
  isAiSystemEntity,
} from './AiSystemEntityV1alpha1';

function aiSystem(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name: 'credit-scoring' },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner: 'group:default/lending-decisioning',
      purpose:
        'Estimate the probability that a retail loan applicant defaults.',
      ...spec,
    },
  };
}

function without(field: string): Entity {
  const entity = aiSystem();
  delete (entity.spec as Record<string, unknown>)[field];
  return entity;
}

describe('aiSystemEntityV1alpha1Validator', () => {
  it('accepts a minimal AiSystem', async () => {
    await expect(validator.check(aiSystem())).resolves.toBe(true);
  });

  it('accepts the example shipped in the JSON schema, every field filled', async () => {
    for (const example of aiSystemEntityV1alpha1Schema.examples) {
      await expect(validator.check(example as Entity)).resolves.toBe(true);
    }
  });

  it('accepts unknown extra spec fields, as Backstage does for its own kinds', async () => {
    await expect(
      validator.check(aiSystem({ costCentre: 'CC-1234' })),
    ).resolves.toBe(true);
  });

  it.each([
    ['another kind', { ...aiSystem(), kind: 'Component' }],
    ['another apiVersion', { ...aiSystem(), apiVersion: 'aigov.dev/v1beta9' }],
    [
      'the upstream AiResource kind',
      {
        ...aiSystem(),
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'AiResource',
      },
    ],
  ])('resolves false for %s', async (_, entity) => {
    await expect(validator.check(entity as Entity)).resolves.toBe(false);
  });

  it.each([
    ['spec.type', without('type'), 'is required'],
    ['spec.lifecycle', without('lifecycle'), 'is required'],
    ['spec.owner', without('owner'), 'is required'],
    ['spec.purpose', without('purpose'), 'is required'],
    ['spec.type', aiSystem({ type: '' }), 'must not be empty'],
    ['spec.purpose', aiSystem({ purpose: 42 }), 'must be of type string'],
    [
      'spec.riskTier',
      aiSystem({ riskTier: 'extreme' }),
      'must be one of "prohibited", "high", "limited", "minimal"',
    ],
    ['spec.system', aiSystem({ system: ['a'] }), 'must be of type string'],
    [
      'spec.implementedBy',
      aiSystem({ implementedBy: 'component:x' }),
      'must be of type array',
    ],
    [
      'spec.implementedBy[1]',
      aiSystem({ implementedBy: ['component:a', ''] }),
      'must not be empty',
    ],
    [
      'spec.dependsOn[0]',
      aiSystem({ dependsOn: [7] }),
      'must be of type string',
    ],
    [
      'spec.operatorRoles[0]',
      aiSystem({ operatorRoles: ['reseller'] }),
      'must be one of',
    ],
    [
      'spec.operatorRoles',
      aiSystem({ operatorRoles: ['provider', 'provider'] }),
      'must not contain duplicates',
    ],
    [
      'spec.affectedPeople[0].group',
      aiSystem({ affectedPeople: [{ vulnerable: true }] }),
      'is required',
    ],
    [
      'spec.affectedPeople[0].vulnerable',
      aiSystem({ affectedPeople: [{ group: 'children', vulnerable: 'yes' }] }),
      'must be of type boolean',
    ],
    [
      'spec.personalData.specialCategories[0]',
      aiSystem({ personalData: { specialCategories: ['shoe-size'] } }),
      'must be one of',
    ],
    [
      'spec.humanOversight.mode',
      aiSystem({ humanOversight: {} }),
      'is required',
    ],
    [
      'spec.humanOversight.mode',
      aiSystem({ humanOversight: { mode: 'sometimes' } }),
      'must be one of',
    ],
    [
      'spec.models[0].name',
      aiSystem({ models: [{ version: '1' }] }),
      'is required',
    ],
    [
      'spec.models[1].resource',
      aiSystem({ models: [{ name: 'a' }, { name: 'b', resource: '' }] }),
      'must not be empty',
    ],
    ['spec', { ...aiSystem(), spec: undefined }, 'is required'],
  ])(
    'rejects an invalid %s, naming the field',
    async (field, entity, problem) => {
      const check = validator.check(entity as Entity);
      await expect(check).rejects.toThrow(`${field} ${problem}`);
      await expect(check).rejects.toThrow(
        'Invalid AiSystem "aisystem:default/credit-scoring"',
      );
    },
  );

  it('names every invalid field at once', async () => {
    const check = validator.check(
      aiSystem({ riskTier: 'extreme', lifecycle: '' }),
    );
    await expect(check).rejects.toThrow(
      /spec\.lifecycle must not be empty.*spec\.riskTier must be one of/,
    );
  });
});

describe('isAiSystemEntity', () => {
  it('tells AiSystems from other entities', () => {
    expect(isAiSystemEntity(aiSystem())).toBe(true);
    expect(isAiSystemEntity({ ...aiSystem(), kind: 'Component' })).toBe(false);
    expect(isAiSystemEntity(undefined)).toBe(false);
  });
});
