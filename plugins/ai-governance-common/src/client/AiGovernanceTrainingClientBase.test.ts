import { ResponseError } from '@backstage/errors';
import { fieldErrorsOf } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The training calls of the client against a fake fetch: what goes over
 * the wire, and how a refusal naming a field comes back.
 */

const record = {
  id: 'r1',
  userRef: 'user:default/ada',
  courseId: 'ai-literacy',
  status: 'expiring',
  version: 1,
};

describe('AiGovernanceApiClient training', () => {
  it('reads the catalogue and the coverage of a team', async () => {
    const courses = clientAnswering(
      json(200, { items: [{ id: 'ai-literacy' }], requirements: [] }),
    );
    const catalogue = await courses.client.listTrainingCourses();
    expect(courses.request().url).toBe(`${BASE}/training/courses`);
    expect(catalogue.items.map(c => c.id)).toEqual(['ai-literacy']);

    const coverage = clientAnswering(
      json(200, { asOf: '2026-12-07', teams: [], total: { members: 0 } }),
    );
    await coverage.client.getTrainingCoverage({ team: 'group:default/risk' });
    expect(coverage.request().url).toBe(
      `${BASE}/training/coverage?team=group%3Adefault%2Frisk`,
    );
  });

  it('lists records by filter and records a completion', async () => {
    const list = clientAnswering(json(200, { items: [record] }));
    const records = await list.client.listTrainingRecords({
      course: 'ai-literacy',
      status: 'expiring',
    });
    expect(list.request().url).toBe(
      `${BASE}/training-records?course=ai-literacy&status=expiring`,
    );
    expect(records.map(r => r.status)).toEqual(['expiring']);

    const body = {
      userRef: 'user:default/ada',
      courseId: 'ai-literacy',
      completedAt: '2026-12-01',
      evidence: 'https://lms.example.com/cert/1',
    };
    const created = clientAnswering(json(201, record));
    expect((await created.client.createTrainingRecord(body)).id).toBe('r1');
    expect(created.request().method).toBe('POST');
    expect(await created.request().json()).toEqual(body);
  });

  it('throws a refusal with the fields it names', async () => {
    const refused = clientAnswering(
      apiError(
        400,
        'InputError',
        'Invalid training record: courseId must be a course',
        [{ path: 'courseId', message: 'must be a course' }],
      ),
    );
    const error = await refused.client
      .createTrainingRecord({
        userRef: 'user:default/ada',
        courseId: 'knitting',
        completedAt: '2026-12-01',
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(fieldErrorsOf(error)).toEqual([
      { path: 'courseId', message: 'must be a course' },
    ]);
  });
});
