import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  applyEdit,
  applyMerge,
  readInstallSteps,
  stepsFor,
  type InstallStep,
} from './readmeSteps';

const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
const packageVersion = (dir: string) =>
  JSON.parse(
    readFileSync(
      resolve(__dirname, '../../../plugins', dir, 'package.json'),
      'utf8',
    ),
  ).version as string;

type Edit = Extract<InstallStep, { kind: 'edit' }>;
const edit = (placement: Edit['placement'], text: string): Edit => ({
  kind: 'edit',
  file: 'App.tsx',
  placement,
  text,
});

describe("the README's install section, as the stock-app check reads it", () => {
  const steps = readInstallSteps(readme);

  it('gives both frontend systems the backend, catalog and package steps', () => {
    for (const system of ['new', 'legacy'] as const) {
      const mine = stepsFor(steps, system);
      const commands = mine.flatMap(s => (s.kind === 'run' ? [s.command] : []));
      expect(
        commands.some(c => c.includes('@aigov/plugin-ai-governance-backend')),
      ).toBe(true);
      expect(
        commands.some(c =>
          c.includes('--cwd packages/app add @aigov/plugin-ai-governance@'),
        ),
      ).toBe(true);
      expect(mine).toContainEqual(
        expect.objectContaining({
          kind: 'merge',
          file: 'app-config.yaml',
          value: { catalog: { rules: [{ allow: ['AiSystem'] }] } },
        }),
      );
      expect(mine).toContainEqual(
        expect.objectContaining({
          kind: 'edit',
          file: 'packages/backend/src/index.ts',
          placement: { at: 'before', anchor: 'backend.start();' },
        }),
      );
    }
  });

  it('changes App.tsx and the entity page only on the legacy system', () => {
    const files = (system: 'new' | 'legacy') =>
      stepsFor(steps, system).flatMap(s => (s.kind === 'edit' ? [s.file] : []));
    expect(files('new')).toEqual(['packages/backend/src/index.ts']);
    expect(new Set(files('legacy'))).toEqual(
      new Set([
        'packages/backend/src/index.ts',
        'packages/app/src/App.tsx',
        'packages/app/src/components/catalog/EntityPage.tsx',
      ]),
    );
  });

  it('installs the versions the packages have', () => {
    const wanted = (name: string) =>
      steps
        .flatMap(s => (s.kind === 'run' ? s.command.split(' ') : []))
        .find(word => word.startsWith(`${name}@`));
    expect(wanted('@aigov/plugin-ai-governance')).toBe(
      `@aigov/plugin-ai-governance@^${packageVersion('ai-governance')}`,
    );
    expect(wanted('@aigov/plugin-ai-governance-backend')).toBe(
      `@aigov/plugin-ai-governance-backend@^${packageVersion(
        'ai-governance-backend',
      )}`,
    );
  });

  it('refuses a block that does not say where it goes', () => {
    const section = (block: string) =>
      `## Adding the suite to an existing Backstage app\n\n\`\`\`tsx\n${block}\n\`\`\`\n`;
    expect(() => readInstallSteps(section('<Route />'))).toThrow(/first line/);
    expect(() =>
      readInstallSteps(section('// App.tsx, somewhere nice\n<Route />')),
    ).toThrow(/unknown place "somewhere nice"/);
  });
});

describe('applyEdit', () => {
  const app = [
    "import { a } from 'a';",
    'import {',
    '  b,',
    "} from 'b';",
    '',
    'const routes = (',
    '  <FlatRoutes>',
    '    <Route path="/create" element={<Create />} />',
    '  </FlatRoutes>',
    ');',
  ].join('\n');

  it('puts imports after the last import statement, multi-line ones included', () => {
    const out = applyEdit(
      app,
      edit({ at: 'after-imports' }, "import { c } from 'c';"),
    );
    expect(out.split('\n').slice(0, 5)).toEqual([
      "import { a } from 'a';",
      'import {',
      '  b,',
      "} from 'b';",
      "import { c } from 'c';",
    ]);
  });

  it('replaces an anchor line, indenting the block as the line was', () => {
    const out = applyEdit(
      app,
      edit(
        {
          at: 'in-place-of',
          anchor: '<Route path="/create" element={<Create />} />',
        },
        '<Route path="/create">\n  <Field />\n</Route>\n',
      ),
    );
    expect(out).toContain(
      '  <FlatRoutes>\n    <Route path="/create">\n      <Field />\n    </Route>\n  </FlatRoutes>',
    );
    expect(out).not.toContain('<Create />} />');
  });

  it('inserts before an anchor line and keeps the line', () => {
    const out = applyEdit(
      app,
      edit({ at: 'before', anchor: '</FlatRoutes>' }, '<Route path="/x" />'),
    );
    expect(out).toContain(
      '    <Route path="/create" element={<Create />} />\n  <Route path="/x" />\n  </FlatRoutes>',
    );
  });

  it('names the anchor it cannot find, or finds twice', () => {
    expect(() =>
      applyEdit(app, edit({ at: 'before', anchor: 'backend.start();' }, 'x')),
    ).toThrow(
      'App.tsx: expected the line "backend.start();" once, found it 0 times',
    );
    expect(() =>
      applyEdit(
        `${app}\n${app}`,
        edit({ at: 'before', anchor: '</FlatRoutes>' }, 'x'),
      ),
    ).toThrow(/found it 2 times/);
  });
});

describe('applyMerge', () => {
  it('appends to YAML lists and keeps the comments of the file', () => {
    const config = [
      'catalog:',
      '  # what may be loaded',
      '  rules:',
      '    - allow: [Component, API]',
      '  locations: []',
      '',
    ].join('\n');
    const out = applyMerge('app-config.yaml', config, {
      catalog: { rules: [{ allow: ['AiSystem'] }] },
    });
    expect(out).toContain('# what may be loaded');
    expect(out).toMatch(
      /- allow: \[ Component, API \]\n\s+- allow:\n\s+- AiSystem/,
    );
    expect(out).toContain('locations: []');
  });

  it('merges JSON objects key by key', () => {
    const pkg = JSON.stringify({
      name: 'root',
      resolutions: { '@types/react': '^18' },
    });
    const out = JSON.parse(
      applyMerge('package.json', pkg, {
        resolutions: { 'better-sqlite3': '13.2.0' },
      }),
    );
    expect(out).toEqual({
      name: 'root',
      resolutions: { '@types/react': '^18', 'better-sqlite3': '13.2.0' },
    });
  });
});
