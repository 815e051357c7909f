import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import {
  guestToken,
  root,
  startBackend,
  type Backend,
} from '../harness/portal';

export { templateValues } from '../harness/templateValues';

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

/** A test file's demo backend (no app), the guest's token and its API. */
export interface TemplatesPortal {
  portal: Backend;
  token: string;
  /** Calls `/api<path>` of the backend as the guest, with JSON. */
  api(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Starts the demo backend for the tests of this file and stops it after them,
 * with the file's tests given the minutes that the boot and a template run take.
 */
export function useTemplatesPortal(): TemplatesPortal {
  jest.setTimeout(300_000);
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
    env.portal = await startBackend({ app: false });
    env.token = await guestToken(env.portal.baseUrl);
  });
  afterAll(() => env.portal?.stop());
  return env;
}
