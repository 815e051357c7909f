import { randomUUID } from 'node:crypto';
import {
  AI_RISK_TIERS,
  ANNEX_A_CONTROL_IDS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  assessmentApproveSchema,
  assessmentCreateSchema,
  assessmentPatchSchema,
  CONTROL_STATUSES,
  controlPutSchema,
  EVIDENCE_KINDS,
  evidenceCreateSchema,
  LIFECYCLE_STAGES,
  RISK_LEVELS,
  RISK_STATUSES,
  RISK_TREATMENTS,
  riskAcceptSchema,
  riskCreateSchema,
  riskPatchSchema,
  SCORECARD_LEVELS,
  TEXT_LIMITS,
} from '@aigov/plugin-ai-governance-common';
import type { z } from 'zod';

import {
  operations,
  requestBodyProblems,
  resolve,
  spec,
  validatorAt,
  type JsonMap,
} from './__testUtils__/spec';
/*
 * Holds src/schema/openapi.yaml to the code: every operation is described,
 * the enums and limits are the ones -common defines, and the request schemas
 * accept and refuse what the router's schemas do. The answers are held to
 * the spec in openapi.conformance.test.ts.
 */

describe('the OpenAPI spec of the ai-governance API', () => {
  it('is an OpenAPI 3.1.0 document for /api/ai-governance with bearer auth everywhere but /health', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe('ai-governance');
    expect(spec.servers).toEqual([{ url: '/api/ai-governance' }]);
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    const open = operations.filter(o => o.op.security !== undefined);
    expect(open.map(o => o.key)).toEqual(['GET /health']);
    expect(open[0].op.security).toEqual([]);
  });

  it('describes every operation, its path parameters and its responses', () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const { key, op, template, parameters } of operations) {
      if (!op.operationId || ids.has(op.operationId)) {
        problems.push(`${key}: missing or duplicate operationId`);
      }
      ids.add(op.operationId);
      if (!op.description) problems.push(`${key}: no description`);
      const inTemplate = [...template.matchAll(/\{(\w+)\}/g)]
        .map(m => m[1])
        .sort();
      const declared = parameters
        .filter(p => p.in === 'path')
        .map(p => String(p.name))
        .sort();
      if (JSON.stringify(inTemplate) !== JSON.stringify(declared)) {
        problems.push(
          `${key}: path parameters ${declared} do not match the template`,
        );
      }
      for (const [status, response] of Object.entries(
        op.responses as Record<string, JsonMap>,
      )) {
        const r = resolve(response);
        if (!r.description) problems.push(`${key} ${status}: no description`);
      }
    }
    // Every named schema compiles and every $ref resolves (ajv resolves
    // them across the whole document).
    for (const name of Object.keys(spec.components.schemas)) {
      try {
        validatorAt(`/components/schemas/${name}`);
      } catch (error) {
        problems.push(`schema ${name}: ${(error as Error).message}`);
      }
    }
    const refs = JSON.stringify(spec).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      try {
        resolve(JSON.parse(`{${ref}}`));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses the enums and limits of @aigov/plugin-ai-governance-common', () => {
    const s = spec.components.schemas as Record<string, any>;
    expect(s.AnnexAControlId.enum).toEqual([...ANNEX_A_CONTROL_IDS]);
    expect(s.AiRiskTier.enum).toEqual([...AI_RISK_TIERS]);
    expect(s.RiskLevel.enum).toEqual([...RISK_LEVELS]);
    expect(s.RiskTreatment.enum).toEqual([...RISK_TREATMENTS]);
    expect(s.RiskStatus.enum).toEqual([...RISK_STATUSES]);
    expect(s.LifecycleStage.enum).toEqual([...LIFECYCLE_STAGES]);
    expect(s.ControlStatus.enum).toEqual([...CONTROL_STATUSES]);
    expect(s.EvidenceKind.enum).toEqual([...EVIDENCE_KINDS]);
    expect(s.AssessmentType.enum).toEqual([...ASSESSMENT_TYPES]);
    expect(s.AssessmentStatus.enum).toEqual([...ASSESSMENT_STATUSES]);
    expect(s.ScorecardLevel.enum).toEqual([...SCORECARD_LEVELS]);
    expect(s.RiskCreate.properties.title.maxLength).toBe(TEXT_LIMITS.title);
    expect(s.RiskCreate.properties.description.maxLength).toBe(
      TEXT_LIMITS.text,
    );
    expect(s.RiskCreate.properties.category.maxLength).toBe(TEXT_LIMITS.short);
    expect(s.RequestEntityRef.maxLength).toBe(TEXT_LIMITS.short);
    expect(s.EvidenceCreate.properties.url.maxLength).toBe(TEXT_LIMITS.url);
    expect(s.EvidenceCreate.properties.fileName.maxLength).toBe(
      TEXT_LIMITS.fileName,
    );
    expect(s.RiskCreate.properties.controlIds.maxItems).toBe(
      ANNEX_A_CONTROL_IDS.length,
    );
  });

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
