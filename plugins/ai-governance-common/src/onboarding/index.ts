export * from './baseline';
