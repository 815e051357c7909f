#!/usr/bin/env node
// Packs every published @aigov/* package as `yarn pack` does for a release
// and checks what a Backstage app installing the tarball gets: the built
// JavaScript and type declarations, entry points and subpath exports that
// resolve inside the tarball, the config schema, migrations, a README and a CHANGELOG.
// Run after `yarn build:all` (CI does); prints each tarball with its size.
//
//   node scripts/pack-check.mjs [--keep DIR]   # DIR keeps the tarballs

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.indexOf('--keep');
const out =
  keep > 0
    ? path.resolve(process.argv[keep + 1])
    : fs.mkdtempSync(path.join(os.tmpdir(), 'aigov-pack-'));
fs.mkdirSync(out, { recursive: true });

/** The names in a tarball, and one file's text. */
const list = file =>
  execFileSync('tar', ['-tzf', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
const read = (file, name) =>
  execFileSync('tar', ['-xzOf', file, name], { encoding: 'utf8' });

/** Every file an export, main or typesVersions entry of package.json points at. */
function targetsOf(pkg) {
  const targets = [];
  const walk = value => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object')
      Object.entries(value)
        // The `backstage` condition names a feature type, not a file.
        .filter(([key]) => key !== 'backstage')
        .forEach(([, v]) => walk(v));
  };
  walk(pkg.exports);
  for (const key of ['main', 'module', 'types']) walk(pkg[key]);
  for (const map of Object.values(pkg.typesVersions ?? {}))
    Object.values(map).forEach(walk);
  return targets.map(t => t.replace(/^\.\//, ''));
}

function check(dir) {
  const source = JSON.parse(
    fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  const file = path.join(out, `${source.name.replace(/[@/]/g, '_')}.tgz`);
  execFileSync('yarn', ['pack', '--out', file], { cwd: dir, stdio: 'pipe' });
  const entries = list(file)
    .split('\n')
    .filter(Boolean)
    .map(e => e.replace(/^package\//, ''));
  const has = name => entries.includes(name);
  const packed = JSON.parse(read(file, 'package/package.json'));
  const problems = [];
  if (!has('README.md')) problems.push('no README.md');
  if (!has('CHANGELOG.md')) problems.push('no CHANGELOG.md');
  if (!entries.some(e => /^dist\/.*\.(c|m)?js$/.test(e)))
    problems.push('no JavaScript in dist/');
  if (!entries.some(e => /^dist\/.*\.d\.ts$/.test(e)))
    problems.push('no type declarations in dist/');
  for (const target of targetsOf(packed)) {
    if (!target.startsWith('dist/') && target !== 'package.json')
      problems.push(`${target} is not built code (prepack did not run?)`);
    else if (!has(target)) problems.push(`${target} is not in the tarball`);
  }
  // The CLI's prepack turns config.d.ts into the JSON schema apps load.
  if (source.configSchema && !(packed.configSchema && has(packed.configSchema)))
    problems.push(`its config schema (${source.configSchema}) is missing`);
  if (fs.existsSync(path.join(dir, 'migrations'))) {
    for (const migration of fs.readdirSync(path.join(dir, 'migrations')))
      if (!has(`migrations/${migration}`))
        problems.push(`migration ${migration} is missing`);
  }
  return {
    name: source.name,
    size: fs.statSync(file).size,
    files: entries.length,
    problems,
  };
}

const dirs = fs
  .readdirSync(path.join(root, 'plugins'))
  .map(name => path.join(root, 'plugins', name))
  .filter(dir => fs.existsSync(path.join(dir, 'package.json')))
  .filter(
    dir =>
      !JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
        .private,
  );

let failed = 0;
for (const dir of dirs) {
  const result = check(dir);
  const kib = (result.size / 1024).toFixed(1).padStart(7);
  console.log(
    `${result.problems.length ? 'FAIL' : 'ok  '} ${kib} KiB ${String(
      result.files,
    ).padStart(4)} files  ${result.name}`,
  );
  for (const problem of result.problems) console.log(`       - ${problem}`);
  if (result.problems.length) failed += 1;
}
console.log(
  `pack: ${dirs.length - failed} passed, ${failed} failed (tarballs in ${out})`,
);
process.exit(failed ? 1 : 0);
