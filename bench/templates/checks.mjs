/*
 * What every timed dry run of bench/templates.mjs must show, so that a fast
 * run is one that did the work.
 */

import { require } from '../lib/workspace.mjs';

const yaml = require('js-yaml');

/** The AiSystem's riskTier in the produced catalog-info.yaml. */
function riskTierIn(files) {
  const entities = yaml.loadAll(files['catalog-info.yaml'] ?? '');
  return entities.find(e => e?.kind === 'AiSystem')?.spec?.riskTier;
}

/** A's run must have classified the use case as high risk and said so. */
export function checkA(result) {
  const text = result.output?.text?.[0]?.content ?? '';
  if (!/Risk tier: high\b/.test(text))
    throw new Error(`A's output does not say risk tier high: ${text}`);
  if (riskTierIn(result.files) !== 'high')
    throw new Error(`A's AiSystem has riskTier ${riskTierIn(result.files)}`);
  if (!/\d+ starting risks and\s+\d+\s+applicable/.test(text))
    throw new Error(`A's output does not count risks and controls: ${text}`);
  const governance = result.log.find(
    l => l.body.stepId === 'governance' && l.body.status !== 'processing',
  );
  if (governance?.body.status !== 'completed')
    throw new Error('A ran without the governance step');
}

/** B's run must have rendered the high risk tier into its AiSystem. */
export function checkB(result) {
  if (riskTierIn(result.files) !== 'high')
    throw new Error(`B's AiSystem has riskTier ${riskTierIn(result.files)}`);
}
