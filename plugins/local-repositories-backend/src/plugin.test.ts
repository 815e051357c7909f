import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { LocalRepositories } from '@aigov/plugin-local-repositories-node';
import request from 'supertest';
import { localRepositoriesPlugin } from './plugin';

describe('localRepositoriesPlugin', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-repos-plugin-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const start = (data: object) =>
    startTestBackend({
      features: [
        localRepositoriesPlugin,
        mockServices.rootConfig.factory({
          data: { backend: { baseUrl: 'http://localhost:7007' }, ...data },
        }),
      ],
    });

  it('serves a published repository read-only, without a token', async () => {
    const root = path.join(dir, 'root');
    const source = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(source, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(source, 'README.md'), '# Bot');
    fs.writeFileSync(path.join(source, 'docs/ci.sh'), 'echo ok');
    await new LocalRepositories(root, 'unused').publish('bot', source, 't');
    const { server } = await start({ localRepositories: { root } });

    const listing = await request(server).get('/api/local-repositories/bot/');
    expect(listing.status).toBe(200);
    expect(listing.body).toEqual({ files: ['docs/ci.sh', 'README.md'] });
    const readme = await request(server).get(
      '/api/local-repositories/bot/README.md',
    );
    expect(readme.type).toBe('text/markdown');
    expect(readme.text).toBe('# Bot');
    const script = await request(server).get(
      '/api/local-repositories/bot/docs/ci.sh',
    );
    expect(script.type).toBe('text/plain');
    expect(script.text).toBe('echo ok');
    expect(
      (await request(server).get('/api/local-repositories/bot/nope.md')).status,
    ).toBe(404);
    expect(
      (await request(server).post('/api/local-repositories/bot/README.md'))
        .status,
    ).toBe(404);
    const escaping = await request(server).get(
      '/api/local-repositories/..%2F..%2Fetc/passwd',
    );
    expect(escaping.status).toBe(400);
    expect(escaping.body.error.message).toMatch(/plain name/);
  });

  it('answers 404 to everything when localRepositories.root is unset', async () => {
    const { server } = await start({});
    const res = await request(server).get('/api/local-repositories/bot/');
    expect(res.status).toBe(404);
  });
});
