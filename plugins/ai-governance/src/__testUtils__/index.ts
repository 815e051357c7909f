export * from './fixtures';
export * from './mockApi';
export * from './renderWithApis';
