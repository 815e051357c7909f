import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createPublishLocalAction } from './publishLocal';
import { examples } from './publishLocal.examples';

const BASE = 'http://localhost:7007/api/local-repositories';

describe('publish:local', () => {
  let dir: string;
  let workspacePath: string;
  let repositories: LocalRepositories;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-local-'));
    repositories = new LocalRepositories(path.join(dir, 'root'), BASE);
    workspacePath = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(workspacePath, 'ai-system'), { recursive: true });
    fs.writeFileSync(path.join(workspacePath, 'README.md'), '# Service');
    fs.writeFileSync(
      path.join(workspacePath, 'ai-system/catalog-info.yaml'),
      'kind: AiSystem',
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const action = () => createPublishLocalAction({ repositories });
  const run = async (input: Record<string, unknown>, taskId = 'task-1') => {
    const ctx = createMockActionContext({
      input,
      workspacePath,
      task: { id: taskId },
    } as any);
    await action().handler(ctx as any);
    return {
      ctx,
      outputs: Object.fromEntries((ctx.output as jest.Mock).mock.calls),
    };
  };
  const stepOf = (index: number) =>
    yaml
      .parse(examples[index].example)
      .steps.find((s: { action: string }) => s.action === 'publish:local');

  it('runs the example that publishes the whole workspace', async () => {
    const step = stepOf(0);
    expect(step.input.repoName).toBe('${{ parameters.name }}');
    // The template engine fills the parameter in before the action runs.
    const { outputs } = await run({ ...step.input, repoName: 'bot' });
    expect(outputs).toEqual({
      remoteUrl: `${BASE}/bot`,
      repoContentsUrl: `${BASE}/bot`,
    });
    expect((await repositories.files('bot', '')).map(f => f.path)).toEqual([
      'ai-system/catalog-info.yaml',
      'README.md',
    ]);
  });

  it('runs the example that publishes one folder, whose catalog file the next step registers', async () => {
    const { input } = stepOf(1);
    const { outputs } = await run(input);
    expect(outputs.repoContentsUrl).toBe(`${BASE}/loan-document-assistant`);
    expect(
      (await repositories.files('loan-document-assistant', '')).map(
        f => f.path,
      ),
    ).toEqual(['catalog-info.yaml']);
    expect(yaml.parse(examples[1].example).steps[1].input.catalogInfoUrl).toBe(
      '${{ steps["publish-local"].output.repoContentsUrl }}/catalog-info.yaml',
    );
  });

  it('lets a retried task publish again, and refuses another task the same name', async () => {
    await run({ repoName: 'bot' });
    await expect(run({ repoName: 'bot' })).resolves.toBeDefined();
    await expect(run({ repoName: 'bot' }, 'task-2')).rejects.toThrow(
      /already exists/,
    );
  });

  it.each([{ repoName: '../escape' }, { repoName: 'ok', sourcePath: '../..' }])(
    'refuses %j, which would leave the root or the workspace',
    async input => {
      await expect(run(input)).rejects.toThrow();
      expect(fs.existsSync(path.join(dir, 'escape'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'root', 'ok'))).toBe(false);
    },
  );

  it('is not marked as safe for dry runs, since it writes outside the workspace', () => {
    expect(action().supportsDryRun).toBeFalsy();
  });
});
