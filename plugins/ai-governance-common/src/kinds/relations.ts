/**
 * An AiSystem is implemented by a Component. This suite's own relation:
 * Backstage has no built-in pair for it, and `dependsOn` would point the wrong
 * way (the component carries the system, the system does not consume it).
 * @public
 */
export const RELATION_IMPLEMENTED_BY = 'implementedBy';

/** A Component implements an AiSystem; reverse of {@link RELATION_IMPLEMENTED_BY}. @public */
export const RELATION_IMPLEMENTS = 'implements';
