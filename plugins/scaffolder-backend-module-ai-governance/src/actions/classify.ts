import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AI_RISK_TIERS,
  OPERATOR_ROLES,
  classifyAiSystem,
  type OperatorRole,
} from '@aigov/plugin-ai-governance-common';
import { examples } from './classify.examples';
import { assertSafeEntityName } from './names';

const ROLE_VALUES = OPERATOR_ROLES.map(o => o.value) as [
  OperatorRole,
  ...OperatorRole[],
];

/**
 * `ai-governance:classify`: the EU AI Act risk tier of a use case, with the
 * reasons and the obligations behind it for each of the organisation's
 * roles. Writes nothing, so it runs in dry runs.
 * @public
 */
export function createClassifyAction() {
  return createTemplateAction({
    id: 'ai-governance:classify',
    description:
      'Classifies an AI use case under the EU AI Act from the classification questionnaire: outputs the risk tier, the reasons (with the articles they rest on), the roles covered (for spec.operatorRoles of the AiSystem) and the obligations the tier brings to each role, and whether the Art. 27 fundamental rights impact assessment applies.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        answers: z =>
          z
            .record(z.unknown())
            .describe(
              'The questionnaire answers: prohibitedPractices, annexIIIArea, productSafetyComponent, art6Exemption, profilesNaturalPersons, transparency, and optionally operatorRoles, publicService, annexIIIUseCase, art6Condition and art6Justification (both required with art6Exemption), gpaiModel',
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
            .describe(
              'What the tier brings to all the roles covered, without repeats, citing the articles',
            ),
        roles: z =>
          z
            .array(z.enum(ROLE_VALUES))
            .describe(
              'The roles covered: those answered, or provider and deployer when none was (the reasons then say so)',
            ),
        obligationsByRole: z =>
          z
            .record(z.array(z.string()))
            .describe('What the tier brings to each role covered'),
        fundamentalRightsImpactAssessment: z =>
          z
            .boolean()
            .describe(
              'Whether the deployer must carry out the Art. 27 fundamental rights impact assessment',
            ),
        gpaiObligations: z =>
          z
            .array(z.string())
            .describe(
              'The duties of a provider of a general-purpose AI model (Arts. 51 to 55); empty when it provides none',
            ),
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
      ctx.output('roles', result.roles);
      ctx.output('obligationsByRole', result.obligationsByRole);
      ctx.output(
        'fundamentalRightsImpactAssessment',
        result.fundamentalRightsImpactAssessment,
      );
      ctx.output('gpaiObligations', result.gpaiObligations);
      ctx.output('classifiedOn', new Date().toISOString().slice(0, 10));
    },
  });
}
