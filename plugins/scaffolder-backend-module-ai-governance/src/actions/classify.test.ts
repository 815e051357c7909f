import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createClassifyAction } from './classify';
import { examples } from './classify.examples';

const answers = {
  prohibitedPractices: [],
  annexIIIArea: 'employment',
  productSafetyComponent: false,
  art6Exemption: false,
  profilesNaturalPersons: true,
  transparency: ['interacts-with-people'],
};

describe('ai-governance:classify', () => {
  const action = createClassifyAction();

  it('outputs the tier with reasons and obligations citing articles', async () => {
    const ctx = createMockActionContext({
      input: { name: 'cv-screening', answers },
    });
    await action.handler(ctx as any);
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(outputs.tier).toBe('high');
    expect(outputs.reasons.join(' ')).toMatch(/Annex III/);
    expect(outputs.obligations.join(' ')).toMatch(/Art\. 9/);
    expect(outputs.obligations.join(' ')).toMatch(/Art\. 50/);
    expect(outputs.classifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('classifies a chatbot as limited and a back-office forecast as minimal', async () => {
    const tierOf = async (a: object) => {
      const ctx = createMockActionContext({ input: { answers: a } });
      await action.handler(ctx as any);
      return (ctx.output as jest.Mock).mock.calls.find(
        ([name]) => name === 'tier',
      )[1];
    };
    await expect(
      tierOf({
        ...answers,
        annexIIIArea: 'none',
        profilesNaturalPersons: false,
      }),
    ).resolves.toBe('limited');
    await expect(
      tierOf({
        ...answers,
        annexIIIArea: 'none',
        profilesNaturalPersons: false,
        transparency: [],
      }),
    ).resolves.toBe('minimal');
  });

  const outputsOf = async (input: object) => {
    const ctx = createMockActionContext({ input });
    await action.handler(ctx as any);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  };

  it('outputs the roles answered with the obligations of each and the impact-assessment flag', async () => {
    const outputs = await outputsOf({
      answers: {
        ...answers,
        operatorRoles: ['deployer'],
        publicService: true,
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5a',
        transparency: [],
      },
    });
    expect(outputs.tier).toBe('high');
    expect(outputs.roles).toEqual(['deployer']);
    expect(Object.keys(outputs.obligationsByRole)).toEqual(['deployer']);
    expect(outputs.obligations).toEqual(outputs.obligationsByRole.deployer);
    expect(outputs.obligations.join(' ')).toMatch(/Art\. 26/);
    expect(outputs.obligations.join(' ')).toMatch(/Art\. 27/);
    // A deployer has no provider duties such as the risk-management system.
    expect(outputs.obligations.join(' ')).not.toMatch(/\(Art\. 9\)/);
    expect(outputs.fundamentalRightsImpactAssessment).toBe(true);
    expect(outputs.gpaiObligations).toEqual([]);
  });

  it('covers a provider and a deployer when no role is answered, and says so', async () => {
    const outputs = await outputsOf({ answers });
    expect(outputs.roles).toEqual(['provider', 'deployer']);
    expect(Object.keys(outputs.obligationsByRole).sort()).toEqual([
      'deployer',
      'provider',
    ]);
    expect(outputs.reasons.join(' ')).toMatch(/No operator role was answered/);
  });

  it('refuses a derogation without its condition, naming the field', async () => {
    const ctx = createMockActionContext({
      input: {
        answers: {
          ...answers,
          profilesNaturalPersons: false,
          art6Exemption: true,
          art6Justification: 'Only sorts CVs into folders by job opening.',
        },
      },
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(/art6Condition/);
  });

  it('refuses answers it does not know, naming the field', async () => {
    const ctx = createMockActionContext({
      input: { answers: { ...answers, annexIIIArea: 'banking' } },
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(
      /annexIIIArea.*banking/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it.each(['../escape', '/etc/passwd', 'a/b', 'C:\\temp', '..'])(
    'refuses the name %s that could leave the workspace',
    async name => {
      const ctx = createMockActionContext({ input: { name, answers } });
      await expect(action.handler(ctx as any)).rejects.toThrow(
        /name .*(path separators|not a valid entity name)/,
      );
      expect(ctx.output).not.toHaveBeenCalled();
    },
  );

  it('runs the examples with literal answers', async () => {
    const literal = examples
      .map(e => yaml.parse(e.example).steps[0].input)
      .filter(input => typeof input.answers === 'object');
    expect(literal).toHaveLength(2);
    const tiers = [];
    for (const input of literal) tiers.push((await outputsOf(input)).tier);
    expect(tiers).toEqual(['high', 'high']);
    expect(
      (await outputsOf(literal[1])).fundamentalRightsImpactAssessment,
    ).toBe(true);
  });

  it('is marked as safe for dry runs', () => {
    expect(action.supportsDryRun).toBe(true);
  });
});
