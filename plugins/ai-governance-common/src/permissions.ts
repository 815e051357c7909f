import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Governance permissions are about one AI system's records, so their resource
 * is the catalog entity the records belong to (resourceRef = entity ref) and
 * conditional rules such as "is owner of the entity" apply to all of them.
 * @public
 */
export const AI_GOVERNANCE_RESOURCE_TYPE = 'ai-governance-entity';

const perm = (name: string, action: 'read' | 'create' | 'update') =>
  createPermission({
    name: `ai-governance.${name}`,
    attributes: { action },
    resourceType: AI_GOVERNANCE_RESOURCE_TYPE,
  });

/** Read risks. @public */
export const riskReadPermission = perm('risk.read', 'read');
/** Record a risk. @public */
export const riskCreatePermission = perm('risk.create', 'create');
/** Change a risk. @public */
export const riskUpdatePermission = perm('risk.update', 'update');
/** Approve accepting a risk (the approver must not be its author). @public */
export const riskAcceptPermission = perm('risk.accept', 'update');
/** Read control statuses (the Statement of Applicability). @public */
export const controlReadPermission = perm('control.read', 'read');
/** Change a control's applicability or status. @public */
export const controlUpdatePermission = perm('control.update', 'update');
/** Read evidence and download its files. @public */
export const evidenceReadPermission = perm('evidence.read', 'read');
/** Add evidence. @public */
export const evidenceCreatePermission = perm('evidence.create', 'create');
/** Read assessments. @public */
export const assessmentReadPermission = perm('assessment.read', 'read');
/** Start an assessment. @public */
export const assessmentCreatePermission = perm('assessment.create', 'create');
/** Change a draft or in-review assessment. @public */
export const assessmentUpdatePermission = perm('assessment.update', 'update');
/** Approve an assessment (the approver must not be its author). @public */
export const assessmentApprovePermission = perm('assessment.approve', 'update');
/** Read scorecards. @public */
export const scorecardReadPermission = perm('scorecard.read', 'read');
/** Read the changes the catalog sync detected on an entity. @public */
export const changeReadPermission = perm('change.read', 'read');
/** Read an entity's tasks (revalidations, reviews, approvals). @public */
export const taskReadPermission = perm('task.read', 'read');
/** Complete or dismiss an entity's task. @public */
export const taskUpdatePermission = perm('task.update', 'update');
/** Read an entity's nonconformities and corrective actions. @public */
export const nonconformityReadPermission = perm('nonconformity.read', 'read');
/** Record a nonconformity on an entity. @public */
export const nonconformityCreatePermission = perm(
  'nonconformity.create',
  'create',
);
/** Change a nonconformity, its corrective actions and its status. @public */
export const nonconformityUpdatePermission = perm(
  'nonconformity.update',
  'update',
);
/**
 * Record an effectiveness review of a nonconformity's corrective actions;
 * the API also refuses an action owner or a member of their team. @public
 */
export const nonconformityReviewPermission = perm(
  'nonconformity.review',
  'update',
);
/** Report an incident on an AI system; meant for every signed-in user. @public */
export const incidentCreatePermission = perm('incident.create', 'create');
/** Read an entity's incidents. @public */
export const incidentReadPermission = perm('incident.read', 'read');
/** Triage, update, close or reject an entity's incident. @public */
export const incidentUpdatePermission = perm('incident.update', 'update');
/** Read the change history of an entity's records. @public */
export const historyReadPermission = perm('history.read', 'read');
/**
 * Sign a checkpoint of the whole history chain now; needs an unconditional
 * decision (the governance office), since a checkpoint covers every entity. @public
 */
export const historyCheckpointPermission = perm('history.checkpoint', 'create');
/**
 * Read the clause gap assessment of the management system; it covers the
 * whole organisation, so it needs an unconditional decision. @public
 */
export const aimsClauseReadPermission = perm('aims.clause.read', 'read');
/**
 * Assess a clause of the management system; needs an unconditional decision
 * (the governance office). @public
 */
