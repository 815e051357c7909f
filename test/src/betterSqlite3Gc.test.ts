import { spawnSync } from 'node:child_process';

/*
 * better-sqlite3 12 built for Node 24 aborts the process when prepared
 * statements are garbage-collected, which killed the catalog's migrations.
 * A crash would take the Jest worker down with it, so the workload runs in a
 * child Node with --expose-gc and the test reads how that process ended.
 */
const workload = `
const knex = require('knex')({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
(async () => {
  await knex.schema.createTable('t', t => { t.increments('id'); t.string('v'); });
  for (let round = 0; round < 40; round++) {
    await knex.transaction(async trx => {
      for (let i = 0; i < 250; i++) await trx('t').insert({ v: 'row ' + round + '/' + i });
    });
    await knex('t').where('id', '>', round * 100).select('*').limit(50);
    global.gc();
  }
  const [{ n }] = await knex('t').count({ n: '*' });
  await knex.destroy();
  global.gc();
  console.log(JSON.stringify({ rows: Number(n), version: require('better-sqlite3/package.json').version }));
})().catch(e => { console.error(e); process.exit(1); });
`;

describe('better-sqlite3 on this Node', () => {
  it('survives thousands of statements with garbage collection between them', () => {
    const result = spawnSync(
      process.execPath,
      ['--expose-gc', '-e', workload],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect({
      status: result.status,
      signal: result.signal,
      stderr: result.stderr,
    }).toEqual({
      status: 0,
      signal: null,
      stderr: '',
    });
    const { rows, version } = JSON.parse(result.stdout);
    expect(rows).toBe(10_000);
    expect(version).toMatch(/^13\./);
  });
});
