import { ResponseError } from '@backstage/errors';
import {
  apiError,
  BASE,
  clientAnswering,
  entity as system,
  json,
} from './__testUtils__/fakeApi';

/*
 * The incident register and nonconformity calls of the client against a
 * fake fetch: what goes over the wire and how refusals come back.
 */

const entity = { ...system, name: 'credit' };
const ID = '7d1c2f4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f';

describe('AiGovernanceApiClient incidents and nonconformities', () => {
  it('reports an incident on the entity', async () => {
    const { client, request } = clientAnswering(json(201, { id: ID }));
    const body = {
      title: 'Wrong refusals',
      detectedAt: '2026-12-01T08:00:00.000Z',
      awareAt: '2026-12-01T09:00:00.000Z',
      severity: 'high' as const,
    };

    await client.createIncident(entity, body);
    const sent = request();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`${BASE}/entities/aisystem/default/credit/incidents`);
    expect(await sent.json()).toEqual(body);
  });

  it('narrows the org register by status, serious and overdue as the spec spells them', async () => {
    const { client, request } = clientAnswering(json(200, { items: [] }));

    await client.listIncidents({
      status: 'reported',
      serious: true,
      overdue: false,
    });
    const url = new URL(request().url);
    expect(url.pathname).toBe('/api/ai-governance/incidents');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'reported',
      serious: 'true',
      overdue: 'false',
    });
  });

  it('changes an incident at its version and creates a risk from it', async () => {
    const patch = clientAnswering(json(200, { id: ID }));
    await patch.client.updateIncident(ID, 3, {
      status: 'rejected',
      rejectionReason: 'A test run',
    });
    expect(patch.request().method).toBe('PATCH');
    expect(patch.request().headers.get('If-Match')).toBe('"3"');
    expect(await patch.request().json()).toEqual({
      status: 'rejected',
      rejectionReason: 'A test run',
    });

    const risk = clientAnswering(json(201, { id: 'r1' }));
    await risk.client.createRiskFromIncident(ID, 4, {
      title: 'Refusals',
      likelihood: 3,
      impact: 4,
    } as never);
    expect(risk.request().url).toBe(`${BASE}/incidents/${ID}/risks`);
    expect(risk.request().headers.get('If-Match')).toBe('"4"');
  });

  it('reads the timeline and adds a comment to it', async () => {
    const list = clientAnswering(json(200, { items: [{ id: 'e1' }] }));
    await expect(list.client.listIncidentEntries(ID)).resolves.toEqual([
      { id: 'e1' },
    ]);
    expect(list.request().url).toBe(`${BASE}/incidents/${ID}/entries`);

    const add = clientAnswering(json(201, { id: 'e2' }));
    await add.client.addIncidentEntry(ID, { kind: 'comment', text: 'Seen' });
    expect(add.request().method).toBe('POST');
    expect(await add.request().json()).toEqual({
      kind: 'comment',
      text: 'Seen',
    });
  });

  it('builds the report draft and CSV URLs', async () => {
    const { client } = clientAnswering(json(200, {}));
    await expect(client.incidentReportDraftUrl(ID)).resolves.toBe(
      `${BASE}/incidents/${ID}/report.md`,
    );
    await expect(client.incidentsExportUrl({ serious: true })).resolves.toBe(
      `${BASE}/exports/incidents.csv?serious=true`,
    );
    await expect(client.incidentsExportUrl()).resolves.toBe(
      `${BASE}/exports/incidents.csv`,
    );
  });

  it('records a nonconformity and lists an entity’s', async () => {
    const create = clientAnswering(json(201, { id: ID }));
    await create.client.createNonconformity({
      entityRef: 'aisystem:default/credit',
      source: 'incident',
      sourceId: ID,
      description: 'Threshold not reviewed',
    });
    expect(create.request().url).toBe(`${BASE}/nonconformities`);
    expect(await create.request().json()).toMatchObject({ sourceId: ID });

    const list = clientAnswering(json(200, { items: [] }));
    await list.client.listEntityNonconformities(entity, { limit: 100 });
    expect(list.request().url).toBe(
      `${BASE}/entities/aisystem/default/credit/nonconformities?limit=100`,
    );
  });

  it('sends an effectiveness review at its version and throws the four-eyes refusal', async () => {
    const message =
      'user:default/alice owns a corrective action of this nonconformity and cannot also review its effectiveness';
    const { client, request } = clientAnswering(
      apiError(403, 'NotAllowedError', message),
    );

    const error = await client
      .reviewEffectiveness(ID, 6, { result: 'effective' })
      .catch(e => e);
    expect(request().url).toBe(`${BASE}/nonconformities/${ID}/effectiveness`);
    expect(request().headers.get('If-Match')).toBe('"6"');
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).cause.message).toBe(message);
  });
  it("sends a backend caller's token, so a backend module can report an incident", async () => {
    const { client, request } = clientAnswering(
      json(201, { id: ID }),
      'service-token',
    );
    await client.createIncident(entity, {
      title: 'Drift alarm',
      detectedAt: '2026-12-01T08:00:00.000Z',
      awareAt: '2026-12-01T08:00:00.000Z',
      severity: 'medium',
    });
    expect(request().headers.get('Authorization')).toBe('Bearer service-token');
  });

  it('lists the org-wide nonconformities narrowed by status and entity', async () => {
    const { client, request } = clientAnswering(
      json(200, { items: [{ id: ID }], nextCursor: 'n2' }),
    );
    const page = await client.listNonconformities({
      status: 'open',
      entityRef: 'aisystem:default/credit',
    });
    expect(page).toEqual({ items: [{ id: ID }], nextCursor: 'n2' });
    const url = new URL(request().url);
    expect(url.pathname).toBe('/api/ai-governance/nonconformities');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'open',
      entityRef: 'aisystem:default/credit',
    });
  });
});
