import type {
  Assessment,
  Evidence,
  Risk,
} from '@aigov/plugin-ai-governance-common';
import type { JsonObject, JsonValue } from '@backstage/types';

/*
 * Row shapes of the governance tables and their mapping to API records.
 * SQLite hands booleans back as 0/1 and big integers as numbers, PostgreSQL
 * as booleans and strings: the mappers normalise both.
 */

export type RiskRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  title: string;
  description: string;
  category: string;
  source: string | null;
  lifecycle_stage: string;
  likelihood: number;
  impact: number;
  score: number;
  level: string;
  treatment: string;
  treatment_plan: string;
  control_ids: string;
  residual_likelihood: number | null;
  residual_impact: number | null;
  residual_score: number | null;
  residual_level: string | null;
  owner_ref: string | null;
  status: string;
  due_date: string | null;
  next_review_date: string | null;
  accepted_by: string | null;
  accepted_at: string | null;
  acceptance_expires_at: string | null;
  acceptance_note?: string | null;
} & MetaRow;

export type MetaRow = {
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

export type ControlRow = {
  entity_ref: string;
  control_id: string;
  applicable: boolean | number;
  justification: string | null;
  status: string;
  owner_ref: string | null;
  due_date: string | null;
} & MetaRow;

export type EvidenceRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  title: string;
  kind: string;
  url: string | null;
  file_name: string | null;
  media_type: string | null;
  size: number | string | null;
  sha256: string | null;
  collected_at: string;
  expires_at: string | null;
} & MetaRow;

export type AssessmentRow = {
  row_id: number;
  id: string;
  entity_ref: string;
  type: string;
  answers: string;
  result: string | null;
  status: string;
  approved_by: string | null;
  approved_at: string | null;
} & MetaRow;

/** The audit fields of a record from its row's audit columns (the version as a number on both databases). */
export function recordMetaOf(row: MetaRow) {
  return {
    version: Number(row.version),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function riskFromRow(row: RiskRow): Risk {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    title: row.title,
    description: row.description,
    category: row.category,
    source: row.source,
    lifecycleStage: row.lifecycle_stage as Risk['lifecycleStage'],
    likelihood: Number(row.likelihood),
    impact: Number(row.impact),
    score: Number(row.score),
    level: row.level as Risk['level'],
    treatment: row.treatment as Risk['treatment'],
    treatmentPlan: row.treatment_plan,
    controlIds: JSON.parse(row.control_ids),
    residualLikelihood:
      row.residual_likelihood === null ? null : Number(row.residual_likelihood),
    residualImpact:
      row.residual_impact === null ? null : Number(row.residual_impact),
    residualScore:
      row.residual_score === null ? null : Number(row.residual_score),
    residualLevel: row.residual_level as Risk['residualLevel'],
    owner: row.owner_ref,
    status: row.status as Risk['status'],
    dueDate: row.due_date,
    nextReviewDate: row.next_review_date,
    acceptance:
      row.accepted_by && row.accepted_at && row.acceptance_expires_at
        ? {
            approvedBy: row.accepted_by,
            approvedAt: row.accepted_at,
            expiresAt: row.acceptance_expires_at,
            note: row.acceptance_note ?? null,
          }
        : null,
    ...recordMetaOf(row),
  };
}

export function evidenceFromRow(
  row: EvidenceRow,
  links: { controlIds: string[]; riskIds: string[] },
  now: string,
): Evidence {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    title: row.title,
    kind: row.kind as Evidence['kind'],
    url: row.url,
    file: row.file_name
      ? {
          name: row.file_name,
          mediaType: row.media_type ?? 'application/octet-stream',
          size: row.size === null ? null : Number(row.size),
          sha256: row.sha256,
          uploaded: row.sha256 !== null,
        }
      : null,
    collectedAt: row.collected_at,
    expiresAt: row.expires_at,
    expired: row.expires_at !== null && row.expires_at <= now,
    controlIds: links.controlIds,
    riskIds: links.riskIds,
    ...recordMetaOf(row),
  };
}

export function assessmentFromRow(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    type: row.type as Assessment['type'],
    answers: JSON.parse(row.answers) as JsonObject,
    result: row.result === null ? null : (JSON.parse(row.result) as JsonValue),
    status: row.status as Assessment['status'],
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    ...recordMetaOf(row),
  };
}

export const truthy = (v: boolean | number | string) =>
  v === true || v === 1 || v === '1' || v === 't';
