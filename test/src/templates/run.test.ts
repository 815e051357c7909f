import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { classifyAiSystem } from '@aigov/plugin-ai-governance-common';
import { root } from '../harness/portal';
import { templateValues, useTemplatesPortal } from './templates';

/*
 * Runs each AI use-case template for real in the demo backend, as the
 * scaffolder page does: the repository is published to the local demo
 * target, the catalog ingests it, and the governance records are created on
 * behalf of the person who ran it.
 */
const env = useTemplatesPortal();
const { api } = env;

/** A template's name: its file under templates/ without `.yaml`. */
type TemplateName = keyof typeof templateValues extends `${infer N}.yaml`
  ? N
  : never;

/**
 * Starts a task of the template for the AI system `name`, filled in as a
 * person would, and waits for it to finish; returns the task and its log.
 */
async function run(templateName: TemplateName, name: string) {
  const created = await api('/scaffolder/v2/tasks', {
    method: 'POST',
    body: JSON.stringify({
      templateRef: `template:default/${templateName}`,
      values: templateValues[`${templateName}.yaml`](name),
    }),
  });
  expect(created.status).toBe(201);
  const { id } = await created.json();
  const deadline = Date.now() + 180_000;
  for (;;) {
    const task = await (await api(`/scaffolder/v2/tasks/${id}`)).json();
    if (['completed', 'failed', 'cancelled'].includes(task.status)) {
      const events = await (
        await api(`/scaffolder/v2/tasks/${id}/events`)
      ).json();
      const log = events
        .filter((e: any) => e.type === 'log')
        .map((e: any) => e.body.message)
        .join('\n');
      const output = events.find((e: any) => e.type === 'completion')?.body
        .output;
      return { task, log, output };
    }
    if (Date.now() > deadline) throw new Error(`task ${id} did not finish`);
    await new Promise(r => setTimeout(r, 500));
  }
}

/**
 * The AiSystem's operatorRoles and the classification assessment come from
 * the template's answers: the roles, the answers stored as given, and the
 * obligations of those roles.
 */
async function expectRolesFromAnswers(
  templateName: TemplateName,
  name: string,
  assessment: any,
) {
  const answers = templateValues[`${templateName}.yaml`](name).classification;
  const expected = classifyAiSystem(answers);
  const entity = await (
    await api(`/catalog/entities/by-name/aisystem/default/${name}`)
  ).json();
  expect(entity.spec.operatorRoles).toEqual(answers.operatorRoles);
  expect(assessment.answers).toEqual(answers);
  expect(assessment.result.obligations).toEqual(expected.obligations);
}

function expectCompleted(task: { status: string }, log: string) {
  if (task.status !== 'completed') {
    throw new Error(`the task ${task.status}:\n${log}`);
  }
}

async function records(name: string) {
  const path = `/ai-governance/entities/aisystem/default/${name}`;
  const [risks, controls, assessments] = await Promise.all(
    ['risks?limit=200', 'controls', 'assessments'].map(async p =>
      (await api(`${path}/${p}`)).json(),
    ),
  );
  return {
    risks: risks.items,
    controls: controls.items,
    assessments: assessments.items,
  };
}

