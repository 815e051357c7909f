import {
  DEFAULT_AIMS_SCOPE_FILTER,
  aimsScopePutSchema,
  describeScopeFilter,
  scopeDecision,
} from './aimsScope';
import { completeAimsRoles } from './aimsRoles';

const system = (
  lifecycle: string | null,
  sys: string | null,
  dom: string | null,
) => ({
  entityRef: 'aisystem:default/chat',
  lifecycle,
  system: sys,
  domain: dom,
});

describe('the AIMS scope filter', () => {
  it('leaves out excluded lifecycles and explicit exclusions, naming why', () => {
    expect(
      scopeDecision(
        system('experimental', null, null),
        DEFAULT_AIMS_SCOPE_FILTER,
      ),
    ).toEqual({
      inScope: false,
      reason: 'Lifecycle experimental is outside the scope',
    });
    expect(
      scopeDecision(system('production', null, null), DEFAULT_AIMS_SCOPE_FILTER)
        .inScope,
    ).toBe(true);
    const excluded = scopeDecision(system('production', null, null), {
      ...DEFAULT_AIMS_SCOPE_FILTER,
      exclusions: [
        { entityRef: 'AiSystem:default/chat', justification: 'Retired' },
      ],
    });
    expect(excluded).toEqual({ inScope: false, reason: 'Excluded: Retired' });
  });

  it('limits the scope to the catalog Systems or Domains named, when any', () => {
    const filter = {
      ...DEFAULT_AIMS_SCOPE_FILTER,
      systems: ['system:default/payments'],
      domains: ['domain:default/retail-banking'],
    };
    expect(
      scopeDecision(
        system('production', 'system:default/payments', null),
        filter,
      ).inScope,
    ).toBe(true);
    expect(
      scopeDecision(
        system(
          'production',
          'system:default/loans',
          'domain:default/retail-banking',
        ),
        filter,
      ),
    ).toEqual({
      inScope: true,
      reason: 'In the domain domain:default/retail-banking',
    });
    expect(
      scopeDecision(
        system('production', 'system:default/hr', 'domain:default/corporate'),
        filter,
      ).inScope,
    ).toBe(false);
    expect(
      scopeDecision(system('production', null, null), filter).inScope,
    ).toBe(false);
  });

  it('says the filter in words', () => {
    expect(describeScopeFilter(DEFAULT_AIMS_SCOPE_FILTER)).toBe(
      'Every AiSystem of the catalog, whose lifecycle is not experimental',
    );
    expect(
      describeScopeFilter({
        excludeLifecycles: [],
        systems: ['system:default/payments'],
        domains: [],
        exclusions: [{ entityRef: 'aisystem:default/x', justification: 'y' }],
      }),
    ).toBe(
      'Every AiSystem of the catalog, part of system:default/payments, except 1 AI system excluded with a justification',
    );
  });

  it('keeps experimental systems out when a PUT leaves the lifecycles out, and refuses bad refs by field', () => {
    const parsed = aimsScopePutSchema.parse({ statement: 'All', filter: {} });
    expect(parsed.filter.excludeLifecycles).toEqual(['experimental']);
    const bad = aimsScopePutSchema.safeParse({
      statement: 'All',
      filter: { domains: ['system:default/payments'] },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['filter', 'domains', 0]);
  });
});

describe('the AIMS roles', () => {
  it('completes the roles in order, with default responsibilities and lower-case holders', () => {
    const roles = completeAimsRoles([
      { role: 'risk-owner', holders: ['User:default/Ada'] },
    ]);
    expect(roles.map(r => r.role)).toEqual([
      'top-management',
      'aims-owner',
      'governance-office',
      'internal-auditor',
      'risk-owner',
    ]);
    expect(roles[4].holders).toEqual(['user:default/ada']);
    expect(roles[0].holders).toEqual([]);
    expect(roles[0].responsibilities).toContain('AI policy');
  });
});
