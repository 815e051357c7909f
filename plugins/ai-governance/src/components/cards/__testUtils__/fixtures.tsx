import type { ReactNode } from 'react';
import type {
  EntityScorecard,
  TeamScorecard,
} from '@aigov/plugin-ai-governance-common';
import type { Entity } from '@backstage/catalog-model';
import { fetchApiRef } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { aiGovernanceApiRef, type AiGovernanceApi } from '../../../api';

/** An AiGovernanceApi whose methods are jest mocks (only those the views call). */
export function mockAiGovernanceApi(): jest.Mocked<AiGovernanceApi> {
  return {
    getScorecard: jest.fn(),
    getTeamScorecards: jest.fn(),
    getHeatMap: jest.fn(),
    listOverdue: jest.fn(),
    exportUrl: jest.fn(),
  } as Partial<jest.Mocked<AiGovernanceApi>> as jest.Mocked<AiGovernanceApi>;
}

/** A scorecard with sensible defaults. */
export function scorecard(
  overrides: Partial<EntityScorecard> = {},
): EntityScorecard {
  return {
    entityRef: 'aisystem:default/example',
    title: 'Example',
    owner: 'group:default/team-a',
    riskTier: 'minimal',
    level: 'none',
    nextLevel: 'bronze',
    missingForNextLevel: [],
    compliance: 1,
    controls: { applicable: 0, implemented: 0, notApplicable: 0 },
    risks: {
      open: { low: 0, medium: 0, high: 0, critical: 0 },
      untreatedAboveAppetite: 0,
    },
    overdue: { reviews: 0, treatments: 0, controls: 0 },
    evidence: { total: 0, expired: 0 },
    assessments: { riskApproved: false, impactApproved: false },
    ...overrides,
  };
}

/** A team scorecard row with sensible defaults. */
export function teamRow(overrides: Partial<TeamScorecard> = {}): TeamScorecard {
  return {
    groupRef: 'group:default/team-a',
    systems: 1,
    levels: { none: 0, bronze: 1, silver: 0, gold: 0 },
    compliance: 0.5,
    openHighOrCritical: 0,
    untreatedAboveAppetite: 0,
    overdue: 0,
    expiredEvidence: 0,
    ...overrides,
  };
}

/** An AiSystem entity, with the relations the catalog would add. */
export function aiSystem(
  name: string,
  options: { owner?: string; riskTier?: string; title?: string } = {},
): Entity {
  const owner = options.owner ?? 'group:default/team-a';
  return {
    apiVersion: 'aigov.dev/v1alpha1',
    kind: 'AiSystem',
    metadata: { name, namespace: 'default', title: options.title },
    spec: {
      type: 'classifier',
      lifecycle: 'production',
      owner,
      purpose: `Purpose of ${name}`,
      ...(options.riskTier ? { riskTier: options.riskTier } : {}),
    },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** A Group entity with its hierarchy relations. */
export function group(
  name: string,
  hierarchy: { parent?: string; children?: string[] } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: hierarchy.children ?? [] },
    relations: [
      ...(hierarchy.parent
        ? [{ type: 'childOf', targetRef: `group:default/${hierarchy.parent}` }]
        : []),
      ...(hierarchy.children ?? []).map(child => ({
        type: 'parentOf',
        targetRef: `group:default/${child}`,
      })),
    ],
  };
}

/**
 * Renders inside a test app with the governance API, an in-memory catalog
 * and a fetchApi, and with the catalog's entity route mounted as the app
 * mounts it, so entity and Governance tab links get real paths.
 */
export function renderWithApis(
  node: ReactNode,
  options: {
    api: AiGovernanceApi;
    entity?: Entity;
    catalogEntities?: Entity[];
    fetch?: jest.Mock;
  },
) {
  const catalogApi = catalogApiMock({
    entities: options.catalogEntities ?? [],
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiGovernanceApiRef, options.api],
        [catalogApiRef, catalogApi],
        [fetchApiRef, { fetch: options.fetch ?? jest.fn() }],
      ]}
    >
      {options.entity ? (
        <EntityProvider entity={options.entity}>{node}</EntityProvider>
      ) : (
        node
      )}
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
