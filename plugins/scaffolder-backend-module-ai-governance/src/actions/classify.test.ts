import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createClassifyAction } from './classify';

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

  it('is marked as safe for dry runs', () => {
    expect(action.supportsDryRun).toBe(true);
  });
});
