export * from './constants';
export * from './types';
export * from './riskMatrix';
export * from './scorecard';
export * from './schemas';
export * from './fieldProblems';
export * from './canonicalJson';
export * from './tasks';
