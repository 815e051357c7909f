import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AI_RISK_TIERS,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';
import { examples } from './classify.examples';
import { assertSafeEntityName } from './names';

/**
 * `ai-governance:classify`: the EU AI Act risk tier of a use case, with the
 * reasons and obligations behind it. Writes nothing, so it runs in dry runs.
 * @public
 */
export function createClassifyAction() {
  return createTemplateAction({
    id: 'ai-governance:classify',
    description:
      'Classifies an AI use case under the EU AI Act from the classification questionnaire: outputs the risk tier, the reasons (with the articles they rest on) and the obligations the tier brings.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        answers: z =>
          z
            .record(z.unknown())
            .describe(
              'The questionnaire answers: prohibitedPractices, annexIIIArea, productSafetyComponent, art6Exemption, profilesNaturalPersons, transparency',
            ),
        name: z =>
          z
            .string()
            .optional()
            .describe(
              'The entity name of the new AI system; checked here so a bad name stops the template before anything is created',
            ),
      },
      output: {
        tier: z => z.enum(AI_RISK_TIERS).describe('The EU AI Act risk tier'),
        reasons: z => z.array(z.string()).describe('Why, citing the articles'),
        obligations: z =>
          z
            .array(z.string())
            .describe('What the tier brings, citing the articles'),
        classifiedOn: z =>
          z.string().describe('The date of the classification, YYYY-MM-DD'),
      },
    },
    async handler(ctx) {
      if (ctx.input.name !== undefined) {
        assertSafeEntityName('name', ctx.input.name);
      }
      let result;
      try {
        result = classifyAiSystem(ctx.input.answers);
      } catch (error) {
        throw new InputError(`answers: ${(error as Error).message}`);
      }
      ctx.logger.info(
        `Classified ${ctx.input.name ?? 'the use case'} as ${
          result.tier
        }: ${result.reasons.join(' ')}`,
      );
      ctx.output('tier', result.tier);
      ctx.output('reasons', result.reasons);
      ctx.output('obligations', result.obligations);
      ctx.output('classifiedOn', new Date().toISOString().slice(0, 10));
    },
  });
}
