import { riskLevel } from '@aigov/plugin-ai-governance-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type { DatabaseEntityStore } from '../database/EntityStore';
import { NOW, type Scenario } from './scorecardScenarios';

/*
 * Writes a scenario of the scorecard facts property test straight into the
 * tables (not through the services), so that it can hold states the
 * services never reach and the facts SQL must still count.
 */

/**
 * Inserts the AI system `entityRef` with the records of `scenario`: its
 * catalog facts through `entities`, `controls` and every other record as
 * rows, all written at {@link NOW}.
 */
export async function insertScenario(
  knex: Knex,
  entities: DatabaseEntityStore,
  entityRef: string,
  scenario: Scenario,
  controls: Scenario['controls'],
) {
  const s = scenario;
  const meta = {
    version: 1,
    created_at: NOW,
    created_by: 'user:default/a',
    updated_at: NOW,
    updated_by: 'user:default/a',
  };
  await entities.upsertEntity({
    entityRef,
    kind: 'aisystem',
    title: null,
    ownerRef: s.owner ? 'group:default/team' : null,
    riskTier: s.tier,
    purpose: s.purpose,
    lifecycle: null,
  });
  if (controls.length) {
    await knex('control_statuses').insert(
      controls.map(c => ({
        entity_ref: entityRef,
        control_id: c.controlId,
        applicable: c.applicable,
        status: c.status,
        due_date: c.dueDate,
        ...meta,
      })),
    );
  }
  for (const r of s.risks) {
    const sc = r.likelihood * r.impact;
    await knex('risks').insert({
      id: randomUUID(),
      entity_ref: entityRef,
      title: 't',
      category: 'c',
      lifecycle_stage: 'operation',
      likelihood: r.likelihood,
      impact: r.impact,
      score: sc,
      level: riskLevel(sc),
      treatment: r.treatment,
      treatment_plan: r.plan,
      status: r.status,
      due_date: r.dueDate,
      next_review_date: r.nextReviewDate,
      acceptance_expires_at:
        r.status === 'accepted' ? r.acceptanceExpires : null,
      ...meta,
    });
  }
  for (const e of s.evidence) {
    const id = randomUUID();
    await knex('evidence').insert({
      id,
      entity_ref: entityRef,
      title: 'e',
      kind: 'report',
      collected_at: '2026-01-01T00:00:00.000Z',
      expires_at: e.expiresAt,
      url: e.file === 'none' ? 'https://example.com/e' : null,
      file_name: e.file === 'none' ? null : 'e.pdf',
      sha256: e.file === 'uploaded' ? 'a'.repeat(64) : null,
      ...meta,
    });
    if (e.controlIds.length) {
      await knex('evidence_links').insert(
        e.controlIds.map(c => ({
          evidence_id: id,
          entity_ref: entityRef,
          target_type: 'control',
          target_id: c,
        })),
      );
    }
  }
  for (const t of s.tasks) {
    // No open key: the test may hold two open revalidations, which
    // the service never opens but the facts must still count.
    await knex('tasks').insert({
      id: randomUUID(),
      entity_ref: entityRef,
      kind: t.kind,
      cause_type: 'change',
      control_ids: '[]',
      due_at: t.dueAt,
      status: t.status,
      evidence_ids: '[]',
      ...meta,
    });
  }
  if (s.correctiveActions.length) {
    const nonconformityId = randomUUID();
    await knex('nonconformities').insert({
      id: nonconformityId,
      entity_ref: entityRef,
      source: 'monitoring',
      description: 'd',
      status: 'actions-planned',
      ...meta,
    });
    await knex('corrective_actions').insert(
      s.correctiveActions.map((a, position) => ({
        id: randomUUID(),
        nonconformity_id: nonconformityId,
        entity_ref: entityRef,
        position,
        description: 'a',
        owner: 'group:default/team',
        due_date: a.dueDate,
        status: a.status,
        evidence_ids: '[]',
      })),
    );
  }
  for (const i of s.incidents) {
    await knex('incidents').insert({
      id: randomUUID(),
      entity_ref: entityRef,
      title: 't',
      description: '',
      detected_at: NOW,
      aware_at: NOW,
      reporter: 'user:default/a',
      severity: 'high',
      harm_categories: '[]',
      affected_groups: '[]',
      status: i.status,
      risk_ids: '[]',
      control_ids: '[]',
      serious: i.serious,
      serious_category: i.serious ? 'death' : null,
      report_state: 'not-reported',
      ...meta,
    });
  }
  for (const a of s.assessments) {
    await knex('assessments').insert({
      id: randomUUID(),
      entity_ref: entityRef,
      type: a.type,
      answers: '{}',
      status: a.status,
      ...meta,
    });
  }
}
