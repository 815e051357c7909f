import yaml from 'js-yaml';
import { classifyAiSystem } from '@aigov/plugin-ai-governance-common';
import {
  dryRunBody,
  producedFiles,
  templateValues,
  useTemplatesPortal,
} from './templates';

/*
 * Runs each AI use-case template through the scaffolder's dry-run API of the
 * demo backend: the files it would publish are checked, and nothing may reach
 * the governance records or the local repositories.
 */
const { api } = useTemplatesPortal();

/** The sequence number of the newest history event. */
async function historyHead(): Promise<number> {
  const res = await api('/ai-governance/history?limit=1');
  expect(res.status).toBe(200);
  return (await res.json()).items[0]?.seq ?? 0;
}

/**
 * The refs of the history events written after `seq`, newest first. Other
 * tests write to the same portal meanwhile (a management review, renewals),
 * so a dry run is checked by what reached its own entity, not by a count.
 */
async function refsWrittenSince(seq: number): Promise<string[]> {
  const res = await api('/ai-governance/history?limit=200');
  expect(res.status).toBe(200);
  const { items } = (await res.json()) as {
    items: { seq: number; entityRef: string }[];
  };
  return items.filter(e => e.seq > seq).map(e => e.entityRef);
}

async function dryRun(
  templateFile: keyof typeof templateValues,
  name: string,
  values: object = templateValues[templateFile](name),
) {
  const res = await api('/scaffolder/v2/dry-run', {
    method: 'POST',
    body: JSON.stringify(dryRunBody(templateFile, values)),
  });
  const body = await res.json();
  if (res.status !== 200) {
    throw new Error(`dry run answered ${res.status}: ${JSON.stringify(body)}`);
  }
  const log = body.log.map((l: any) => l.body.message).join('\n');
  return { files: producedFiles(body), output: body.output, log };
}

const entitiesIn = (text: string) => yaml.loadAll(text) as any[];

async function expectNothingWritten(name: string, headBefore: number) {
  expect(await refsWrittenSince(headBefore)).not.toContain(
    `aisystem:default/${name}`,
  );
  const records = await api(
    `/ai-governance/entities/aisystem/default/${name}/risks`,
  );
  expect(records.status).toBe(404);
  const entity = await api(
    `/catalog/entities/by-name/aisystem/default/${name}`,
  );
  expect(entity.status).toBe(404);
}

