import type { Entity } from '@backstage/catalog-model';
import {
  as,
  catalogSyncAtStartup,
  CREDIT,
  testEntities,
} from '../../__testUtils__/backend';
import type { DatabaseSetup } from '../../__testUtils__/describeOnEachDatabase';

/*
 * The backend of the nonconformity suites (nonconformities.test.ts and
 * nonconformityReviews.test.ts): a catalog with people in two teams and
 * the governance office, and the requests the tests repeat.
 */

/** The API's mount path. */
export const API = '/api/ai-governance';

const user = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${team}` }],
});

const entities: Entity[] = [
  ...testEntities,
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ai-governance-office', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  user('alice', 'lending'),
  user('mallory', 'lending'),
  user('bob', 'risk'),
  user('olga', 'ai-governance-office'),
];

/** Alice and Mallory are in lending, Bob in risk, Olga in the governance office. */
export const alice = as('user:default/alice');
export const mallory = as('user:default/mallory');
export const bob = as('user:default/bob');
export const olga = as('user:default/olga');

/** A new nonconformity on credit scoring with one planned action, changed by `over`. */
export const newNonconformity = (over: Record<string, unknown> = {}) => ({
  entityRef: CREDIT,
  source: 'monitoring',
  description: 'Approval rates drifted past the agreed threshold',
  correction: 'Decisions of the last week reviewed by hand',
  rootCause: 'A feature pipeline dropped a column',
  correctiveActions: [
    {
      description: 'Add a schema check to the feature pipeline',
      owner: 'group:default/lending',
      dueDate: '2027-01-31',
    },
  ],
  ...over,
});

/**
 * Before the suite's tests: a backend on the suite's database with that
 * catalog, and the If-Match requests that change a nonconformity and
 * review its effectiveness. Call it in a describeOnEachDatabase callback.
 */
export function nonconformitiesBackend(setup: DatabaseSetup) {
  const backend = setup.governanceBackend({
    entities,
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api } = backend;
  const patch = (id: string, version: number, body: object, who = alice) =>
    api(who)
      .patch(`${API}/nonconformities/${id}`)
      .set('If-Match', `"${version}"`)
      .send(body);
  const review = (id: string, version: number, body: object, who: object) =>
    api(who as Record<string, string>)
      .post(`${API}/nonconformities/${id}/effectiveness`)
      .set('If-Match', `"${version}"`)
      .send(body);
  /** A nonconformity whose one action is done, waiting for its review. */
  const verifying = async () => {
    const { body: nc } = await api(alice)
      .post(`${API}/nonconformities`)
      .send(newNonconformity())
      .expect(201);
    const [action] = nc.correctiveActions;
    const { body } = await patch(nc.id, 1, {
      status: 'verifying',
      correctiveActions: [{ ...action, status: 'done' }],
    }).expect(200);
    return body;
  };
  return { backend, api, patch, review, verifying };
}
