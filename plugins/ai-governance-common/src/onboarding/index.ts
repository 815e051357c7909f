export * from './baseline';
export * from './types';
