import { buildGovernanceBaseline } from './baseline';
import { control, input, OWNER, supplier } from './__testUtils__/baselineInput';

// Written out rather than imported: which controls a service buyer may
// exclude is a Statement of Applicability decision, so a change must fail here.
const DEV_ONLY = [
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.7.2',
  'A.7.5',
  'A.7.6',
];

describe('buildGovernanceBaseline, Statement of Applicability', () => {
  it('excludes supplier controls for an in-house system, with reasons', () => {
    const baseline = buildGovernanceBaseline(input());
    const excluded = baseline.controls.filter(c => !c.applicable);
    expect(excluded.map(c => c.controlId)).toEqual(['A.10.2', 'A.10.3']);
    for (const row of excluded) {
      expect(row.justification).toMatch(/in-house/);
    }
    for (const row of baseline.controls.filter(c => c.applicable)) {
      expect(row).toEqual({
        controlId: row.controlId,
        applicable: true,
        status: 'not-started',
        owner: OWNER,
      });
    }
    expect(control(baseline, 'A.10.4').applicable).toBe(true);
  });

  it('excludes development-only controls for a bought service, pointing to A.10.3', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-service', supplier: supplier() }),
    );
    const excluded = baseline.controls.filter(c => !c.applicable);
    expect(excluded.map(c => c.controlId)).toEqual(DEV_ONLY);
    for (const row of excluded) {
      expect(row.justification).toContain('Acme Models Ltd');
      expect(row.justification).toContain('A.10.3');
    }
  });

  it('keeps every control applicable when building on a third-party model', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model', supplier: supplier() }),
    );
    expect(baseline.controls.every(c => c.applicable)).toBe(true);
  });

  it.each([
    ['signed', 'in-progress'],
    ['negotiating', 'planned'],
    ['none', 'not-started'],
    ['expired', 'not-started'],
  ] as const)(
    'sets A.10.3 from a %s contract to %s, for both third-party modes',
    (contractStatus, status) => {
      for (const sourcing of [
        'third-party-model',
        'third-party-service',
      ] as const) {
        const baseline = buildGovernanceBaseline(
          input({
            sourcing,
            supplier: supplier({
              contractStatus,
              contact: 'ai-vendor@acme.example',
            }),
          }),
        );
        const row = control(baseline, 'A.10.3');
        expect(row.applicable).toBe(true);
        expect(row.status).toBe(status);
        expect(row.justification).toContain('Acme Models Ltd');
        expect(row.justification).toContain('ai-vendor@acme.example');
        for (const id of ['A.10.2', 'A.10.4']) {
          expect(control(baseline, id)).toMatchObject({
            applicable: true,
            status: 'not-started',
          });
        }
      }
    },
  );

  it('leaves A.10.3 not started when a third-party model has no recorded supplier', () => {
    const baseline = buildGovernanceBaseline(
      input({ sourcing: 'third-party-model' }),
    );
    expect(control(baseline, 'A.10.3')).toMatchObject({
      applicable: true,
      status: 'not-started',
    });
  });
});
