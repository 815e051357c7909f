/*
 * The risks bench/ui.mjs records on the AI system before timing, through
 * the governance API as the guest, and what it reads back: how many the
 * system then has, and the description its overview page shows.
 */

import { harness } from '../lib/workspace.mjs';
import { SYSTEM } from './options.mjs';

const { guestToken } = harness;

const SEED_CONCURRENCY = 8;

const CATEGORIES = [
  'fairness',
  'robustness',
  'privacy',
  'security',
  'transparency',
  'safety',
  'supplier',
];
const STAGES = ['design', 'development', 'deployment', 'operation'];
const TREATMENTS = ['mitigate', 'avoid', 'transfer'];
const STATUSES = ['open', 'treating', 'closed'];

/** A varied but reproducible risk, so the table and heat maps look like a real register. */
function benchRisk(i) {
  const likelihood = (i % 5) + 1;
  const impact = ((i * 3) % 5) + 1;
  const residual =
    i % 3 === 0
      ? {}
      : {
          residualLikelihood: Math.max(1, likelihood - 1),
          residualImpact: impact,
        };
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    title: `Bench risk ${String(i + 1).padStart(4, '0')}: ${
      CATEGORIES[i % CATEGORIES.length]
    } issue in the ${STAGES[i % STAGES.length]} stage`,
    description:
      'Recorded by bench/ui.mjs to time the Governance tab with a large risk register.',
    category: CATEGORIES[i % CATEGORIES.length],
    lifecycleStage: STAGES[i % STAGES.length],
    likelihood,
    impact,
    treatment: TREATMENTS[i % TREATMENTS.length],
    treatmentPlan: 'Bench treatment plan.',
    status: STATUSES[i % STATUSES.length],
    owner: 'group:default/customer-experience',
    dueDate: `2027-${month}-15`,
    nextReviewDate: `2027-${month}-28`,
    ...residual,
  };
}

/** Records `count` bench risks on SYSTEM, a few requests at a time. */
export async function seedRisks(baseUrl, count) {
  const url = `${baseUrl}/api/ai-governance/entities/aisystem/default/${encodeURIComponent(
    SYSTEM,
  )}/risks`;
  let token = await guestToken(baseUrl);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      let res;
      for (let attempt = 0; attempt < 3; attempt++) {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(benchRisk(i)),
        });
        if (res.status !== 401) break;
        token = await guestToken(baseUrl); // expired; sign in again
      }
      if (res.status !== 201) {
        throw new Error(
          `recording risk ${i + 1} failed: ${res.status} ${await res.text()}`,
        );
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(SEED_CONCURRENCY, count) }, worker),
  );
}

/** How many risks SYSTEM has, counted page by page. */
export async function countRisks(baseUrl) {
  const token = await guestToken(baseUrl);
  let total = 0;
  let cursor;
  for (let page = 0; page < 100; page++) {
    const query = new URLSearchParams({
      limit: '200',
      ...(cursor ? { cursor } : {}),
    });
    const res = await fetch(
      `${baseUrl}/api/ai-governance/entities/aisystem/default/${encodeURIComponent(
        SYSTEM,
      )}/risks?${query}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (!res.ok) throw new Error(`listing risks failed: ${res.status}`);
    const body = await res.json();
    total += body.items.length;
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return total;
}

/** The start of SYSTEM's description, which its About card shows when rendered. */
export async function entityDescription(baseUrl) {
  const token = await guestToken(baseUrl);
  const res = await fetch(
    `${baseUrl}/api/catalog/entities/by-name/aisystem/default/${encodeURIComponent(
      SYSTEM,
    )}`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok)
    throw new Error(
      `the catalog has no aisystem:default/${SYSTEM} (${res.status})`,
    );
  const entity = await res.json();
  const description = (entity.metadata.description ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!description)
    throw new Error(
      `aisystem:default/${SYSTEM} has no description to wait for`,
    );
  return description.slice(0, 60);
}
