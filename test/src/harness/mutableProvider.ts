import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  type EntityProvider,
  type EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/**
 * An entity provider whose entities a test replaces, as a repository
 * commit would: each `set` is a full mutation the catalog then processes.
 */
export class MutableProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private entities: Entity[] = [];

  constructor(private readonly name = 'test-mutable') {}

  getProviderName() {
    return this.name;
  }

  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
    await this.push();
  }

  async set(entities: Entity[]) {
    this.entities = entities;
    await this.push();
  }

  private async push() {
    await this.connection?.applyMutation({
      type: 'full',
      entities: this.entities.map(entity => ({
        entity,
        locationKey: this.name,
      })),
    });
  }
}

/** A catalog module that adds `provider` to the catalog, for `startTestBackend`. */
export function mutableProviderModule(provider: MutableProvider) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-mutable-provider',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider(provider);
        },
      });
    },
  });
}
