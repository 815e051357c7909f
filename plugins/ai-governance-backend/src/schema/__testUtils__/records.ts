import { validRisk } from '../../__testUtils__/fixtures';
import type { ConformanceHarness } from './conformance';

/*
 * The AI system the conformance files of the per-system records (risks,
 * controls, evidence, assessments) write on, and the risk they send.
 */

/** The credit-scoring system's path below the API's mount path. */
export const ENTITY = '/entities/aisystem/default/credit-scoring';

/** A risk with every optional field a client can set, so the spec sees them all. */
export const fullRisk = {
  ...validRisk,
  source: 'bias-unfair-outcomes',
  owner: 'group:default/lending',
  dueDate: '2027-03-31',
};

/**
 * Records `n` open risks on the credit-scoring system (each a history
 * event), for files whose tests read what the register holds.
 */
export async function addRisks(
  { call }: Pick<ConformanceHarness, 'call'>,
  n: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await call('post', `${ENTITY}/risks`, 201, {
      body: { ...fullRisk, title: `${fullRisk.title} ${i}` },
    });
    ids.push(created.body.id);
  }
  return ids;
}
