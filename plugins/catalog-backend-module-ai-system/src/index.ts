/**
 * Catalog backend module that adds the AiSystem entity kind.
 *
 * @packageDocumentation
 */

export { catalogModuleAiSystem as default } from './module';
export { AiSystemEntitiesProcessor } from './processor/AiSystemEntitiesProcessor';
export { catalogModuleUpstreamAiResourceModel } from './upstreamAiResourceModule';
