import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { LocalRepositories } from './LocalRepositories';

describe('LocalRepositories', () => {
  let dir: string;
  let repos: LocalRepositories;
  let source: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-repos-'));
    repos = new LocalRepositories(
      path.join(dir, 'root'),
      'http://localhost:7007/api/local-repositories',
    );
    source = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(source, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(source, 'catalog-info.yaml'), 'kind: AiSystem');
    fs.writeFileSync(path.join(source, 'docs/index.md'), '# Hello');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('publishes a workspace and reads it back by URL, without its task marker', async () => {
    const { url } = await repos.publish('bot', source, 'task-1');
    expect(url).toBe('http://localhost:7007/api/local-repositories/bot');
    expect(repos.parseUrl(`${url}/docs/index.md?ref=main`)).toEqual({
      name: 'bot',
      subpath: 'docs/index.md',
    });
    expect((await repos.files('bot', '')).map(f => f.path)).toEqual([
      'catalog-info.yaml',
      'docs/index.md',
    ]);
    expect((await repos.readFile('bot', 'docs/index.md')).toString()).toBe(
      '# Hello',
    );
    await expect(repos.readFile('bot', 'nope.md')).rejects.toThrow(
      /bot\/nope\.md does not exist/,
    );
  });

  it('lets the task that published a repository publish it again, and no other', async () => {
    await repos.publish('bot', source, 'task-1');
    fs.writeFileSync(path.join(source, 'docs/index.md'), '# Again');
    await repos.publish('bot', source, 'task-1');
    expect((await repos.readFile('bot', 'docs/index.md')).toString()).toBe(
      '# Again',
    );
    await expect(repos.publish('bot', source, 'task-2')).rejects.toThrow(
      /already exists/,
    );
    expect((await repos.readFile('bot', 'docs/index.md')).toString()).toBe(
      '# Again',
    );
  });

  it.each(['../escape', 'a/b', '..', '/etc', 'a..b', ''])(
    'refuses the repository name %j',
    async name => {
      expect(() => repos.dirOf(name)).toThrow(/plain name/);
      await expect(repos.publish(name, source, 'task-1')).rejects.toThrow(
        /plain name/,
      );
    },
  );

  it('refuses paths that leave a repository, and ignores other URLs', async () => {
    await repos.publish('bot', source, 'task-1');
    expect(() => repos.resolve('bot', '../../secret')).toThrow();
    expect(repos.parseUrl('https://github.com/acme/bot')).toBeUndefined();
    expect(() =>
      repos.parseUrl('http://localhost:7007/api/local-repositories/..%2Fx/y'),
    ).toThrow(/plain name/);
  });

  it('is configured by localRepositories.root, and off without it', () => {
    const backend = { baseUrl: 'http://localhost:7007' };
    const configured = LocalRepositories.fromConfig(
      new ConfigReader({ backend, localRepositories: { root: 'repos' } }),
    );
    expect(configured?.root).toBe(path.resolve('repos'));
    expect(configured?.baseUrl).toBe(
      'http://localhost:7007/api/local-repositories',
    );
    expect(
      LocalRepositories.fromConfig(new ConfigReader({ backend })),
    ).toBeUndefined();
  });

  it('gives the same content the same ETag', () => {
    const a = LocalRepositories.etagOf([{ path: 'a', data: Buffer.from('1') }]);
    expect(
      LocalRepositories.etagOf([{ path: 'a', data: Buffer.from('1') }]),
    ).toBe(a);
    expect(
      LocalRepositories.etagOf([{ path: 'a', data: Buffer.from('2') }]),
    ).not.toBe(a);
  });
});
