#!/usr/bin/env node
// Computes one coherent set of exact @backstage/* versions for the root
// package.json `resolutions`.
//
// Why: the release-manifest service that `backstage-cli versions:bump` uses is
// not reachable from every network, and caret ranges inside published
// packages otherwise resolve to a mix of releases that does not boot. Packages
// of one Backstage release depend on each other with `^<version in that
// release>`, so the lower bounds of those ranges name the release's versions.
// Starting from the direct dependencies in the workspaces (already exact), it
// walks the @backstage graph and pins every transitive package to the highest
// lower bound any pinned dependent asks for.
//
//   node scripts/pin-backstage.mjs           # prints the resolutions
//   node scripts/pin-backstage.mjs --write   # also writes them to package.json
//   node scripts/pin-backstage.mjs --write --root DIR   # the same for another repository

import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Another Backstage repository (e.g. an app made by @backstage/create-app)
// can be pinned the same way with --root DIR.
const rootArg = process.argv.indexOf('--root');
const root =
  rootArg > 0
    ? resolve(process.argv[rootArg + 1])
    : join(dirname(fileURLToPath(import.meta.url)), '..');
const registry = (
  process.env.AIGOV_REGISTRY ||
  execSync('npm config get registry', { encoding: 'utf8' })
)
  .trim()
  .replace(/\/$/, '');

const parse = v =>
  v
    .replace(/^[\^~=v]+/, '')
    .split('-')[0]
    .split('.')
    .map(Number);
const cmp = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};
/** Caret semantics as npm applies them to 0.x and 1+ versions. */
const satisfiesCaret = (version, range) => {
  if (!range.startsWith('^')) return cmp(version, range) === 0;
  const [v, r] = [parse(version), parse(range)];
  if (cmp(version, range) < 0) return false;
  if (r[0] > 0) return v[0] === r[0];
  if (r[1] > 0) return v[0] === 0 && v[1] === r[1];
  return v[0] === 0 && v[1] === 0 && v[2] === r[2];
};

const manifests = new Map();
async function manifest(name, version) {
  const key = `${name}@${version}`;
  if (!manifests.has(key)) {
    manifests.set(
      key,
      fetch(`${registry}/${name.replace('/', '%2f')}/${version}`).then(
        async r => {
          if (!r.ok) throw new Error(`${key}: registry answered ${r.status}`);
          return r.json();
        },
      ),
    );
  }
  return manifests.get(key);
}

const workspaceDirs = ['packages', 'plugins']
  .filter(d => existsSync(join(root, d)))
  .flatMap(d =>
    readdirSync(join(root, d)).map(p => join(root, d, p, 'package.json')),
  )
  .filter(existsSync)
  .concat(join(root, 'package.json'));

const pins = new Map();
for (const file of workspaceDirs) {
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const [name, range] of Object.entries(deps ?? {})) {
      if (!name.startsWith('@backstage/')) continue;
      if (!/^\d/.test(range))
        throw new Error(
          `${file}: ${name} must be an exact version, found "${range}"`,
        );
      pins.set(name, { version: range, direct: true });
    }
  }
}

for (let round = 1; ; round++) {
  const wanted = new Map();
  await Promise.all(
    [...pins].map(async ([name, { version }]) => {
      const m = await manifest(name, version);
      for (const deps of [m.dependencies, m.peerDependencies]) {
        for (const [dep, range] of Object.entries(deps ?? {})) {
          if (!dep.startsWith('@backstage/') || range === '*') continue;
          const floor = range
            .split('||')
            .map(s => s.trim())
            .sort(cmp)
            .pop()
            .replace(/^[\^~]/, '');
          const prev = wanted.get(dep);
          if (!prev || cmp(floor, prev) > 0) wanted.set(dep, floor);
        }
      }
    }),
  );
  let changed = false;
  for (const [dep, floor] of wanted) {
    const cur = pins.get(dep);
    if (!cur) {
      pins.set(dep, { version: floor });
      changed = true;
    } else if (!cur.direct && cmp(floor, cur.version) > 0) {
      cur.version = floor;
      changed = true;
    } else if (cur.direct && cmp(floor, cur.version) > 0) {
      console.warn(
        `warning: a dependent asks for ${dep} >= ${floor}, the workspace pins ${cur.version}`,
      );
    }
  }
  if (!changed) break;
  if (round > 20) throw new Error('no fixpoint after 20 rounds');
}

// Every caret range in the graph must accept the pinned version.
for (const [name, { version }] of pins) {
  const m = await manifest(name, version);
  for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
    if (
      pins.has(dep) &&
      range !== '*' &&
      !range
        .split('||')
        .some(r => satisfiesCaret(pins.get(dep).version, r.trim()))
    ) {
      console.warn(
        `warning: ${name}@${version} wants ${dep} ${range}, pinned ${
          pins.get(dep).version
        }`,
      );
    }
  }
}

const resolutions = Object.fromEntries(
  [...pins]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([n, { version }]) => [n, version]),
);
if (process.argv.includes('--write')) {
  const file = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const others = Object.fromEntries(
    Object.entries(pkg.resolutions ?? {}).filter(
      ([n]) => !n.startsWith('@backstage/'),
    ),
  );
  pkg.resolutions = { ...others, ...resolutions };
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}
console.log(JSON.stringify(resolutions, null, 2));
console.error(`${pins.size} @backstage packages pinned`);
