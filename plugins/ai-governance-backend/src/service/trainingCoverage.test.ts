import { DEFAULT_TRAINING_REQUIREMENTS } from '@aigov/plugin-ai-governance-common';
import {
  ancestorsOf,
  currentHoldings,
  figuresOf,
  requiredCourses,
  teamFigures,
  type RequirementFacts,
} from './trainingCoverage';
import { dueRenewals } from './trainingRenewals';
import type { Person, Team } from './trainingPeople';

/*
 * Who needs which course from catalog membership, the AI systems' owners
 * and the AIMS roles, and the coverage figures of a small catalog.
 */

const teams: Team[] = [
  { groupRef: 'group:default/bank', title: 'Bank', parentRef: null },
  {
    groupRef: 'group:default/lending',
    title: 'Lending',
    parentRef: 'group:default/bank',
  },
  {
    groupRef: 'group:default/audit',
    title: 'Internal audit',
    parentRef: 'group:default/bank',
  },
];
const person = (name: string, ...groups: string[]): Person => ({
  userRef: `user:default/${name}`,
  title: name,
  teams: groups.map(g => `group:default/${g}`),
});
const lena = person('lena', 'lending');
const ivan = person('ivan', 'audit');
const bea = person('bea', 'bank');
const solo = person('solo');

const facts = (over: Partial<RequirementFacts> = {}): RequirementFacts => ({
  // Lending owns a high-tier system, and so does solo himself.
  highTierOwners: new Set(['group:default/lending', 'user:default/solo']),
  roleHolders: new Map([['internal-auditor', new Set([ivan.userRef])]]),
  ancestors: ancestorsOf(teams),
  ...over,
});

describe('required courses', () => {
  it('gives everyone AI literacy, owners of high-tier systems the high-risk course and internal auditors theirs', () => {
    const f = facts();
    const rules = DEFAULT_TRAINING_REQUIREMENTS;
    expect(requiredCourses(lena, rules, f)).toEqual([
      'ai-literacy',
      'high-risk-obligations',
    ]);
    expect(requiredCourses(solo, rules, f)).toEqual([
      'ai-literacy',
      'high-risk-obligations',
    ]);
    expect(requiredCourses(ivan, rules, f)).toEqual([
      'ai-literacy',
      'aims-internal-auditor',
    ]);
    // The parent of the owning team is not its owner.
    expect(requiredCourses(bea, rules, f)).toEqual(['ai-literacy']);
  });

  it('applies a group rule to the members of its sub-teams, and a course named twice once', () => {
    const rules = [
      {
        courseId: 'responsible-ai-development',
        appliesTo: 'group' as const,
        group: 'group:default/Bank',
      },
      { courseId: 'ai-literacy', appliesTo: 'everyone' as const },
      { courseId: 'ai-literacy', appliesTo: 'high-tier-owners' as const },
    ];
    expect(requiredCourses(lena, rules, facts())).toEqual([
      'responsible-ai-development',
      'ai-literacy',
    ]);
    expect(requiredCourses(solo, rules, facts())).toEqual(['ai-literacy']);
  });

  it('cuts a cycle in the group tree', () => {
    const looped = ancestorsOf([
      { groupRef: 'group:default/a', title: 'A', parentRef: 'group:default/b' },
      { groupRef: 'group:default/b', title: 'B', parentRef: 'group:default/a' },
    ]);
    expect([...looped.get('group:default/a')!].sort()).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
  });
});

describe('coverage figures', () => {
  const holding = (
    who: Person,
    courseId: string,
    expiresAt: string | null,
  ) => ({
    id: `${who.userRef}-${courseId}-${expiresAt}`,
    userRef: who.userRef,
    courseId,
    completedAt: '2025-01-01',
    expiresAt,
  });
  const f = facts();
  const needs = [lena, ivan, bea, solo].map(p => ({
    person: p,
    required: requiredCourses(p, DEFAULT_TRAINING_REQUIREMENTS, f),
  }));
  const current = currentHoldings(
    [
      holding(lena, 'ai-literacy', '2026-12-31'),
      holding(lena, 'high-risk-obligations', '2026-06-01'),
      holding(ivan, 'ai-literacy', null),
      // Expired yesterday: no longer counts.
      holding(ivan, 'aims-internal-auditor', '2026-05-31'),
      holding(bea, 'ai-literacy', '2026-06-01'),
    ],
    '2026-06-01',
  );
  const order = [
    'ai-literacy',
    'high-risk-obligations',
    'aims-internal-auditor',
  ];

  it('counts who holds every course they need unexpired, per course and in per cent', () => {
    expect(figuresOf(needs, current, order)).toEqual({
      members: 4,
      covered: 2,
      percent: 50,
      courses: [
        { courseId: 'ai-literacy', required: 4, current: 3 },
        { courseId: 'high-risk-obligations', required: 2, current: 1 },
        { courseId: 'aims-internal-auditor', required: 1, current: 0 },
      ],
    });
    expect(figuresOf([], current, order).percent).toBeNull();
  });

  it('counts a team over its members and its sub-teams’ members, leaving out teams without members', () => {
    const rows = teamFigures(teams, needs, current, f, order);
    expect(rows.map(r => [r.title, r.members, r.covered, r.percent])).toEqual([
      ['Bank', 3, 2, 67],
      ['Internal audit', 1, 0, 0],
      ['Lending', 1, 1, 100],
    ]);
  });
});

describe('due renewals', () => {
  const h = (id: string, courseId: string, expiresAt: string | null) => ({
    id,
    userRef: 'user:default/lena',
    courseId,
    completedAt: '2025-01-01',
    expiresAt,
  });
  it('takes each course’s longest-counting completion, due by the cutoff', () => {
    expect(
      dueRenewals(
        [
          h('old', 'ai-literacy', '2026-01-10'),
          h('new', 'ai-literacy', '2027-01-10'),
          h('soon', 'ai-risk-assessment', '2026-01-20'),
          h('forever', 'high-risk-obligations', null),
          h('earlier', 'high-risk-obligations', '2025-01-01'),
        ],
        '2026-01-31',
      ).map(r => r.id),
    ).toEqual(['soon']);
  });
});
