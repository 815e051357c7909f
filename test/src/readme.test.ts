import { aiSystemEntityV1alpha1Validator } from '@aigov/plugin-ai-governance-common';
import type { Entity } from '@backstage/catalog-model';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('the README', () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

  it('shows an AiSystem example that the validator accepts', async () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      m => yaml.load(m[1]) as Entity,
    );
    const examples = blocks.filter(b => b?.kind === 'AiSystem');
    expect(examples).toHaveLength(1);
    await expect(
      aiSystemEntityV1alpha1Validator.check(examples[0]),
    ).resolves.toBe(true);
  });

  it('gives exactly the two newcomer commands, and both scripts exist', () => {
    const quickStart = readme.split('## Quick start')[1].split('\n## ')[0];
    const commands = [...quickStart.matchAll(/```bash\n([\s\S]*?)```/g)]
      .flatMap(m => m[1].trim().split('\n'))
      .map(line => line.split('#')[0].trim());
    expect(commands).toEqual(['./scripts/start.sh', './scripts/test.sh']);
    const ci = readFileSync(resolve(root, '.ci/run'), 'utf8');
    expect(ci).toContain('./scripts/test.sh');
  });
});
