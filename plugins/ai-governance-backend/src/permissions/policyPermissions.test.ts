import {
  APPROVER,
  OWNER,
  VIEWER,
  permissionsBackend,
  roleDecision,
} from '../__testUtils__/inProcessPermissions';
import { as } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The permission matrix of the policies and procedures, with the roles of
 * __testUtils__/inProcessPermissions.ts (the owner reading outright here):
 * reading and creating need unconditional decisions, while a document's
 * drafts and submission are also open to a conditional decision its owner
 * meets.
 */
const API = '/api/ai-governance/aims/policies';

const decide = (permission: any, who: string | undefined) =>
  roleDecision(permission, who, p => p.attributes.action === 'read');

const doc = (owner: string) => ({
  kind: 'procedure',
  title: `Procedure of ${owner}`,
  owner,
  content: { format: 'markdown', markdown: '# Steps' },
});

describeOnEachDatabase('policy permissions on %s', setup => {
  const { api, count } = permissionsBackend(setup, { decide });

  it('lets only unconditional updaters create documents, and owners write their own drafts', async () => {
    expect((await api(as(VIEWER)).get(API)).status).toBe(200);
    const before = await count('history');
    for (const user of [VIEWER, OWNER]) {
      const refused = await api(as(user)).post(API).send(doc(OWNER));
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain(
        'ai-governance.aims.policy.update',
      );
    }
    expect(await count('history')).toBe(before);

    const { body: hers } = await api(as(APPROVER))
      .post(API)
      .send(doc(OWNER))
      .expect(201);
    const { body: theirs } = await api(as(APPROVER))
      .post(API)
      .send(doc('group:default/risk'))
      .expect(201);
    const submit = (user: string, id: string) =>
      api(as(user))
        .post(`${API}/${id}/versions/1/submit`)
        .set('If-Match', '"1"');

    expect((await submit(VIEWER, hers.id)).status).toBe(403);
    const notHers = await submit(OWNER, theirs.id);
    expect(notHers.status).toBe(403);
    expect(notHers.body.error.message).toContain('group:default/risk');
    await submit(OWNER, hers.id).expect(200);
    const renamed = await api(as(OWNER))
      .patch(`${API}/${hers.id}`)
      .set('If-Match', '"2"')
      .send({ title: 'Olga’s procedure' })
      .expect(200);
    expect(renamed.body.title).toBe('Olga’s procedure');
  });
});
