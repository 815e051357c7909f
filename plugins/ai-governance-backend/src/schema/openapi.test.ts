import {
  AI_RISK_TIERS,
  ANNEX_A_CONTROL_IDS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  CONTROL_STATUSES,
  EVIDENCE_KINDS,
  LIFECYCLE_STAGES,
  RISK_LEVELS,
  RISK_STATUSES,
  RISK_TREATMENTS,
  SCORECARD_LEVELS,
  TEXT_LIMITS,
} from '@aigov/plugin-ai-governance-common';

import {
  operations,
  resolve,
  spec,
  validatorAt,
  type JsonMap,
} from './__testUtils__/spec';
/*
 * Holds src/schema/openapi.yaml to the code: every operation is described,
 * the enums and limits are the ones -common defines, and the request schemas
 * accept and refuse what the router's schemas do (requestBodySchemas.test.ts).
 * The answers are held to the spec in openapi.conformance.test.ts and the
 * files of conformance/.
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
});
