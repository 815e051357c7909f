import { alice } from '../../__testUtils__/backend';
import {
  unexercisedOperations,
  useConformanceBackend,
} from '../__testUtils__/conformance';

/*
 * The answers of the management reviews held to the spec: planned with
 * frozen inputs, read, changed under If-Match, the minutes as Markdown and
 * PDF, and the errors the spec lists.
 */

jest.setTimeout(60_000);

/** No credentials. */
const NOBODY = { Authorization: 'Bearer mock-none-token' };
const MISSING = '/management-reviews/00000000-0000-4000-8000-000000000000';

const plan = {
  title: 'Management review 2026',
  plannedAt: '2026-12-10',
  chair: 'user:default/carol',
  attendees: ['user:default/alice'],
};

describe('the management reviews', () => {
  const harness = useConformanceBackend();
  const { call } = harness;

  it('plans, lists and reads reviews and answers the errors the spec lists', async () => {
    const created = await call('post', '/management-reviews', 201, {
      body: plan,
    });
    expect(created.body.inputs.sections.length).toBeGreaterThan(0);
    await call('post', '/management-reviews', 400, {
      body: { ...plan, plannedAt: 'soon' },
    });
    await call('post', '/management-reviews', 401, {
      headers: NOBODY,
      body: plan,
    });
    const list = await call('get', '/management-reviews', 200);
    expect(list.body.items).toHaveLength(1);
    await call('get', '/management-reviews', 401, { headers: NOBODY });

    const url = `/management-reviews/${created.body.id}`;
    await call('get', url, 200);
    await call('get', '/management-reviews/not-a-uuid', 400);
    await call('get', MISSING, 404);
    await call('get', url, 401, { headers: NOBODY });
  });

  it('changes a review under If-Match and answers the errors the spec lists', async () => {
    const { body } = await call('post', '/management-reviews', 201, {
      body: { ...plan, title: 'Extra review' },
    });
    const url = `/management-reviews/${body.id}`;
    const at = (version: string) => ({ ...alice, 'If-Match': version });
    await call('patch', url, 428, { body: { title: 'No If-Match' } });
    await call('patch', url, 412, {
      headers: at('"7"'),
      body: { title: 'Stale' },
    });
    await call('patch', url, 400, {
      headers: at('"1"'),
      body: { decisions: [''] },
    });
    await call('patch', url, 409, {
      headers: at('"1"'),
      body: { status: 'closed' },
    });
    await call('patch', MISSING, 404, {
      headers: at('"1"'),
      body: { title: 'Nobody' },
    });
    await call('patch', url, 401, {
      headers: NOBODY,
      body: { title: 'Anonymous' },
    });
    const changed = await call('patch', url, 200, {
      headers: at('"1"'),
      body: {
        status: 'held',
        decisions: ['Keep the scope'],
        actions: [
          {
            description: 'Review the AI policy',
            owner: 'group:default/risk',
            dueAt: '2027-01-31',
          },
        ],
      },
    });
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body.actions[0].status).toBe('open');
  });

  it('serves the minutes as Markdown and as PDF and answers the errors the spec lists', async () => {
    const { body } = await call('get', '/management-reviews', 200);
    const url = `/management-reviews/${body.items[0].id}`;
    const md = await call('get', `${url}/minutes.md`, 200);
    expect(md.text).toContain('# Management review minutes');
    const pdf = await call('get', `${url}/minutes.pdf`, 200, { binary: true });
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    for (const file of ['minutes.md', 'minutes.pdf']) {
      await call('get', `/management-reviews/not-a-uuid/${file}`, 400);
      await call('get', `${MISSING}/${file}`, 404);
      await call('get', `${url}/${file}`, 401, { headers: NOBODY });
    }
  });

  it('exercised every operation of its tag with a success', () => {
    expect(
      unexercisedOperations(harness, { tags: ['Management reviews'] }),
    ).toEqual([]);
  });
});
