import { randomUUID } from 'node:crypto';
import {
  assessmentApproveSchema,
  assessmentCreateSchema,
  assessmentPatchSchema,
  controlPutSchema,
  evidenceCreateSchema,
  riskAcceptSchema,
  riskCreateSchema,
  riskPatchSchema,
} from '@aigov/plugin-ai-governance-common';
import type { z } from 'zod';

import { requestBodyProblems } from './__testUtils__/spec';
/*
 * Holds the request-body schemas of src/schema/openapi.yaml to the zod
 * schemas of the router: each accepts and refuses the same bodies. The
 * document itself is checked in openapi.test.ts.
 */

describe('the OpenAPI spec of the ai-governance API', () => {
  /*
   * The request-body schemas agree with the zod schemas the router validates
   * with, on bodies whose validity JSON Schema can express (not: trimming,
   * "justification required when not applicable", dates in the future).
   */
  it.each<[string, z.ZodType, string, unknown[], unknown[]]>([
    [
      'RiskCreate',
      riskCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/risks',
      [
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 5,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'operation',
          likelihood: 3,
          impact: 4,
          description: 'd',
          source: null,
          treatment: 'transfer',
          treatmentPlan: '',
          controlIds: ['A.7.4', 'A.10.4'],
          residualLikelihood: 1,
          residualImpact: 2,
          owner: 'group:default/lending',
          status: 'treating',
          dueDate: '2027-02-28',
          nextReviewDate: null,
        },
      ],
      [
        {},
        { title: 't', category: 'c', lifecycleStage: 'design', likelihood: 1 },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 6,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1.5,
          impact: 1,
        },
        {
          title: '',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'later',
          likelihood: 1,
          impact: 1,
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          status: 'accepted',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          controlIds: ['A.99'],
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          owner: 'lending',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          dueDate: '1 May',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          colour: 'red',
        },
        {
          title: 't',
          category: 'c',
          lifecycleStage: 'design',
          likelihood: 1,
          impact: 1,
          description: null,
        },
      ],
    ],
    [
      'RiskPatch',
      riskPatchSchema,
      'PATCH /risks/{id}',
      [
        { likelihood: 5 },
        { owner: null, dueDate: null, source: null, status: 'closed' },
        { residualLikelihood: null, residualImpact: null },
      ],
      [
        {},
        { status: 'accepted' },
        { treatmentPlan: null },
        { impact: 0 },
        { id: 'x' },
      ],
    ],
    [
      'RiskAccept',
      riskAcceptSchema,
      'POST /risks/{id}/accept',
      [{ expiresAt: '2099-01-01' }, { expiresAt: '2099-01-01', note: 'ok' }],
      [
        {},
        { expiresAt: '2099-01-01T00:00:00Z' },
        { expiresAt: '2099-01-01', by: 'me' },
      ],
    ],
    [
      'ControlPut',
      controlPutSchema,
      'PUT /entities/{kind}/{namespace}/{name}/controls/{controlId}',
      [
        { applicable: true },
        {
          applicable: true,
          status: 'implemented',
          owner: 'user:default/alice',
          dueDate: null,
          justification: null,
        },
        { applicable: false, justification: 'No suppliers.' },
      ],
      [
        {},
        { applicable: 'yes' },
        { applicable: true, status: 'done' },
        { applicable: true, dueDate: '2026-13-01' },
        { applicable: true, version: 2 },
      ],
    ],
    [
      'EvidenceCreate',
      evidenceCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/evidence',
      [
        {
          title: 'Model card',
          kind: 'model-card',
          url: 'https://example.com/card',
          collectedAt: '2026-10-01',
        },
        {
          title: 'Bias review',
          kind: 'report',
          fileName: 'bias.pdf',
          mediaType: 'application/pdf',
          collectedAt: '2026-10-01T10:00:00Z',
          expiresAt: null,
          controlIds: ['A.7.4'],
          riskIds: [randomUUID()],
        },
      ],
      [
        { title: 'x', kind: 'log', collectedAt: '2026-10-01' },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          fileName: 'a.log',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          fileName: '../a.log',
          collectedAt: '2026-10-01',
        },
        { title: 'x', kind: 'log', fileName: '..', collectedAt: '2026-10-01' },
        {
          title: 'x',
          kind: 'log',
          fileName: 'a.log',
          mediaType: 'pdf',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'ftp://example.com/a',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'video',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: 'yesterday',
        },
        {
          title: 'x',
          kind: 'log',
          url: 'https://example.com',
          collectedAt: '2026-10-01',
          riskIds: ['r1'],
        },
      ],
    ],
    [
      'AssessmentCreate',
      assessmentCreateSchema,
      'POST /entities/{kind}/{namespace}/{name}/assessments',
      [
        { type: 'risk' },
        {
          type: 'eu-ai-act-classification',
          answers: { scope: 'x', n: 1, nested: { a: [1, null] } },
          result: null,
        },
        { type: 'impact', result: { tier: 'high' } },
      ],
      [
        {},
        { type: 'audit' },
        { type: 'risk', answers: [] },
        { type: 'risk', status: 'approved' },
      ],
    ],
    [
      'AssessmentPatch',
      assessmentPatchSchema,
      'PATCH /assessments/{id}',
      [{ status: 'in-review' }, { answers: {} }, { result: null }],
      [{}, { status: 'approved' }, { answers: 'x' }, { type: 'risk' }],
    ],
    [
      'AssessmentApprove',
      assessmentApproveSchema,
      'POST /assessments/{id}/approve',
      [{}, { note: 'Looks right.' }],
      [{ note: 1 }, { approvedBy: 'me' }],
    ],
  ])(
    'has a %s schema that agrees with the router',
    (_name, zodSchema, key, valid, invalid) => {
      for (const body of valid) {
        expect(zodSchema.safeParse(body).success).toBe(true);
        expect(requestBodyProblems(key, body)).toBeUndefined();
      }
      for (const body of invalid) {
        expect(zodSchema.safeParse(body).success).toBe(false);
        expect({ body, problems: requestBodyProblems(key, body) }).toEqual({
          body,
          problems: expect.any(String),
        });
      }
    },
  );
});
