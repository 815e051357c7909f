import { isMap, isSeq, parseDocument } from 'yaml';

/*
 * The README's "Adding the suite to an existing Backstage app" section, read
 * as the steps a user follows. The stock-app check applies exactly these, so
 * the section cannot promise more or less than what was tested. Each fenced
 * block is one step: `sh` blocks are commands run in the app's root, the
 * others name their file and place in a first-line comment:
 *
 *   // packages/backend/src/index.ts, before: backend.start();
 *   // packages/app/src/App.tsx, after the imports
 *   // packages/app/src/App.tsx, in place of: <Route path="/create" … />
 *   # app-config.yaml, merged
 */

/** The two ways a Backstage app is put together. */
export type FrontendSystem = 'new' | 'legacy';

/** Where an edit goes in its file. */
export type Placement =
  | { at: 'after-imports' }
  | { at: 'before' | 'in-place-of'; anchor: string };

/** One step of the install section. */
export type InstallStep = { system?: FrontendSystem } & (
  | { kind: 'run'; command: string }
  | { kind: 'edit'; file: string; placement: Placement; text: string }
  | { kind: 'merge'; file: string; value: unknown }
);

const SECTION = '## Adding the suite to an existing Backstage app';

/** The system a `###` heading is about, or none when it is about both. */
function systemOf(heading: string): FrontendSystem | undefined {
  if (/legacy frontend system/i.test(heading)) return 'legacy';
  if (/new frontend system/i.test(heading)) return 'new';
  return undefined;
}

function parseHeader(header: string, body: string, lang: string): InstallStep {
  const match = /^(?:\/\/|#)\s*(\S+),\s*(.+)$/.exec(header.trim());
  if (!match) {
    throw new Error(
      `README install step in ${lang} has no "// <file>, <place>" first line: ${header}`,
    );
  }
  const [, file, where] = match;
  if (where === 'merged') {
    if (lang !== 'json' && lang !== 'yaml') {
      throw new Error(
        `README install step for ${file}: only JSON and YAML merge`,
      );
    }
    const value =
      lang === 'json' ? JSON.parse(body) : parseDocument(body).toJS();
    return { kind: 'merge', file, value };
  }
  if (where === 'after the imports') {
    return {
      kind: 'edit',
      file,
      placement: { at: 'after-imports' },
      text: body,
    };
  }
  const anchored = /^(before|in place of):\s*(.+)$/.exec(where);
  if (!anchored) {
    throw new Error(
      `README install step for ${file}: unknown place "${where}"`,
    );
  }
  const at = anchored[1] === 'before' ? 'before' : 'in-place-of';
  return {
    kind: 'edit',
    file,
    placement: { at, anchor: anchored[2].trim() },
    text: body,
  };
}

/**
 * The steps of the README's install section, in order. Everything from a
 * heading starting "Further options" on is optional and not a step.
 */
export function readInstallSteps(readme: string): InstallStep[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README has no section "${SECTION}"`);
  const rest = readme.slice(start + SECTION.length);
  const section = rest.split(/\n## /)[0].split(/\n### Further options/)[0];

  const steps: InstallStep[] = [];
  let system: FrontendSystem | undefined;
  const token = /^### (.+)$|^```(\w+)\n([\s\S]*?)^```$/gm;
  for (const m of section.matchAll(token)) {
    if (m[1] !== undefined) {
      system = systemOf(m[1]);
      continue;
    }
    const [lang, block] = [m[2], m[3]];
    if (lang === 'sh' || lang === 'bash') {
      for (const line of block.split('\n').map(l => l.trim())) {
        if (line && !line.startsWith('#')) {
          steps.push({ kind: 'run', command: line, system });
        }
      }
      continue;
    }
    const [header, ...lines] = block.split('\n');
    steps.push({ ...parseHeader(header, lines.join('\n'), lang), system });
  }
  return steps;
}

/** The steps an app on one frontend system takes. */
export function stepsFor(
  steps: InstallStep[],
  system: FrontendSystem,
): InstallStep[] {
  return steps.filter(s => s.system === undefined || s.system === system);
}

/** The lines of `text`, indented by `indent`, blank lines left blank. */
function indented(text: string, indent: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map(line => (line ? indent + line : line))
    .join('\n');
}

/** Where the leading import statements of a module end (a line index). */
function endOfImports(lines: string[]): number {
  let end = 0;
  let inImport = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (inImport) {
      if (line.endsWith(';')) {
        inImport = false;
        end = i + 1;
      }
    } else if (line.startsWith('import ')) {
      inImport = !line.endsWith(';');
      if (!inImport) end = i + 1;
    } else if (
      line !== '' &&
      !line.startsWith('//') &&
      !line.startsWith('/*') &&
      !line.startsWith('*')
    ) {
      break;
    }
  }
  return end;
}

/** A source file with one edit step applied; throws when its anchor is not there exactly once. */
export function applyEdit(
  source: string,
  step: Extract<InstallStep, { kind: 'edit' }>,
): string {
  const lines = source.split('\n');
  const { placement } = step;
  if (placement.at === 'after-imports') {
    const end = endOfImports(lines);
    lines.splice(end, 0, indented(step.text, ''));
    return lines.join('\n');
  }
  const hits = lines.flatMap((line, i) =>
    line.trim() === placement.anchor ? [i] : [],
  );
  if (hits.length !== 1) {
    throw new Error(
      `${step.file}: expected the line "${placement.anchor}" once, found it ${hits.length} times`,
    );
  }
  const [i] = hits;
  const indent = /^\s*/.exec(lines[i])![0];
  const text = indented(step.text, indent);
  lines.splice(i, placement.at === 'before' ? 0 : 1, text);
  return lines.join('\n');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` merged into `target`: objects key by key, arrays appended. */
export function mergeJson(target: unknown, value: unknown): unknown {
  if (Array.isArray(value)) {
    return Array.isArray(target) ? [...target, ...value] : value;
  }
  if (isObject(value)) {
    const base = isObject(target) ? { ...target } : {};
    for (const [key, v] of Object.entries(value)) {
      base[key] = mergeJson(base[key], v);
    }
    return base;
  }
  return value;
}

/** YAML text with `value` merged in as mergeJson does, keeping its comments. */
export function mergeYaml(text: string, value: unknown): string {
  const doc = parseDocument(text);
  const walk = (path: string[], v: unknown) => {
    const node = doc.getIn(path, true);
    if (Array.isArray(v) && isSeq(node)) {
      v.forEach(item => node.add(doc.createNode(item)));
    } else if (isObject(v) && (isMap(node) || node === undefined)) {
      for (const [key, inner] of Object.entries(v)) walk([...path, key], inner);
    } else {
      doc.setIn(path, doc.createNode(v));
    }
  };
  walk([], value);
  return doc.toString();
}

/** A file's text with one merge step applied (JSON or YAML by its name). */
export function applyMerge(file: string, text: string, value: unknown): string {
  if (/\.ya?ml$/.test(file)) return mergeYaml(text, value);
  return `${JSON.stringify(mergeJson(JSON.parse(text), value), null, 2)}\n`;
}
