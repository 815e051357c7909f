import { ResponseError } from '@backstage/errors';
import { entity, json, setup } from './__testUtils__/fakeApi';
import { fieldErrorsOf, isConflictError } from './errors';

/* Errors of the API as the client throws them, and the helpers that read them. */

describe('errors of the ai-governance API', () => {
  it('throws a ResponseError whose body keeps the fields the API refused', async () => {
    const { client, answer } = setup();
    const details = [
      { path: 'likelihood', message: 'must be 1 to 5' },
      { path: 'controlIds[0]', message: '"A.99" is not an Annex A control id' },
    ];
    // The API's own error body: no Backstage `request`/`response` parts.
    answer(
      json(400, {
        error: { name: 'InputError', message: 'Invalid request body', details },
      }),
    );
    const error = await client
      .createRisk(entity, {
        title: 't',
        category: 'c',
        lifecycleStage: 'design',
        likelihood: 9,
        impact: 1,
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Request failed with 400 Bad Request');
    expect(error.body.error).toMatchObject({
      name: 'InputError',
      message: 'Invalid request body',
      details,
    });
    expect(error.cause).toMatchObject({
      name: 'InputError',
      message: 'Invalid request body',
    });
    expect(fieldErrorsOf(error)).toEqual(details);
    expect(isConflictError(error)).toBe(false);
  });

  it('keeps a Backstage error body as it is, and tells a 412 apart', async () => {
    const { client, answer } = setup();
    answer(
      json(412, {
        error: {
          name: 'PreconditionFailedError',
          message: 'The risk changed since version 3',
        },
        request: { method: 'PATCH', url: '/api/ai-governance/risks/r1' },
        response: { statusCode: 412 },
      }),
    );
    const error = await client.updateRisk('r1', 3, { impact: 1 }).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.request).toEqual({
      method: 'PATCH',
      url: '/api/ai-governance/risks/r1',
    });
    expect(error.body.error.message).toBe('The risk changed since version 3');
    expect(isConflictError(error)).toBe(true);
    expect(fieldErrorsOf(error)).toEqual([]);
  });

  it('turns an answer that is not JSON into a ResponseError with its text', async () => {
    const { client, answer } = setup();
    answer(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const error = await client.getRisk('r1').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
    expect(error.body.error.message).toContain('<html>Bad gateway</html>');
    expect(fieldErrorsOf(error)).toEqual([]);
  });

  it('reads no field errors from anything but a ResponseError', () => {
    expect(fieldErrorsOf(new Error('x'))).toEqual([]);
    expect(fieldErrorsOf(undefined)).toEqual([]);
    expect(
      fieldErrorsOf({
        name: 'ResponseError',
        body: {
          error: { details: [{ path: 1 }, { path: 'a', message: 'b' }] },
        },
      }),
    ).toEqual([{ path: 'a', message: 'b' }]);
    expect(isConflictError({ statusCode: 409 })).toBe(false);
    expect(isConflictError(null)).toBe(false);
  });
});
