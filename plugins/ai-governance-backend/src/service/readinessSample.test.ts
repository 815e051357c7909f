import type { Entity } from '@backstage/catalog-model';
import {
  alice,
  catalogSyncAtStartup,
  testEntities,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The stage 2 sample through the API on each database: drawn again by its
 * sample id, different for another id, of the size asked for, never out of
 * scope; the checks of a sampled system; the refusals naming the query
 * field; and the surveillance calendar from the configuration.
 */

const API = '/api/ai-governance';

const system = (name: string, lifecycle = 'production'): Entity => ({
  apiVersion: 'aigov.dev/v1alpha1',
  kind: 'AiSystem',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'classifier',
    lifecycle,
    owner: 'group:default/risk',
    purpose: `The ${name} model.`,
    riskTier: 'minimal',
  },
});

const many = Array.from({ length: 12 }, (_, i) => system(`model-${i + 1}`));
const entities = [...testEntities, ...many, system('sandbox', 'experimental')];
/** In scope: the two test systems and the twelve models, not the experimental sandbox. */
const IN_SCOPE = 14;

type Sample = {
  sampleId: string;
  size: number;
  inScope: number;
  systems: Array<{
    entityRef: string;
    link: string;
    pass: boolean;
    checks: Array<{ id: string; pass: boolean; why: string }>;
  }>;
};

describeOnEachDatabase('the stage 2 sample on %s', setup => {
  const { api } = setup.governanceBackend({
    entities,
    extraFeatures: [catalogSyncAtStartup()],
    config: {
      aiGovernance: {
        readiness: { sampleSize: 4 },
        certification: {
          certificateDate: '2024-02-29',
          certificationBody: 'Example Certification Ltd',
        },
      },
    },
  });
  const sample = async (query = '') =>
    (await api(alice).get(`${API}/readiness${query}`).expect(200)).body
      .stage2 as Sample;
  const refs = (s: Sample) => s.systems.map(x => x.entityRef);

  it('draws a new sample of the configured size, and the same systems again for its sample id', async () => {
    const first = await sample();
    expect(first.sampleId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.size).toBe(4);
    expect(first.inScope).toBe(IN_SCOPE);
    expect(first.systems).toHaveLength(4);
    expect(new Set(refs(first)).size).toBe(4);
    expect(refs(first)).not.toContain('aisystem:default/sandbox');

    const again = await sample(`?sampleId=${first.sampleId}`);
    expect(again.sampleId).toBe(first.sampleId);
    expect(refs(again)).toEqual(refs(first));
    // Another new draw gets another id.
    expect((await sample()).sampleId).not.toBe(first.sampleId);
  });

  it('draws different systems for different sample ids', async () => {
    const draws = await Promise.all(
      ['audit-2027-a', 'audit-2027-b', 'audit-2027-c'].map(id =>
        sample(`?sampleId=${id}&size=5`),
      ),
    );
    const keys = draws.map(d => refs(d).join(','));
    expect(new Set(keys).size).toBe(3);
  });

  it('honours the size, and gives every system in scope when the size is larger than the scope', async () => {
    expect((await sample('?sampleId=x&size=1')).systems).toHaveLength(1);
    const all = await sample('?sampleId=x&size=100');
    expect(all.size).toBe(100);
    expect(all.systems).toHaveLength(IN_SCOPE);
    // The first of a larger sample is the sample of one: one ranking.
    expect(refs(all)[0]).toBe(refs(await sample('?sampleId=x&size=1'))[0]);
  });

  it('checks each sampled system and links its Governance tab', async () => {
    const { systems } = await sample('?sampleId=x&size=100');
    const credit = systems.find(
      s => s.entityRef === 'aisystem:default/credit-scoring',
    )!;
    expect(credit.link).toBe(
      '/catalog/default/aisystem/credit-scoring/governance',
    );
    expect(credit.pass).toBe(false);
    expect(credit.checks.map(c => [c.id, c.pass])).toEqual([
      ['risk-assessment', false],
      ['impact-assessment', false],
      ['controls', false],
      ['reviews', true],
    ]);
    expect(credit.checks[1].why).toBe(
      'No impact assessment is approved, which the high tier requires',
    );
    const model = systems.find(s => s.entityRef.endsWith('/model-1'))!;
    expect(model.checks[1]).toMatchObject({
      pass: true,
      why: 'Not required at the minimal tier',
    });
  });

  it('answers 400 naming size or sampleId when they are not what it takes', async () => {
    for (const [query, field, message] of [
      ['size=0', 'size', 'must be a positive whole number'],
      ['size=-2', 'size', 'must be a positive whole number'],
      ['size=2.5', 'size', 'must be a positive whole number'],
      ['size=many', 'size', 'must be a positive whole number'],
      ['size=101', 'size', 'must be at most 100'],
      ['sampleId=has%20space', 'sampleId', 'must be 1 to 64'],
      ['colour=red', 'colour', ''],
    ]) {
      const res = await api(alice).get(`${API}/readiness?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.details).toEqual([
        { path: field, message: expect.stringContaining(message) },
      ]);
      expect(res.body.error.message).toContain(field);
    }
  });

  it('answers the surveillance calendar of the certificate', async () => {
    const res = await api(alice).get(`${API}/readiness`).expect(200);
    expect(res.body.surveillance).toEqual({
      certified: true,
      certificateDate: '2024-02-29',
      certificationBody: 'Example Certification Ltd',
      events: [
        expect.objectContaining({ kind: 'certificate', date: '2024-02-29' }),
        expect.objectContaining({ kind: 'surveillance-1', date: '2025-02-28' }),
        expect.objectContaining({ kind: 'surveillance-2', date: '2026-02-28' }),
        expect.objectContaining({
          kind: 'recertification',
          date: '2027-02-28',
        }),
      ],
    });
  });
});