describe('the AI use-case templates in a dry run', () => {
  it('New AI use case: a service repository whose AiSystem carries the tier the answers imply', async () => {
    const before = await historyHead();
    const { files, output, log } = await dryRun(
      'new-ai-use-case.yaml',
      'loan-document-assistant',
    );

    const [component, system] = entitiesIn(files['catalog-info.yaml']);
    expect(component).toMatchObject({
      kind: 'Component',
      metadata: { name: 'loan-document-assistant' },
      spec: { type: 'service', owner: 'group:default/lending-decisioning' },
    });
    expect(system).toMatchObject({
      apiVersion: 'aigov.dev/v1alpha1',
      kind: 'AiSystem',
      metadata: {
        name: 'loan-document-assistant',
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      },
      spec: {
        type: 'llm-application',
        riskTier: 'high',
        operatorRoles: ['provider', 'deployer'],
        owner: 'group:default/lending-decisioning',
        system: 'system:default/retail-lending',
        implementedBy: ['component:default/loan-document-assistant'],
        personalData: { categories: ['financial', 'employment'] },
        models: [
          { name: 'example-llm', supplier: 'Example AI Labs', version: '4' },
        ],
      },
    });
    expect(Object.keys(files).sort()).toEqual([
      '.github/workflows/validate-entities.yaml',
      'README.md',
      'catalog-info.yaml',
      'docs/impact-assessment.md',
      'docs/index.md',
      'docs/model-card.md',
      'mkdocs.yml',
      'package.json',
      'scripts/validate-entities.mjs',
      'src/server.js',
    ]);
    expect(files['docs/impact-assessment.md']).toMatch(
      /Risk tier: \*\*high\*\*[\s\S]*Annex III[\s\S]*Art\. 9/,
    );
    expect(files['docs/model-card.md']).toContain(
      '| example-llm | Example AI Labs | 4 |',
    );
    expect(files['.github/workflows/validate-entities.yaml']).toContain(
      '${{ vars.BACKSTAGE_URL }}',
    );
    expect(JSON.parse(files['package.json']).name).toBe(
      'loan-document-assistant',
    );
    // The governance step ran in dry-run mode and said what it would create.
    expect(output.text[0].content).toMatch(
      /Risk tier: high[\s\S]* \d+ starting risks and\s+3[5-8]\s+applicable/,
    );
    expect(output.links[0].url).toBe(
      '/catalog/default/aisystem/loan-document-assistant/governance',
    );
    expect(log).toMatch(/Finished step Create the governance records/);
    await expectNothingWritten('loan-document-assistant', before);
  });

  it('Register an existing AI system: an AiSystem entry implemented by the existing component', async () => {
    const before = await historyHead();
    const { files, output, log } = await dryRun(
      'register-existing-ai-system.yaml',
      'fraud-case-prioritiser',
    );
    expect(Object.keys(files).every(f => f.startsWith('ai-system/'))).toBe(
      true,
    );
    const entities = entitiesIn(files['ai-system/catalog-info.yaml']);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      kind: 'AiSystem',
      spec: {
        riskTier: 'minimal',
        operatorRoles: ['provider', 'deployer'],
        implementedBy: ['component:default/fraud-case-manager'],
        humanOversight: { mode: 'human-in-command' },
      },
    });
    expect(files['ai-system/docs/model-card.md']).toBeDefined();
    expect(files['ai-system/docs/supplier.md']).toBeUndefined();
    expect(output.text[0].content).toMatch(/Risk tier: minimal/);
    expect(log).toMatch(/Finished step Create the governance records/);
    await expectNothingWritten('fraud-case-prioritiser', before);
  });

  it('Onboard a third-party AI service: the supplier recorded, supplier controls applicable', async () => {
    const before = await historyHead();
    const { files, output, log } = await dryRun(
      'onboard-third-party-ai-service.yaml',
      'call-transcription',
    );
    const [system] = entitiesIn(files['catalog-info.yaml']);
    expect(system).toMatchObject({
      kind: 'AiSystem',
      spec: {
        riskTier: 'limited',
        operatorRoles: ['deployer'],
        models: [
          { name: 'Example Transcribe v3', supplier: 'Example Speech Ltd' },
        ],
      },
    });
    expect(system.spec.implementedBy).toBeUndefined();
    expect(files['docs/supplier.md']).toMatch(
      /Example Speech Ltd[\s\S]*signed[\s\S]*- Call recordings/,
    );
    expect(files['mkdocs.yml']).toContain('supplier.md');
    expect(output.text[0].content).toMatch(
      /Risk tier: limited[\s\S]*\d+ starting risks/,
    );
    expect(log).toMatch(/Finished step Create the governance records/);
    await expectNothingWritten('call-transcription', before);
  });

  it.each([
    ['new-ai-use-case.yaml', ['provider']],
    ['register-existing-ai-system.yaml', ['deployer']],
    ['onboard-third-party-ai-service.yaml', ['deployer', 'importer']],
  ] as const)(
    '%s: the AiSystem takes its operatorRoles from the answers (%j), and the documented obligations are those of the roles',
    async (templateFile, roles) => {
      const name = `roles-${templateFile.split('-')[0]}`;
      const values = templateValues[templateFile](name);
      const classification = {
        ...values.classification,
        operatorRoles: [...roles],
      };
      const { files } = await dryRun(templateFile, name, {
        ...values,
        classification,
      });
      const path = (file: string) =>
        Object.keys(files).find(f => f.endsWith(file))!;
      const system = entitiesIn(files[path('catalog-info.yaml')]).find(
        e => e.kind === 'AiSystem',
      );
      expect(system.spec.operatorRoles).toEqual(roles);

      const expected = classifyAiSystem(classification);
      expect(expected.roles).toEqual(roles);
      const doc = files[path('docs/impact-assessment.md')];
      const section = doc.slice(doc.indexOf('What it brings:'));
      const documented = section
        .slice(0, section.indexOf('\n## '))
        .split('\n')
        .filter(line => line.startsWith('- '))
        .map(line => line.slice(2));
      expect(documented).toEqual(expected.obligations);
      // Art. 9's risk management is a provider's own duty.
      expect(/\(Art\. 9\)/.test(documented.join(' '))).toBe(
        roles.some(r => r === 'provider'),
      );
    },
  );
});
