import type {
  TrainingCatalogue,
  TrainingCoverage,
  TrainingRecord,
} from '@aigov/plugin-ai-governance-common';

/** Test data of the training components: two courses, two teams, three records. */
export const catalogue: TrainingCatalogue = {
  items: [
    {
      id: 'ai-literacy',
      title: 'AI literacy for everyone',
      description: 'What AI can and cannot do',
      validityMonths: 12,
    },
    {
      id: 'high-risk-obligations',
      title: 'Obligations for high-risk AI systems',
      description: 'The duties of a high-risk AI system',
      validityMonths: 24,
    },
  ],
  requirements: [
    { courseId: 'ai-literacy', appliesTo: 'everyone' },
    { courseId: 'high-risk-obligations', appliesTo: 'high-tier-owners' },
  ],
};

export const coverage: TrainingCoverage = {
  asOf: '2026-12-07',
  total: {
    members: 5,
    covered: 4,
    percent: 80,
    courses: [
      { courseId: 'ai-literacy', required: 5, current: 5 },
      { courseId: 'high-risk-obligations', required: 3, current: 2 },
    ],
  },
  teams: [
    {
      groupRef: 'group:default/lending-decisioning',
      title: 'Lending Decisioning',
      members: 3,
      covered: 2,
      percent: 67,
      courses: [
        { courseId: 'ai-literacy', required: 3, current: 3 },
        { courseId: 'high-risk-obligations', required: 3, current: 2 },
      ],
    },
    {
      groupRef: 'group:default/payments-risk',
      title: 'Payments Risk',
      members: 2,
      covered: 2,
      percent: 100,
      courses: [{ courseId: 'ai-literacy', required: 2, current: 2 }],
    },
  ],
};

const meta = {
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  createdBy: 'user:default/elena.petrova',
  updatedAt: '2026-01-10T09:00:00.000Z',
  updatedBy: 'user:default/elena.petrova',
};

const record = (
  id: string,
  user: string,
  courseId: string,
  completedAt: string,
  expiresAt: string,
  status: TrainingRecord['status'],
  evidence = '',
): TrainingRecord => ({
  id,
  entityRef: `user:default/${user}`,
  userRef: `user:default/${user}`,
  courseId,
  completedAt,
  expiresAt,
  evidence,
  recordedBy: 'user:default/elena.petrova',
  status,
  ...meta,
});

export const records: TrainingRecord[] = [
  record(
    'r1',
    'sofia.marquez',
    'ai-literacy',
    '2026-10-01',
    '2027-10-01',
    'current',
    'https://lms.example.com/cert/1',
  ),
  record(
    'r2',
    'rahul.mehta',
    'ai-literacy',
    '2025-12-20',
    '2026-12-20',
    'expiring',
    'LMS certificate AL-1866',
  ),
  record(
    'r3',
    'daniel.kowalski',
    'high-risk-obligations',
    '2024-10-01',
    '2026-10-01',
    'expired',
  ),
];
