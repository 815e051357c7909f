/*
 * The templates bench/templates.mjs compares with A, the shipped one: B,
 * each of A's steps done by fetch:template alone, with what A's steps read
 * from earlier steps as literals, and the probe of A that records those
 * values.
 */

/** Where the stand-in steps' skeleton sits among the uploaded files. */
const STAND_IN_URL = './bench-skeletons/step';
/** Where the stand-in steps write, apart from the template's own files. */
export const STAND_IN_DIR = '.bench';

const readsAStep = text =>
  typeof text === 'string' && /\$\{\{[^}]*\bsteps\b/.test(text);

/** Each place in A (a step's input, the output) whose value reads a step's output. */
export function stepReads(a) {
  const reads = {};
  const collect = (node, where) => {
    if (readsAStep(node)) reads[where] = node;
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node))
        collect(value, `${where}.${key}`);
  };
  for (const step of a.spec.steps)
    collect(step.input ?? {}, `steps.${step.id}.input`);
  collect(a.spec.output ?? {}, 'output');
  return reads;
}

/**
 * A with a last step that renders every expression of A reading a step's
 * output into a file, as JSON. Steps' outputs do not change once set, so at
 * the end of the run each renders as it did for the step that reads it.
 */
export function probeTemplate(a, reads) {
  const places = Object.keys(reads);
  return {
    ...a,
    spec: {
      ...a.spec,
      steps: [
        ...a.spec.steps,
        standIn(
          { id: 'bench-probe', name: 'Record what A read from its steps' },
          Object.fromEntries(places.map((_, i) => [`e${i}`, reads[places[i]]])),
        ),
      ],
    },
  };
}

/** The values the probe recorded, by place. */
export function probedValues(reads, files) {
  const places = Object.keys(reads);
  const text = files[`${STAND_IN_DIR}/bench-probe/step.txt`];
  if (text === undefined) throw new Error('the probe step wrote nothing');
  const values = {};
  for (const line of text.split('\n')) {
    const match = /^- e(\d+): (.*)$/.exec(line);
    if (match) values[places[Number(match[1])]] = JSON.parse(match[2]);
  }
  for (const place of places)
    if (!(place in values)) throw new Error(`the probe missed ${place}`);
  return values;
}

/** `node` with every expression that reads a step's output made a literal. */
function literalize(node, values, where) {
  if (readsAStep(node)) return structuredClone(values[where]);
  if (Array.isArray(node))
    return node.map((item, i) => literalize(item, values, `${where}.${i}`));
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        literalize(value, values, `${where}.${key}`),
      ]),
    );
  return node;
}

/** A step done by fetch:template alone, rendering its input into a file. */
function standIn(step, input) {
  return {
    id: step.id,
    name: step.name,
    ...(step.if !== undefined ? { if: step.if } : {}),
    action: 'fetch:template',
    input: {
      url: STAND_IN_URL,
      targetPath: `${STAND_IN_DIR}/${step.id}`,
      values: { name: step.id, action: step.action ?? 'nothing', input },
    },
  };
}

/**
 * B: A's steps, each done by fetch:template, with what they read from
 * earlier steps as literals (`values`, from the probe). `keep` names a step
 * that stays A's action (for the per-step breakdown).
 */
export function comparisonTemplate(a, values, keep) {
  const steps = a.spec.steps.map(step => {
    // Each step's own copy: YAML aliases (&values) share one object.
    const input = literalize(
      JSON.parse(JSON.stringify(step.input ?? {})),
      values,
      `steps.${step.id}.input`,
    );
    return step.action === 'fetch:template' || step.id === keep
      ? { ...step, input }
      : standIn(step, input);
  });
  return {
    ...a,
    metadata: {
      ...a.metadata,
      name: keep
        ? `${a.metadata.name}-bench-${keep}`
        : `${a.metadata.name}-bench`,
    },
    spec: {
      ...a.spec,
      steps,
      output: literalize(
        JSON.parse(JSON.stringify(a.spec.output ?? {})),
        values,
        'output',
      ),
    },
  };
}

/** Whether `file` is one a stand-in step wrote, not one of the template's skeletons. */
export const isStandInFile = file => file.startsWith(`${STAND_IN_DIR}/`);
/** The files of a run from the template's skeletons, sorted. */
export const sharedFiles = files =>
  Object.keys(files)
    .filter(f => !isStandInFile(f))
    .sort();
