import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { makeValidator } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';

/*
 * The offline demo's stand-in for a git host: "publishing" copies the
 * template's workspace into <root>/<name>, the catalog and TechDocs read it
 * back through a URL reader, and people browse it through a read-only route.
 * Production portals publish with the usual publish:* actions instead.
 *
 * It lives in this node library because both the local-repositories backend
 * plugin (which reads) and the scaffolder module (which writes) need the same
 * layout, and Backstage's package rules keep a module from importing a
 * backend plugin.
 */

// Repositories are named after the entities the templates create.
const validator = makeValidator();
/** Marks which task published a repository, so a retried task may publish again. */
const MARKER = '.published-by-task';

/**
 * A file of a published repository.
 * @public
 */
export interface RepositoryFile {
  path: string;
  absolutePath: string;
  size: number;
  modifiedAt: Date;
}

/**
 * Repositories published by the demo's publish:local action.
 * @public
 */
export class LocalRepositories {
  /**
   * The repositories configured by `localRepositories.root`, served under the
   * local-repositories plugin's route; undefined when the key is unset, so
   * everything built on them stays off (as in production).
   */
  static fromConfig(config: Config): LocalRepositories | undefined {
    const root = config.getOptionalString('localRepositories.root');
    if (!root) return undefined;
    return new LocalRepositories(
      path.resolve(root),
      `${config.getString('backend.baseUrl')}/api/local-repositories`,
    );
  }

  constructor(
    /** Folder that holds one sub-folder per repository. */
    readonly root: string,
    /** External URL under which the repositories are served, without a trailing slash. */
    readonly baseUrl: string,
  ) {}

  /** Refuses names that are not a single plain path segment. */
  static checkName(name: unknown): string {
    if (
      typeof name !== 'string' ||
      !validator.isValidEntityName(name) ||
      name.includes('..')
    ) {
      throw new InputError(
        `repoName ${JSON.stringify(
          name,
        )} must be a plain name of letters, digits, "-", "_" or "." (no path separators or "..")`,
      );
    }
    return name;
  }

  /** The URL of a repository, under {@link LocalRepositories.baseUrl}. */
  urlOf(name: string): string {
    return `${this.baseUrl}/${LocalRepositories.checkName(name)}`;
  }

  /** The directory of a repository (it may not exist yet). */
  dirOf(name: string): string {
    return resolveSafeChildPath(this.root, LocalRepositories.checkName(name));
  }

  /**
   * Copies `sourceDir` into a new repository. A repository that exists is
   * only replaced when the same task published it (a retried task).
   */
  async publish(name: string, sourceDir: string, taskId: string) {
    const dir = this.dirOf(name);
    await fs.mkdir(this.root, { recursive: true });
    const owner = await fs
      .readFile(path.join(dir, MARKER), 'utf8')
      .catch(() => undefined);
    const exists = await fs
      .stat(dir)
      .then(() => true)
      .catch(() => false);
    if (exists && owner !== taskId) {
      throw new ConflictError(
        `A repository named ${name} already exists in the local demo target; choose another name`,
      );
    }
    // Copy beside the target and rename, so readers never see half a copy.
    const staging = `${dir}.staging-${process.pid}`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.cp(sourceDir, staging, { recursive: true });
    await fs.writeFile(path.join(staging, MARKER), taskId);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(staging, dir);
    return { url: this.urlOf(name), dir };
  }

  /**
   * Splits a URL under {@link LocalRepositories.baseUrl} into a repository
   * and a path inside it, or returns undefined for other URLs.
   */
  parseUrl(url: string): { name: string; subpath: string } | undefined {
    const base = `${this.baseUrl}/`;
    const clean = url.split(/[?#]/)[0];
    if (!clean.startsWith(base)) return undefined;
    const [name, ...rest] = decodeURIComponent(clean.slice(base.length))
      .split('/')
      .filter(Boolean);
    if (!name) return undefined;
    return { name: LocalRepositories.checkName(name), subpath: rest.join('/') };
  }

  /** The absolute path of a file or folder inside a repository. */
  resolve(name: string, subpath: string): string {
    const dir = this.dirOf(name);
    return subpath ? resolveSafeChildPath(dir, subpath) : dir;
  }

  /** Every file under a folder of a repository, relative to that folder. */
  async files(name: string, subpath: string): Promise<RepositoryFile[]> {
    const start = this.resolve(name, subpath);
    const stat = await fs.stat(start).catch(() => undefined);
    if (!stat?.isDirectory()) {
      throw new NotFoundError(`${this.urlOf(name)}/${subpath} is not a folder`);
    }
    const out: RepositoryFile[] = [];
    const walk = async (dir: string) => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const absolutePath = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          await walk(absolutePath);
        } else if (entry.isFile() && entry.name !== MARKER) {
          const info = await fs.stat(absolutePath);
          out.push({
            path: path.relative(start, absolutePath).split(path.sep).join('/'),
            absolutePath,
            size: info.size,
            modifiedAt: info.mtime,
          });
        }
      }
    };
    await walk(start);
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  /** Reads one file; a missing one is a NotFoundError naming its URL. */
  async readFile(name: string, subpath: string): Promise<Buffer> {
    const file = this.resolve(name, subpath);
    try {
      return await fs.readFile(file);
    } catch {
      throw new NotFoundError(`${this.urlOf(name)}/${subpath} does not exist`);
    }
  }

  /** A content hash of the given files, used as ETag. */
  static etagOf(files: Array<{ path: string; data: Buffer }>): string {
    const hash = createHash('sha256');
    for (const f of files) hash.update(f.path).update('\0').update(f.data);
    return hash.digest('hex').slice(0, 40);
  }
}