export const aimsClauseUpdatePermission = perm('aims.clause.update', 'update');
/**
 * Read the internal audit programme; it covers the whole organisation, so
 * it needs an unconditional decision. @public
 */
export const auditReadPermission = perm('audit.read', 'read');
/**
 * Plan, change and record findings of internal audits; needs an
 * unconditional decision (the governance office or the internal auditors). @public
 */
export const auditUpdatePermission = perm('audit.update', 'update');
/**
 * Read everyone's training records and the coverage of every team; a
 * person's own records need no permission. Needs an unconditional
 * decision. @public
 */
export const trainingReadPermission = perm('training.read', 'read');
/**
 * Record training for someone else; needs an unconditional decision (the
 * governance office). Anyone may record their own. @public
 */
export const trainingManagePermission = perm('training.manage', 'update');
/**
 * Read the scope, context and roles of the management system; they cover
 * the whole organisation, so it needs an unconditional decision. @public
 */
export const aimsContextReadPermission = perm('aims.context.read', 'read');
/**
 * Change the scope, context and roles of the management system; needs an
 * unconditional decision (the governance office). @public
 */
export const aimsContextUpdatePermission = perm(
  'aims.context.update',
  'update',
);
/**
 * Read the certification readiness (stage 1 checklist, stage 2 sample,
 * surveillance calendar); it covers the whole organisation, so it needs an
 * unconditional decision. @public
 */
export const readinessReadPermission = perm('readiness.read', 'read');
/**
 * Read the management reviews and their minutes; they cover the whole
 * organisation, so it needs an unconditional decision. @public
 */
export const managementReviewReadPermission = perm(
  'management-review.read',
  'read',
);
/**
 * Plan and record management reviews and their actions; needs an
 * unconditional decision (the governance office or top management). @public
 */
export const managementReviewUpdatePermission = perm(
  'management-review.update',
  'update',
);
/**
 * Read the policies and procedures of the management system; they cover
 * the whole organisation, so it needs an unconditional decision. @public
 */
export const aimsPolicyReadPermission = perm('aims.policy.read', 'read');
/**
 * Write documents and their drafts and submit them for approval: an
 * unconditional decision (the governance office), or a conditional one
 * the document's owner meets. Approval is by the AIMS role top-management. @public
 */
export const aimsPolicyUpdatePermission = perm('aims.policy.update', 'update');

/**
 * Read the objectives of the management system and their measures; they
 * cover the whole organisation, so it needs an unconditional decision. @public
 */
export const aimsObjectiveReadPermission = perm('aims.objective.read', 'read');
/**
 * Set and change objectives of the management system; needs an
 * unconditional decision (the governance office). @public
 */
export const aimsObjectiveUpdatePermission = perm(
  'aims.objective.update',
  'update',
);

/** Every permission of the suite. @public */
export const aiGovernancePermissions = [
  riskReadPermission,
  riskCreatePermission,
  riskUpdatePermission,
  riskAcceptPermission,
  controlReadPermission,
  controlUpdatePermission,
  evidenceReadPermission,
  evidenceCreatePermission,
  assessmentReadPermission,
  assessmentCreatePermission,
  assessmentUpdatePermission,
  assessmentApprovePermission,
  scorecardReadPermission,
  historyReadPermission,
  historyCheckpointPermission,
  changeReadPermission,
  taskReadPermission,
  taskUpdatePermission,
  nonconformityReadPermission,
  nonconformityCreatePermission,
  nonconformityUpdatePermission,
  nonconformityReviewPermission,
  incidentCreatePermission,
  incidentReadPermission,
  incidentUpdatePermission,
  aimsClauseReadPermission,
  aimsClauseUpdatePermission,
  auditReadPermission,
  auditUpdatePermission,
  readinessReadPermission,
  aimsObjectiveReadPermission,
  aimsObjectiveUpdatePermission,
  managementReviewReadPermission,
  managementReviewUpdatePermission,
  aimsPolicyReadPermission,
  aimsPolicyUpdatePermission,
  aimsContextReadPermission,
  aimsContextUpdatePermission,
  trainingReadPermission,
  trainingManagePermission,
];
