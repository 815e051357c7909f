/*
 * Reporting: the figures of each size against the targets of the issue,
 * and, with several sizes, what the larger ones cost against the first.
 */

import { GROUP_ROOT } from './generate.mjs';

export const fmtInt = n => n.toLocaleString('en-US');
const fmtMs = n =>
  n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
export const secs = ms => `${(ms / 1000).toFixed(1)} s`;

const verdict = (ratio, target) =>
  `${ratio.toFixed(2)}× (target ≤ ${target}×) ${
    ratio <= target ? 'PASS' : 'FAIL'
  }`;

/** The figures of one size. */
export function report(isPg, n, seeded, m) {
  const c = seeded.counts;
  console.log(
    `\nseeded ${fmtInt(n)} AI systems in ${secs(
      seeded.seedMs,
    )} (of which summaries ${secs(seeded.summaryMs)})${
      isPg ? ` (+ ANALYZE ${secs(seeded.analyzeMs)})` : ''
    }: ` +
      `${fmtInt(c.controls)} control rows, ${fmtInt(c.risks)} risks, ${fmtInt(
        c.evidence,
      )} evidence, ` +
      `${fmtInt(c.links)} evidence links, ${fmtInt(
        c.assessments,
      )} assessments, ${seeded.groups} groups`,
  );
  console.log(
    `backend ready in ${secs(
      m.startMs,
    )}; per-entity requests rotate over ${m.names.join(', ')}`,
  );
  const rows = [
    ...m.endpoints.map(e => [e.label, m.stats[e.key], m.bytes[e.key]]),
    [
      'GET /api/ai-governance/scorecards?groupBy=owner',
      m.stats.org,
      m.bytes.org,
    ],
    ['org roll-up as the plugin reads it (summaries, knex)', m.stats.raw],
    ...(m.stats.live.n
      ? [
          [
            `org roll-up from the records (the definition${
              isPg ? ', jit = off' : ''
            })`,
            m.stats.live,
          ],
        ]
      : []),
  ];
  const w = Math.max(...rows.map(r => r[0].length));
  console.log(
    `\n${'endpoint'.padEnd(w)}  samples   p50 ms   p95 ms   p99 ms   bytes`,
  );
  for (const [label, s, b] of rows) {
    console.log(
      `${label.padEnd(w)}  ${String(s.n).padStart(7)}  ${fmtMs(s.p50).padStart(
        7,
      )}  ${fmtMs(s.p95).padStart(7)}  ${fmtMs(s.p99).padStart(7)}   ${
        b === undefined ? '' : fmtInt(b)
      }`,
    );
  }
  const cat = m.stats.catalog;
  console.log('\ntargets (decided by p50; p99 for context):');
  for (const key of ['risks', 'controls', 'scorecard']) {
    const s = m.stats[key];
    console.log(
      `  ${key.padEnd(9)} vs catalog by-name: p50 ${verdict(
        s.p50 / cat.p50,
        1.5,
      )}; p99 ${(s.p99 / cat.p99).toFixed(2)}×`,
    );
  }
  console.log(
    `  org scorecard vs catalog by-name: p50 ${verdict(
      m.stats.org.p50 / cat.p50,
      3,
    )}; p99 ${(m.stats.org.p99 / cat.p99).toFixed(2)}×`,
  );
  console.log(
    `  org scorecard vs the plugin's own read: p50 ${(
      m.stats.org.p50 / m.stats.raw.p50
    ).toFixed(2)}× (HTTP, auth, permissions, JSON on top)`,
  );
  console.log(`  org answer: API and the plugin's read give the ${m.check}`);
  if (m.liveCheck)
    console.log(
      `  org answer: API (summaries) and the records' roll-up give the ${m.liveCheck}`,
    );
  if (m.rootRow) {
    const l = m.rootRow.levels;
    console.log(
      `  org root ${GROUP_ROOT}: ${fmtInt(m.rootRow.systems)} systems — none ${
        l.none
      }, bronze ${l.bronze}, silver ${l.silver}, gold ${l.gold}; compliance ${(
        m.rootRow.compliance * 100
      ).toFixed(1)} %; ${m.groupRows} group rows`,
    );
  }
  if (m.systemsAfter !== n) {
    console.log(
      `  WARNING: ${m.systemsAfter} AI systems in governed_entities after the run, ${n} seeded (did the catalog sync run?)`,
    );
  }
  const mem = x =>
    x?.main
      ? `${x.main.rss.toFixed(0)} MB (peak ${x.main.hwm.toFixed(0)} MB, pid ${
          x.main.pid
        })`
      : 'n/a';
  console.log(
    `\nbackend RSS: ${mem(m.memAfter)} after the run; ${mem(
      m.memReady,
    )} when ready` +
      (m.memAfter && m.memAfter.treeRss > m.memAfter.main.rss + 1
        ? `; ${m.memAfter.treeRss.toFixed(0)} MB with the backstage-cli wrapper`
        : ''),
  );
}

/** What each larger size costs against the first (the cost-of-size target). */
export function reportCostOfSize(results) {
  const [a] = results;
  console.log('\n=== cost of size ===');
  for (const b of results.slice(1)) {
    const factor = b.n / a.n;
    // Reads must not grow with the data (1.3×); seeding does, linearly.
    const target = 1.3;
    const seedTarget = +(1.1 * factor).toFixed(2);
    const p50 = (r, key) => r.m.stats[key].p50;
    console.log(
      `${fmtInt(b.n)} vs ${fmtInt(a.n)} systems (${factor.toFixed(
        2,
      )}× the data):`,
    );
    console.log(
      `  org scorecard p50  ${fmtMs(p50(a, 'org'))} → ${fmtMs(
        p50(b, 'org'),
      )} ms: ${verdict(p50(b, 'org') / p50(a, 'org'), target)}`,
    );
    console.log(
      `  plugin read p50    ${fmtMs(p50(a, 'raw'))} → ${fmtMs(
        p50(b, 'raw'),
      )} ms: ${(p50(b, 'raw') / p50(a, 'raw')).toFixed(2)}×`,
    );
    console.log(
      `  seeding            ${secs(a.seeded.seedMs)} → ${secs(
        b.seeded.seedMs,
      )}: ${verdict(b.seeded.seedMs / a.seeded.seedMs, seedTarget)}`,
    );
    for (const key of ['risks', 'controls', 'scorecard']) {
      console.log(
        `  ${key.padEnd(9)} p50       ${fmtMs(p50(a, key))} → ${fmtMs(
          p50(b, key),
        )} ms: ${(p50(b, key) / p50(a, key)).toFixed(2)}×`,
      );
    }
    const rss = r => r.m.memAfter?.main?.rss;
    if (rss(a) && rss(b))
      console.log(
        `  backend RSS        ${rss(a).toFixed(0)} → ${rss(b).toFixed(
          0,
        )} MB: ${(rss(b) / rss(a)).toFixed(2)}×`,
      );
  }
}
