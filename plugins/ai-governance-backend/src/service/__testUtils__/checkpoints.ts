import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import {
  type BackstageCredentials,
  coreServices,
  createServiceFactory,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { historyCheckpointPermission } from '@aigov/plugin-ai-governance-common';
import { alice, as, CREDIT_PATH } from '../../__testUtils__/backend';
import {
  aiGovernanceConditions,
  createAiGovernanceConditionalDecision,
} from '../../permissions/rules';
import type { DatabaseSetup } from '../../__testUtils__/describeOnEachDatabase';
import { minimalRisk } from '../../__testUtils__/fixtures';

/*
 * The backend of the signed checkpoint suites (checkpoints.test.ts and
 * checkpointTampering.test.ts): an Ed25519 key, a sink directory, the demo
 * policy's shape in process and a scheduler the tests trigger.
 */

/** The governance office, which alone may sign checkpoints. */
export const OFFICE = 'user:default/office';
/** Request headers of {@link OFFICE}. */
export const office = as(OFFICE);
/** The history's path. */
export const BASE = '/api/ai-governance/history';
/** The id of the scheduled checkpoint task. */
export const TASK = 'ai-governance-history-checkpoint';

/**
 * The demo policy's shape, in process (as in permissionMatrix.test.ts):
 * everyone reads, the governance office may do everything, and anyone else
 * gets "only what you own" for checkpoints, which covers no single entity.
 */
export const officePermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      async authorizeConditional(
        requests: any[],
        { credentials }: { credentials: BackstageCredentials },
      ): Promise<PolicyDecision[]> {
        const user = (credentials.principal as { userEntityRef?: string })
          .userEntityRef;
        return requests.map(({ permission }) => {
          if (user === OFFICE || permission.attributes.action === 'read')
            return { result: AuthorizeResult.ALLOW };
          if (isPermission(permission, historyCheckpointPermission)) {
            return createAiGovernanceConditionalDecision(
              historyCheckpointPermission,
              aiGovernanceConditions.isEntityOwner({ claims: [user ?? ''] }),
            );
          }
          return { result: AuthorizeResult.ALLOW };
        });
      },
    } as any),
});

const signingKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/**
 * Before the suite's tests: a backend on the suite's database that signs
 * checkpoints with an Ed25519 key into a sink directory (removed after),
 * with what its tests use to write events and read the sink. Call it in a
 * describeOnEachDatabase callback.
 */
export function signedCheckpointsBackend(setup: DatabaseSetup) {
  const sinkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-sink-'));
  const scheduler = mockServices.scheduler() as unknown as {
    factory(options: object): ServiceFactory;
    triggerTask(id: string): Promise<void>;
  };
  const backend = setup.governanceBackend({
    config: {
      aiGovernance: {
        integrity: {
          checkpoints: {
            signingKey,
            keyId: 'test-ed25519',
            sink: { directory: sinkDir },
          },
        },
      },
    },
    extraFeatures: [
      officePermissions,
      scheduler.factory({ includeInitialDelayedTasksOnStartup: true }),
    ],
  });
  const { api } = backend;
  const knex = (table: string) => backend.knex(table);
  afterAll(() => fs.rmSync(sinkDir, { recursive: true, force: true }));

  const addEvents = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await api(alice)
        .post(`${CREDIT_PATH}/risks`)
        .send({ ...minimalRisk, title: `Risk ${i}` })
        .expect(201);
    }
  };
  const verify = async () =>
    (await api(alice).get(`${BASE}/verify`).expect(200)).body;
  const sinkFiles = () =>
    fs.readdirSync(sinkDir).filter(f => f.startsWith('checkpoint-'));
  const sinkFile = (seq: number) =>
    path.join(sinkDir, `checkpoint-${String(seq).padStart(15, '0')}.json`);
  return {
    backend,
    scheduler,
    sinkDir,
    knex,
    addEvents,
    verify,
    sinkFiles,
    sinkFile,
  };
}
