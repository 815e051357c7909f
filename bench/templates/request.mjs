/*
 * What every dry run of bench/templates.mjs posts besides the template: the
 * form values of one use case and the upload of skeletons.
 */

import fs from 'node:fs';
import path from 'node:path';
import { harness } from '../lib/workspace.mjs';

const { root, templateValues } = harness;

/** The shipped template, A, under templates/. */
export const TEMPLATE_FILE = 'new-ai-use-case.yaml';
const USE_CASE = 'loan-document-assistant';

/** The folder of the shipped templates and their skeletons. */
export const templatesDir = path.join(root, 'templates');

/**
 * The form values of a high-risk use case (Annex III essential services,
 * profiling people): the harness's, which the template tests fill in too.
 */
export const values = templateValues[TEMPLATE_FILE](USE_CASE);

/** Every file under a folder, relative to `base`. */
function filesUnder(dir, base) {
  return fs.readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name);
    return fs.statSync(file).isDirectory()
      ? filesUnder(file, base)
      : [path.relative(base, file)];
  });
}

/*
 * Both templates get the same upload (the shipped skeletons and the stand-in
 * skeleton), so unpacking it costs them alike.
 */
const fixturesDir = path.join(root, 'bench/fixtures');
export const directoryContents = [
  ...filesUnder(path.join(templatesDir, 'skeletons'), templatesDir).map(
    file => ({
      path: file,
      base64Content: fs
        .readFileSync(path.join(templatesDir, file))
        .toString('base64'),
    }),
  ),
  ...filesUnder(path.join(fixturesDir, 'step'), fixturesDir).map(file => ({
    path: path.posix.join('bench-skeletons', file.split(path.sep).join('/')),
    base64Content: fs
      .readFileSync(path.join(fixturesDir, file))
      .toString('base64'),
  })),
];
