import type { Entity } from '@backstage/catalog-model';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's examples folder: the demo catalog and its governance records. */
export const examples = resolve(__dirname, '../../../../examples');

/** The demo's seed file. */
export const seedFile = join(examples, 'governance-records.yaml');

/** The demo catalog's AI systems. */
export const demoSystems = (
  yaml.loadAll(
    readFileSync(join(examples, 'ai-systems.yaml'), 'utf8'),
  ) as Entity[]
).filter(e => e?.kind === 'AiSystem');
