import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  CREDIT,
  CREDIT_PATH,
  startGovernanceBackend,
} from '../__testUtils__/backend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('auditor events', () => {
  it('records every change, and its failure, as a Backstage auditor event', async () => {
    const outcomes = { success: jest.fn(), fail: jest.fn() };
    const auditor = mockServices.auditor.mock({
      createEvent: jest.fn(async () => outcomes),
    });
    const knex = await databases.init('SQLITE_3');
    const { server } = await startGovernanceBackend({
      knex,
      extraFeatures: [auditor.factory],
    });

    const body = {
      title: 'Drift',
      category: 'robustness',
      lifecycleStage: 'operation',
      likelihood: 2,
      impact: 2,
    };
    const { body: risk } = await request(server)
      .post(`${CREDIT_PATH}/risks`)
      .set(as('user:default/alice'))
      .send(body)
      .expect(201);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'risk-mutate',
        severityLevel: 'medium',
        meta: { action: 'create', entityRef: CREDIT },
      }),
    );
    expect(outcomes.success).toHaveBeenCalledTimes(1);

    await request(server)
      .patch(`/api/ai-governance/risks/${risk.id}`)
      .set(as('user:default/bob'))
      .set('If-Match', '"7"')
      .send({ impact: 3 })
      .expect(412);
    expect(outcomes.fail).toHaveBeenCalledWith(
      expect.objectContaining({
        error: expect.objectContaining({ name: 'PreconditionFailedError' }),
      }),
    );
  });
});
