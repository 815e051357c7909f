export * from './annexA';
export * from './clauses';
export * from './riskLibrary';
export * from './courses';
