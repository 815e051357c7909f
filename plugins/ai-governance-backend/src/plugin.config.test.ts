import { ConfigReader } from '@backstage/config';
import { readGovernanceConfig } from './plugin';

describe('readGovernanceConfig', () => {
  const read = (tasks?: object) =>
    readGovernanceConfig(
      new ConfigReader(tasks ? { aiGovernance: { tasks } } : {}),
    );

  it('gives a revalidation 30 days unless configured', () => {
    expect(read().revalidationDueDays).toBe(30);
    expect(read({ revalidationDueDays: 7 }).revalidationDueDays).toBe(7);
  });

  it('refuses to start on a due period that is not a whole number of days', () => {
    for (const days of [0, -3, 1.5]) {
      expect(() => read({ revalidationDueDays: days })).toThrow(
        'aiGovernance.tasks.revalidationDueDays must be a whole number of days',
      );
    }
  });
});
