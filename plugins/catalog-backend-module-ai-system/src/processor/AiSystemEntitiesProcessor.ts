import {
  type CompoundEntityRef,
  type Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  type CatalogProcessor,
  type CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  aiSystemEntityV1alpha1Validator,
  isAiSystemEntity,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS,
} from '@aigov/plugin-ai-governance-common';

/**
 * Adds the AiSystem kind to the catalog: validates it and emits its relations
 * in both directions.
 *
 * The catalog runs every processor on every entity each cycle, so this stays
 * synchronous in effect: no I/O, and other kinds return at the first check.
 * @public
 */
export class AiSystemEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'AiSystemEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return aiSystemEntityV1alpha1Validator.check(entity);
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isAiSystemEntity(entity)) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    const selfRef = stringifyEntityRef(self);
    const { spec } = entity;

    const parse = (ref: string, field: string, defaultKind?: string) => {
      try {
        return parseEntityRef(ref, {
          defaultKind,
          defaultNamespace: self.namespace,
        });
      } catch (error) {
        throw new InputError(
          `Invalid AiSystem "${selfRef}": ${field} "${ref}" is not a valid entity reference${
            defaultKind
              ? ''
              : ' (it must name a kind, e.g. resource:default/my-dataset)'
          }`,
        );
      }
    };
    const pair = (
      target: CompoundEntityRef,
      forward: string,
      reverse: string,
    ) => {
      emit(processingResult.relation({ source: self, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: reverse,
          target: self,
        }),
      );
    };

    pair(
      parse(spec.owner, 'spec.owner', 'Group'),
      RELATION_OWNED_BY,
      RELATION_OWNER_OF,
    );
    if (spec.system) {
      pair(
        parse(spec.system, 'spec.system', 'System'),
        RELATION_PART_OF,
        RELATION_HAS_PART,
      );
    }
    spec.implementedBy?.forEach((ref, i) =>
      pair(
        parse(ref, `spec.implementedBy[${i}]`, 'Component'),
        RELATION_IMPLEMENTED_BY,
        RELATION_IMPLEMENTS,
      ),
    );

    // A model's Resource is a dependency too; emit each target once even when
    // it is listed both in dependsOn and under models.
    const dependencies = new Map<string, CompoundEntityRef>();
    spec.dependsOn?.forEach((ref, i) => {
      const target = parse(ref, `spec.dependsOn[${i}]`);
      dependencies.set(stringifyEntityRef(target), target);
    });
    spec.models?.forEach((model, i) => {
      if (model.resource) {
        const target = parse(
          model.resource,
          `spec.models[${i}].resource`,
          'Resource',
        );
        dependencies.set(stringifyEntityRef(target), target);
      }
    });
    for (const target of dependencies.values()) {
      pair(target, RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF);
    }

    return entity;
  }
}
