import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// Only tests import this module; the test package has devDependencies only.
// eslint-disable-next-line @backstage/no-undeclared-imports
import yaml from 'js-yaml';
// eslint-disable-next-line @backstage/no-undeclared-imports
import { DEFAULT_CLASSIFICATION_ANSWERS } from '@aigov/plugin-ai-governance-common';
import { guestToken, root, startPortal, type Portal } from '../e2e/portal';

/*
 * The AI use-case templates as the scaffolder's dry-run API takes them: the
 * template entity and the files beside it (its skeletons), base64-encoded.
 */

export const templatesDir = join(root, 'templates');

/** Every file under a folder, relative to `base`. */
function filesUnder(dir: string, base: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, base)
      : [relative(base, path)];
  });
}

/** A dry-run request body for one template file under templates/. */
export function dryRunBody(templateFile: string, values: object) {
  const template = yaml.load(
    readFileSync(join(templatesDir, templateFile), 'utf8'),
  );
  return {
    template,
    values,
    directoryContents: filesUnder(
      join(templatesDir, 'skeletons'),
      templatesDir,
    ).map(path => ({
      path,
      base64Content: readFileSync(join(templatesDir, path)).toString('base64'),
    })),
  };
}

/** Decodes the files a dry run produced. */
export function producedFiles(body: {
  directoryContents: Array<{ path: string; base64Content: string }>;
}): Record<string, string> {
  return Object.fromEntries(
    body.directoryContents.map(f => [
      f.path,
      Buffer.from(f.base64Content, 'base64').toString('utf8'),
    ]),
  );
}

/** Classification answers with defaults for everything not given. */
export const answers = (overrides: object = {}) => ({
  ...DEFAULT_CLASSIFICATION_ANSWERS,
  ...overrides,
});

/** A test file's demo backend (no app), the guest's token and its API. */
export interface TemplatesPortal {
  portal: Portal;
  token: string;
  /** Calls `/api<path>` of the backend as the guest, with JSON. */
  api(path: string, init?: RequestInit): Promise<Response>;
}

/** Starts the demo backend for the tests of this file and stops it after them. */
export function useTemplatesPortal(): TemplatesPortal {
  const env = {
    api: (path: string, init: RequestInit = {}) =>
      fetch(`${env.portal.baseUrl}/api${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${env.token}`,
          'Content-Type': 'application/json',
          ...init.headers,
        },
      }),
  } as TemplatesPortal;
  beforeAll(async () => {
    env.portal = await startPortal({ app: false });
    env.token = await guestToken(env.portal.baseUrl);
  });
  afterAll(() => env.portal?.stop());
  return env;
}

/** Form values of each template, as a person would fill them in. */
export const templateValues = {
  'new-ai-use-case.yaml': (name: string) => ({
    name,
    title: 'Loan document assistant',
    owner: 'group:default/lending-decisioning',
    system: 'system:default/retail-lending',
    purpose:
      'Reads documents that loan applicants upload and drafts the affordability summary for the underwriter.',
    type: 'llm-application',
    sourcing: 'third-party-model',
    models: [
      { name: 'example-llm', supplier: 'Example AI Labs', version: '4' },
    ],
    datasets: ['Uploaded payslips and bank statements'],
    personalData: ['financial', 'employment'],
    affectedPeople: 'Loan applicants',
    humanOversight: 'human-in-the-loop',
    classification: answers({
      annexIIIArea: 'essential-services',
      profilesNaturalPersons: true,
    }),
    publishTo: 'local',
  }),
  'register-existing-ai-system.yaml': (name: string) => ({
    component: 'component:default/fraud-case-manager',
    name,
    title: 'Fraud case prioritiser',
    owner: 'group:default/payments-risk',
    purpose: 'Orders open fraud cases by expected loss for the analysts.',
    type: 'classifier',
    sourcing: 'in-house',
    humanOversight: 'human-in-command',
    classification: answers(),
    publishTo: 'local',
  }),
  'onboard-third-party-ai-service.yaml': (name: string) => ({
    name,
    title: 'Call transcription',
    owner: 'group:default/customer-experience',
    purpose: 'Transcribes support calls so agents can search them.',
    type: 'llm-application',
    supplierName: 'Example Speech Ltd',
    supplierContact: 'security@speech.example.com',
    modelName: 'Example Transcribe v3',
    serviceUrl: 'https://api.speech.example.com',
    contractStatus: 'signed',
    dataShared: ['Call recordings', 'Agent names'],
    classification: answers({ transparency: ['interacts-with-people'] }),
    publishTo: 'local',
  }),
};
