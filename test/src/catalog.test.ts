import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogAiSystemModule, {
  catalogModuleUpstreamAiResourceModel,
} from '@aigov/plugin-catalog-backend-module-ai-system';
import { resolve } from 'node:path';
import request from 'supertest';
import type { Server } from 'node:http';

jest.setTimeout(120_000);

const locations = [
  resolve(__dirname, '../../examples/all.yaml'),
  resolve(__dirname, '../fixtures/catalog/extra.yaml'),
];

type ProcessingError = {
  entity: string;
  errors: Array<{ name: string; message: string }>;
};

/** Collects the processing errors the catalog publishes, as the logs module would. */
function errorCollector(sink: ProcessingError[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-error-collector',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          events.subscribe({
            id: 'test-error-collector',
            topics: ['experimental.catalog.errors'],
            async onEvent({ eventPayload }) {
              sink.push(eventPayload as ProcessingError);
            },
          });
        },
      });
    },
  });
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

// PostgreSQL runs where a BACKSTAGE_TEST_DATABASE_POSTGRES<NN>_CONNECTION_STRING
// names a server (scripts/test.sh sets it); SQLite always.
const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_18', 'POSTGRES_17', 'POSTGRES_16', 'POSTGRES_15'],
});

describe.each(databases.eachSupportedId())(
  'the catalog with the AiSystem kind on %s',
  databaseId => {
    let server: Server;
    const processingErrors: ProcessingError[] = [];

    const query = async (filter: string) => {
      const res = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({ filter, limit: 500 });
      expect(res.status).toBe(200);
      return res.body.items as Entity[];
    };
    const relationsOf = (entity: Entity) =>
      (entity.relations ?? []).map(r => `${r.type} ${r.targetRef}`).sort();

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      ({ server } = await startTestBackend({
        features: [
          catalogPlugin,
          catalogAiSystemModule,
          catalogModuleUpstreamAiResourceModel,
          errorCollector(processingErrors),
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                processingInterval: { seconds: 1 },
                rules: [
                  {
                    allow: [
                      'Component',
                      'System',
                      'API',
                      'Resource',
                      'Location',
                      'Domain',
                      'AiSystem',
                      'AiResource',
                      'Group',
                      'User',
                    ],
                  },
                ],
                locations: locations.map(target => ({ type: 'file', target })),
              },
            },
          }),
        ],
      }));
      await waitFor('the demo AiSystems and their components', async () => {
        const systems = await query('kind=aisystem');
        const components = await query('kind=component');
        const stitched = systems.filter(s =>
          relationsOf(s).some(r => r.startsWith('ownedBy')),
        );
        const implementing = components.filter(c =>
          relationsOf(c).some(r => r.startsWith('implements')),
        );
        return stitched.length >= 7 && implementing.length >= 13
          ? true
          : undefined;
      });
    });

    it('serves the demo AI systems with their relations in both directions', async () => {
      const systems = await query('kind=aisystem');
      const names = systems.map(s => s.metadata.name).sort();
      expect(names).toEqual([
        'candidate-screening',
        'card-fraud-detection',
        'coding-assistant',
        'customer-support-assistant',
        'life-health-underwriting',
        'retail-credit-scoring',
        'review-bot',
      ]);
      for (const system of systems) {
        expect(
          relationsOf(system).filter(r => r.startsWith('ownedBy ')),
        ).toHaveLength(1);
      }

      const [credit] = await query(
        'kind=aisystem,metadata.name=retail-credit-scoring',
      );
      expect(credit.spec?.riskTier).toBe('high');
      expect(relationsOf(credit)).toEqual(
        expect.arrayContaining([
          'ownedBy group:default/lending-decisioning',
          'partOf system:default/retail-lending',
          'implementedBy component:default/credit-decision-service',
        ]),
      );
      expect(
        relationsOf(credit).some(r =>
          r.startsWith('dependsOn resource:default/'),
        ),
      ).toBe(true);

      const [component] = await query(
        'kind=component,metadata.name=credit-decision-service',
      );
      expect(relationsOf(component)).toContain(
        'implements aisystem:default/retail-credit-scoring',
      );
      const [team] = await query(
        'kind=group,metadata.name=lending-decisioning',
      );
      expect(relationsOf(team)).toContain(
        'ownerOf aisystem:default/retail-credit-scoring',
      );
      const [system] = await query('kind=system,metadata.name=retail-lending');
      expect(relationsOf(system)).toContain(
        'hasPart aisystem:default/retail-credit-scoring',
      );
    });

    it('keeps the upstream AiResource kind working beside AiSystem', async () => {
      const [skill] = await query(
        'kind=airesource,metadata.name=code-review-skill',
      );
      expect(skill.apiVersion).toBe('backstage.io/v1alpha1');
      expect(relationsOf(skill)).toContain(
        'dependencyOf aisystem:default/review-bot',
      );
      const [bot] = await query('kind=aisystem,metadata.name=review-bot');
      expect(relationsOf(bot)).toContain(
        'dependsOn airesource:default/code-review-skill',
      );
    });

    it('reports an invalid AiSystem by name and field, without serving it', async () => {
      const report = await waitFor('the processing error', async () =>
        processingErrors.find(
          e => e.entity === 'aisystem:default/broken-tier-system',
        ),
      );
      expect(report.errors.map(e => e.message).join('\n')).toContain(
        'spec.riskTier must be one of "prohibited", "high", "limited", "minimal"',
      );
      expect(
        await query('kind=aisystem,metadata.name=broken-tier-system'),
      ).toEqual([]);
    });
  },
);
