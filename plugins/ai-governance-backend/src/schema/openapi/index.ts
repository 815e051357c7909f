// The router, spec and types generated from ../openapi.yaml by
// `yarn schema:generate`; import them from here rather than from generated/.
export * from './generated';
