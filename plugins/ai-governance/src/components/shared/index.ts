export * from './chips';
export * from './errors';
