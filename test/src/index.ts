/*
 * The harness the tests and the benchmarks share. The benchmarks (plain
 * Node scripts under bench/) import it by this package's name, through
 * Backstage's node transform, so there is one boot of the demo backend and
 * one set of template answers.
 */

export * from './harness/portal';
export * from './harness/chromium';
export * from './harness/templateValues';
