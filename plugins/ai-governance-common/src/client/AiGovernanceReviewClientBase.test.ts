import { fieldErrorsOf, isConflictError } from './errors';
import { apiError, BASE, clientAnswering, json } from './__testUtils__/fakeApi';

/*
 * The management review calls of the client against a fake fetch: what
 * goes over the wire, and the minutes read as text and as a file.
 */

const ID = '3c1d0e7a-5b2f-4a8e-9c61-2f0d7e4b8a11';
const review = { id: ID, title: 'Management review 2026', version: 3 };

describe('AiGovernanceApiClient management reviews', () => {
  it('lists, reads, plans and changes a review at the version read', async () => {
    const list = clientAnswering(json(200, { items: [review] }));
    const reviews = await list.client.listManagementReviews();
    expect(list.request().url).toBe(`${BASE}/management-reviews`);
    expect(reviews.map(r => r.title)).toEqual(['Management review 2026']);

    const read = clientAnswering(json(200, review));
    expect((await read.client.getManagementReview(ID)).version).toBe(3);
    expect(read.request().url).toBe(`${BASE}/management-reviews/${ID}`);

    const plan = {
      title: 'Management review 2026',
      plannedAt: '2026-12-10',
      chair: 'user:default/carol',
      attendees: ['user:default/ada'],
    };
    const planned = clientAnswering(json(201, review));
    await planned.client.createManagementReview(plan);
    expect(planned.request().method).toBe('POST');
    expect(await planned.request().json()).toEqual(plan);

    const changed = clientAnswering(json(200, review));
    const patch = {
      status: 'held' as const,
      decisions: ['Extend the scope to the chatbot'],
    };
    await changed.client.updateManagementReview(ID, 3, patch);
    expect(changed.request().method).toBe('PATCH');
    expect(changed.request().headers.get('If-Match')).toBe('"3"');
    expect(await changed.request().json()).toEqual(patch);
  });

  it('reads the minutes as Markdown text and as a PDF file', async () => {
    const md = clientAnswering(
      new Response('# Management review minutes', {
        status: 200,
        headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
      }),
    );
    await expect(
      md.client.getManagementReviewMinutesMarkdown(ID),
    ).resolves.toBe('# Management review minutes');
    expect(md.request().url).toBe(
      `${BASE}/management-reviews/${ID}/minutes.md`,
    );

    const pdf = clientAnswering(
      new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
        status: 200,
        headers: { 'Content-Type': 'application/pdf' },
      }),
    );
    const file = await pdf.client.getManagementReviewMinutesPdf(ID);
    expect(pdf.request().url).toBe(
      `${BASE}/management-reviews/${ID}/minutes.pdf`,
    );
    expect(file.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('%PDF');
  });

  it('throws a stale change as a conflict and a refusal with the fields it names', async () => {
    const stale = clientAnswering(
      apiError(
        412,
        'PreconditionFailedError',
        `Management review ${ID} was changed`,
      ),
    );
    const error = await stale.client
      .updateManagementReview(ID, 1, { title: 'x' })
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);

    const refused = clientAnswering(
      apiError(
        400,
        'InputError',
        'Invalid management review: plannedAt must be a date',
        [{ path: 'plannedAt', message: 'must be a date' }],
      ),
    );
    const bad = await refused.client
      .createManagementReview({
        title: 'x',
        plannedAt: 'soon',
        chair: 'user:default/carol',
      })
      .catch(e => e);
    expect(fieldErrorsOf(bad)).toEqual([
      { path: 'plannedAt', message: 'must be a date' },
    ]);
  });
});
