// Asks the portal's catalog to validate every entity in a catalog-info.yaml,
// with the same processors (including the AiSystem kind) that will ingest it.
// Usage: BACKSTAGE_URL=… BACKSTAGE_TOKEN=… node scripts/validate-entities.mjs catalog-info.yaml
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';

const [file = 'catalog-info.yaml'] = process.argv.slice(2);
const base = process.env.BACKSTAGE_URL;
if (!base) {
  console.error('Set BACKSTAGE_URL to the portal backend, e.g. https://backstage.example.com');
  process.exit(2);
}
const documents = parseAllDocuments(await readFile(file, 'utf8'));
let failed = 0;
for (const doc of documents) {
  if (doc.errors.length) {
    console.error(`${file}: ${doc.errors.map(e => e.message).join('; ')}`);
    failed += 1;
    continue;
  }
  const entity = doc.toJS();
  const ref = `${entity?.kind}:${entity?.metadata?.name}`;
  const res = await fetch(`${base}/api/catalog/validate-entity`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(process.env.BACKSTAGE_TOKEN
        ? { Authorization: `Bearer ${process.env.BACKSTAGE_TOKEN}` }
        : {}),
    },
    body: JSON.stringify({ entity, location: `url:${file}` }),
  });
  if (res.ok) {
    console.log(`ok   ${ref}`);
  } else {
    failed += 1;
    const body = await res.json().catch(() => ({}));
    const errors = body.errors ?? [body.error ?? { message: res.statusText }];
    for (const e of errors) console.error(`FAIL ${ref}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
