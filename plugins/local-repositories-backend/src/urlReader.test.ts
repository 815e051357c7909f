import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  coreServices,
  createBackendPlugin,
  type UrlReaderService,
} from '@backstage/backend-plugin-api';
import { urlReaderServiceFactory } from '@backstage/backend-defaults/urlReader';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import { localRepositoriesUrlReader } from './urlReader';

const BASE = 'http://localhost:7007/api/local-repositories';

describe('localRepositoriesUrlReader', () => {
  let dir: string;
  let reader: UrlReaderService;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-repos-reader-'));
    const root = path.join(dir, 'root');
    const source = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(source, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(source, 'catalog-info.yaml'), 'kind: AiSystem');
    fs.writeFileSync(path.join(source, 'docs/index.md'), '# Hello');
    fs.writeFileSync(path.join(source, 'docs/notes.txt'), 'notes');
    await new LocalRepositories(root, BASE).publish('bot', source, 't');

    // A plugin that only hands out its urlReader, built as in a real backend
    // (the test backend's default is a mock that ignores reader factories).
    const probe = createBackendPlugin({
      pluginId: 'probe',
      register(reg) {
        reg.registerInit({
          deps: { urlReader: coreServices.urlReader },
          async init({ urlReader }) {
            reader = urlReader;
          },
        });
      },
    });
    await startTestBackend({
      features: [
        probe,
        urlReaderServiceFactory,
        localRepositoriesUrlReader,
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            localRepositories: { root },
          },
        }),
      ],
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file by URL, and answers NotModified to its ETag', async () => {
    const res = await reader.readUrl(`${BASE}/bot/docs/index.md?ref=main`);
    expect((await res.buffer()).toString()).toBe('# Hello');
    await expect(
      reader.readUrl(`${BASE}/bot/docs/index.md`, { etag: res.etag }),
    ).rejects.toMatchObject({ name: 'NotModifiedError' });
    await expect(reader.readUrl(`${BASE}/bot/nope.md`)).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });

  it('reads a folder as a tree, filtered, without the task marker', async () => {
    const tree = await reader.readTree(`${BASE}/bot/docs`, {
      filter: p => p.endsWith('.md'),
    });
    const files = await tree.files();
    expect(files.map(f => f.path)).toEqual(['index.md']);
    expect((await files[0].content()).toString()).toBe('# Hello');
    const whole = await (await reader.readTree(`${BASE}/bot`)).files();
    expect(whole.map(f => f.path).sort()).toEqual([
      'catalog-info.yaml',
      'docs/index.md',
      'docs/notes.txt',
    ]);
    await expect(
      reader.readTree(`${BASE}/bot/docs`, {
        filter: p => p.endsWith('.md'),
        etag: tree.etag,
      }),
    ).rejects.toMatchObject({ name: 'NotModifiedError' });
  });

  it('writes a tree to a folder, as TechDocs reads it', async () => {
    const out = await (await reader.readTree(`${BASE}/bot/docs`)).dir();
    try {
      expect(fs.readFileSync(path.join(out, 'index.md'), 'utf8')).toBe(
        '# Hello',
      );
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes a whole tree into the folder it is given, as TechDocs prepares a build', async () => {
    const tree = await reader.readTree(`${BASE}/bot`);
    expect(tree.etag).toMatch(/\S/);
    const target = fs.mkdtempSync(path.join(dir, 'target-'));
    await expect(tree.dir({ targetDir: target })).resolves.toBe(target);
    expect(fs.readFileSync(path.join(target, 'docs/index.md'), 'utf8')).toBe(
      '# Hello',
    );
    expect(
      fs.readFileSync(path.join(target, 'catalog-info.yaml'), 'utf8'),
    ).toBe('kind: AiSystem');
    // The same tree read again has the same ETag, so TechDocs can skip a rebuild.
    expect((await reader.readTree(`${BASE}/bot`)).etag).toBe(tree.etag);
  });

  it('packs a tree as a tar archive', async () => {
    const archive = await (await reader.readTree(`${BASE}/bot/docs`)).archive();
    const chunks: Buffer[] = [];
    for await (const chunk of archive) chunks.push(Buffer.from(chunk));
    const tar = Buffer.concat(chunks);
    // A tar holds each file's name in its header and its bytes after it.
    expect(tar.includes('index.md')).toBe(true);
    expect(tar.includes('notes.txt')).toBe(true);
    expect(tar.includes('# Hello')).toBe(true);
  });

  it('finds a file by its exact URL, and nothing for a missing one', async () => {
    const found = await reader.search(`${BASE}/bot/catalog-info.yaml`);
    expect(found.files.map(f => f.url)).toEqual([
      `${BASE}/bot/catalog-info.yaml`,
    ]);
    expect((await found.files[0].content()).toString()).toBe('kind: AiSystem');
    expect((await reader.search(`${BASE}/bot/nope.yaml`)).files).toEqual([]);
  });
});