describe('the AI use-case templates, run in the demo portal', () => {
  it('New AI use case publishes a repository, registers it and creates its records as the guest', async () => {
    const name = 'loan-document-assistant';
    const { task, log, output } = await run('new-ai-use-case', name);
    expectCompleted(task, log);

    const repo = join(env.portal.repositoriesDir, name);
    expect(existsSync(join(repo, 'src/server.js'))).toBe(true);
    expect(readFileSync(join(repo, 'catalog-info.yaml'), 'utf8')).toContain(
      'riskTier: high',
    );
    // The token that acted for the guest never reaches the task log.
    expect(log).not.toContain(env.token);

    const entity = await (
      await api(`/catalog/entities/by-name/aisystem/default/${name}`)
    ).json();
    expect(entity.spec.riskTier).toBe('high');
    expect(entity.relations).toEqual(
      expect.arrayContaining([
        {
          type: 'implementedBy',
          targetRef: `component:default/${name}`,
        },
        { type: 'ownedBy', targetRef: 'group:default/lending-decisioning' },
      ]),
    );
    // The repository is served like a git host's raw files.
    const readme = await fetch(
      `${env.portal.baseUrl}/api/local-repositories/${name}/README.md`,
    );
    expect(await readme.text()).toContain('Loan document assistant');
    const missing = await fetch(
      `${env.portal.baseUrl}/api/local-repositories/${name}/no-such-file.md`,
    );
    expect(missing.status).toBe(404);
    const escaping = await fetch(
      `${env.portal.baseUrl}/api/local-repositories/..%2F..%2Fetc/passwd`,
    );
    expect(escaping.status).toBe(400);
    expect((await escaping.json()).error.message).toMatch(/plain name/);

    const { risks, controls, assessments } = await records(name);
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toMatchObject({
      type: 'eu-ai-act-classification',
      status: 'draft',
      createdBy: 'user:default/guest',
      result: { tier: 'high' },
    });
    await expectRolesFromAnswers('new-ai-use-case', name, assessments[0]);
    expect(risks.length).toBeGreaterThan(3);
    expect(risks.every((r: any) => r.createdBy === 'user:default/guest')).toBe(
      true,
    );
    const a103 = controls.find((c: any) => c.controlId === 'A.10.3');
    expect(a103).toMatchObject({ applicable: true });
    expect(output.links[0].url).toBe(
      `/catalog/default/aisystem/${name}/governance`,
    );
  });

  it("the new repository's CI script validates its entities against the portal", async () => {
    const repo = join(env.portal.repositoriesDir, 'loan-document-assistant');
    // The workflow installs `yaml`; here the workspace's copy stands in.
    mkdirSync(join(repo, 'node_modules'), { recursive: true });
    symlinkSync(
      join(root, 'node_modules/yaml'),
      join(repo, 'node_modules/yaml'),
    );
    const validate = () =>
      promisify(execFile)(
        process.execPath,
        ['scripts/validate-entities.mjs', 'catalog-info.yaml'],
        {
          cwd: repo,
          env: {
            ...process.env,
            BACKSTAGE_URL: env.portal.baseUrl,
            BACKSTAGE_TOKEN: env.token,
          },
        },
      );
    const ok = await validate();
    expect(ok.stdout).toContain('ok   Component:loan-document-assistant');
    expect(ok.stdout).toContain('ok   AiSystem:loan-document-assistant');

    const file = join(repo, 'catalog-info.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('riskTier: high', 'riskTier: severe'),
    );
    const failed = await validate().then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(
      /FAIL AiSystem:loan-document-assistant: .*riskTier/,
    );
  });

  it('Register an existing AI system links the existing component and creates its records', async () => {
    const name = 'fraud-case-prioritiser';
    const { task, log } = await run('register-existing-ai-system', name);
    expectCompleted(task, log);
    const entity = await (
      await api(`/catalog/entities/by-name/aisystem/default/${name}`)
    ).json();
    expect(entity.relations).toEqual(
      expect.arrayContaining([
        {
          type: 'implementedBy',
          targetRef: 'component:default/fraud-case-manager',
        },
      ]),
    );
    const { controls, assessments } = await records(name);
    expect(assessments[0].result.tier).toBe('minimal');
    await expectRolesFromAnswers(
      'register-existing-ai-system',
      name,
      assessments[0],
    );
    expect(controls.find((c: any) => c.controlId === 'A.10.3')).toMatchObject({
      applicable: false,
    });
  });

  it('Onboard a third-party AI service makes the supplier controls applicable from the start', async () => {
    const name = 'call-transcription';
    const { task, log } = await run('onboard-third-party-ai-service', name);
    expectCompleted(task, log);
    const { risks, controls, assessments } = await records(name);
    expect(assessments[0].result.tier).toBe('limited');
    await expectRolesFromAnswers(
      'onboard-third-party-ai-service',
      name,
      assessments[0],
    );
    const byId = Object.fromEntries(controls.map((c: any) => [c.controlId, c]));
    for (const id of ['A.10.2', 'A.10.3', 'A.10.4']) {
      expect(byId[id].applicable).toBe(true);
    }
    expect(byId['A.10.3'].status).toBe('in-progress');
    expect(risks.some((r: any) => r.category === 'supplier')).toBe(true);
  });

  it('fails a second run for the same system without touching its records', async () => {
    const name = 'loan-document-assistant';
    const before = await records(name);
    const { task, log } = await run('new-ai-use-case', name);
    expect(task.status).toBe('failed');
    expect(log).toMatch(/already exists in the local demo target/);
    expect(await records(name)).toEqual(before);
  });
});
