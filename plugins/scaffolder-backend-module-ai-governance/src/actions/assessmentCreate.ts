import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AI_SOURCING_MODES,
  buildGovernanceBaseline,
  SUPPLIER_CONTRACT_STATUSES,
  type GovernanceBaseline,
} from '@aigov/plugin-ai-governance-common';
import { examples } from './assessmentCreate.examples';
import { parseAiSystemRef } from './names';
import { GovernanceRecordsClient } from '../service/GovernanceRecordsClient';

/** Options of {@link createAssessmentCreateAction}. @public */
export interface AssessmentCreateActionOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  /** How long to wait for the catalog to have a just-registered entity. */
  catalogWaitSeconds?: number;
  /** Pause between attempts while waiting for the catalog, in milliseconds. */
  catalogPollMs?: number;
}

/**
 * `ai-governance:assessment:create`: creates the first governance records of
 * a new AI system (classification assessment, starting risk register, control
 * applicability) on behalf of the user running the template.
 * @public
 */
export function createAssessmentCreateAction(
  options: AssessmentCreateActionOptions,
) {
  const client = new GovernanceRecordsClient(options.auth, options.discovery);
  const waitMs = (options.catalogWaitSeconds ?? 120) * 1000;
  const pollMs = options.catalogPollMs ?? 2000;

  return createTemplateAction({
    id: 'ai-governance:assessment:create',
    description:
      'Creates the initial governance records of a new AI system, as the user running the template: the EU AI Act classification assessment, a risk register seeded from the risk library for its type and tier, and the Annex A control applicability for its tier and sourcing. Safe to retry; in a dry run it returns what it would create and writes nothing.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The AiSystem to onboard: aisystem:namespace/name, namespace/name or a name',
            ),
        systemType: z =>
          z
            .string()
            .min(1)
            .max(100)
            .describe('spec.type of the AiSystem, e.g. llm-application'),
        owner: z =>
          z
            .string()
            .min(1)
            .describe('The owning group, e.g. group:default/payments-risk'),
        answers: z =>
          z
            .record(z.unknown())
            .describe('The classification questionnaire answers'),
        sourcing: z =>
          z
            .enum(AI_SOURCING_MODES)
            .default('in-house')
            .describe(
              'Who builds the AI: in-house, third-party-model or third-party-service',
            ),
        supplier: z =>
          z
            .object({
              name: z.string().min(1),
              contractStatus: z.enum(SUPPLIER_CONTRACT_STATUSES),
              dataShared: z.array(z.string()).default([]),
              contact: z.string().optional(),
            })
            .optional()
            .describe('The supplier of a third-party AI service'),
      },
      output: {
        entityRef: z => z.string(),
        tier: z => z.string(),
        dryRun: z => z.boolean(),
        assessmentId: z => z.string().optional(),
        riskCount: z => z.number(),
        applicableControlCount: z => z.number(),
        risks: z => z.array(z.string()).describe('Titles of the risks'),
        governancePath: z =>
          z.string().describe('Path of the Governance tab in the portal'),
      },
    },
    async handler(ctx) {
      const entity = parseAiSystemRef('entityRef', ctx.input.entityRef);
      const entityRef = stringifyEntityRef(entity);
      let baseline: GovernanceBaseline;
      try {
        baseline = buildGovernanceBaseline({
          systemType: ctx.input.systemType,
          owner: ctx.input.owner,
          answers: ctx.input.answers as any,
          sourcing: ctx.input.sourcing ?? 'in-house',
          supplier: ctx.input.supplier as any,
        });
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const tier = baseline.classification.tier;
      const applicable = baseline.controls.filter(c => c.applicable).length;
      ctx.output('entityRef', entityRef);
      ctx.output('tier', tier);
      ctx.output('riskCount', baseline.risks.length);
      ctx.output('applicableControlCount', applicable);
      ctx.output(
        'risks',
        baseline.risks.map(r => r.title),
      );
      ctx.output(
        'governancePath',
        `/catalog/${entity.namespace}/aisystem/${entity.name}/governance`,
      );

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create for ${entityRef} (tier ${tier}) 1 classification assessment, ${baseline.risks.length} risks and ${baseline.controls.length} control rows (${applicable} applicable)`,
        );
        ctx.output('dryRun', true);
        return;
      }
      ctx.output('dryRun', false);

      const credentials = await ctx.getInitiatorCredentials();
      if (!options.auth.isPrincipal(credentials, 'user')) {
        throw new NotAllowedError(
          'Governance records are created on behalf of the person running the template; this task has no user behind it',
        );
      }

      // The retry of a task skips this once it has succeeded; the request id
      // makes the service itself answer a repeated request without writing.
      const created = await ctx.checkpoint({
        key: `ai-governance-baseline-${entityRef}`,
        fn: async () => {
          const requestId = `scaffolder:${ctx.task.id}:${entityRef}`;
          const deadline = Date.now() + waitMs;
          for (;;) {
            try {
              const result = await client.createBaseline({
                entity,
                requestId,
                baseline,
                onBehalfOf: credentials,
                signal: ctx.signal,
              });
              return {
                assessmentId: result.assessment.id,
                riskCount: result.risks.length,
                replayed: result.replayed,
              };
            } catch (error) {
              // A just-registered entity shows up in the catalog after its
              // first processing round; wait for it rather than fail.
              const status = (error as { statusCode?: number }).statusCode;
              if (status !== 404 || Date.now() > deadline) throw error;
              ctx.logger.info(
                `Waiting for the catalog to have ${entityRef} before creating its records`,
              );
              await sleep(pollMs, undefined, { signal: ctx.signal });
            }
          }
        },
      });
      ctx.logger.info(
        `${
          created.replayed ? 'Found the' : 'Created the'
        } governance records of ${entityRef}: classification assessment ${
          created.assessmentId
        } (tier ${tier}), ${
          created.riskCount
        } risks, ${applicable} applicable controls`,
      );
      ctx.output('assessmentId', created.assessmentId);
    },
  });
}
