import fc from 'fast-check';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  CREDIT_PATH,
  startGovernanceBackend,
  testDatabases,
} from '../__testUtils__/backend';

jest.setTimeout(180_000);

/*
 * Whatever a client sends, the API answers 2xx with a record or 400 naming
 * fields — never 500 — and a 400 writes nothing.
 */

const alice = as('user:default/alice');
const databases = testDatabases();

// Values of every shape, including the awkward ones.
const weird = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    NaN,
    Infinity,
    -0,
    1e308,
    '',
    ' ',
    '\u0000',
    'A.2.2',
    '2026-02-30',
    '9999-12-31',
    `${'javascript'}:alert(1)`,
    '../../etc/passwd',
  ),
  fc.string({ maxLength: 300 }),
  fc.string({ minLength: 10_001, maxLength: 10_050 }),
  fc.integer(),
  fc.double(),
);

/** Bodies built from an endpoint's field names, with wrong types and extra keys mixed in. */
function bodies(fields: string[]) {
  return fc.oneof(
    weird,
    fc.dictionary(
      fc.constantFrom(...fields, '__proto__', 'constructor', 'extra'),
      weird,
      { maxKeys: fields.length + 2 },
    ),
  );
}

const endpoints: Array<{
  name: string;
  method: 'post' | 'put';
  path: string;
  fields: string[];
}> = [
  {
    name: 'POST risks',
    method: 'post',
    path: `${CREDIT_PATH}/risks`,
    fields: [
      'title',
      'description',
      'category',
      'lifecycleStage',
      'likelihood',
      'impact',
      'treatment',
      'treatmentPlan',
      'controlIds',
      'residualLikelihood',
      'residualImpact',
      'owner',
      'status',
      'dueDate',
      'nextReviewDate',
      'source',
    ],
  },
  {
    name: 'PUT control',
    method: 'put',
    path: `${CREDIT_PATH}/controls/A.5.2`,
    fields: ['applicable', 'justification', 'status', 'owner', 'dueDate'],
  },
  {
    name: 'POST evidence',
    method: 'post',
    path: `${CREDIT_PATH}/evidence`,
    fields: [
      'title',
      'kind',
      'url',
      'fileName',
      'mediaType',
      'collectedAt',
      'expiresAt',
      'controlIds',
      'riskIds',
    ],
  },
  {
    name: 'POST assessments',
    method: 'post',
    path: `${CREDIT_PATH}/assessments`,
    fields: ['type', 'answers', 'result'],
  },
];

describe.each(databases.eachSupportedId())(
  'input validation on %s',
  databaseId => {
    let server: any;
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ server } = await startGovernanceBackend({ knex }));
    });

    const historyCount = async () =>
      Number((await knex('history').count({ n: '*' }))[0].n);

    it.each(endpoints)(
      '$name answers 2xx or a structured 400, and a 400 writes nothing',
      async endpoint => {
        await fc.assert(
          fc.asyncProperty(bodies(endpoint.fields), async body => {
            const before = await historyCount();
            const res = await request(server)
              [endpoint.method](endpoint.path)
              .set(alice)
              .set('If-Match', '"0"')
              .set('Content-Type', 'application/json')
              .send(JSON.stringify(body) ?? 'null');
            const written = (await historyCount()) - before;
            const details = res.body?.error?.details;
            const named =
              Array.isArray(details) &&
              details.length > 0 &&
              details.every(
                (d: any) =>
                  typeof d.path === 'string' && typeof d.message === 'string',
              );
            // 2xx for a valid body; 412/428 when the control is already recorded.
            expect({
              known: [200, 201, 400, 412, 428].includes(res.status),
              structured:
                res.status !== 400 ||
                (res.body.error.name === 'InputError' && named),
              nothingWritten: res.status !== 400 || written === 0,
            }).toEqual({ known: true, structured: true, nothingWritten: true });
          }),
          { numRuns: 120 },
        );
      },
    );

    it('keeps valid text exactly as sent, unicode included', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
          async title => {
            fc.pre(title.trim() === title && title.length > 0);
            const res = await request(server)
              .post(`${CREDIT_PATH}/risks`)
              .set(alice)
              .send({
                title,
                category: 'fairness',
                lifecycleStage: 'design',
                likelihood: 1,
                impact: 1,
              });
            expect(res.status).toBe(201);
            const back = await request(server)
              .get(`/api/ai-governance/risks/${res.body.id}`)
              .set(alice);
            expect(back.body.title).toBe(title);
          },
        ),
        { numRuns: 40 },
      );
    });
  },
);
