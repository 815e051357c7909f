/**
 * Isomorphic types, validators, control library and scoring shared by the AI
 * governance plugins.
 *
 * @packageDocumentation
 */

export * from './kinds';
