/**
 * Isomorphic types, validators, control library and scoring shared by the AI
 * governance plugins.
 *
 * @packageDocumentation
 */

export * from './kinds';
export * from './library';
export * from './records';
export * from './permissions';
export * from './classification';
export * from './incidents';
export * from './onboarding';
export * from './client';
export * from './schema/openapi';
