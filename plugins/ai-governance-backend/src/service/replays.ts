import type { JsonValue } from '@backstage/types';
import type { AimsClauseStore } from '../database/AimsClauseStore';
import type { AimsContextStore } from '../database/AimsContextStore';
import type { AssessmentStore } from '../database/AssessmentStore';
import type { AuditStore } from '../database/AuditStore';
import type { AimsDocumentStore } from '../database/AimsDocumentStore';
import type { ManagementReviewStore } from '../database/ManagementReviewStore';
import type { ChangeStore } from '../database/ChangeStore';
import type { ControlStore } from '../database/ControlStore';
import type { EvidenceStore } from '../database/EvidenceStore';
import type { IncidentStore } from '../database/IncidentStore';
import type { NonconformityStore } from '../database/NonconformityStore';
import type { ObjectiveStore } from '../database/ObjectiveStore';
import type { RecordKey } from '../database/ReplayStore';
import type { RiskStore } from '../database/RiskStore';
import type { TaskStore } from '../database/TaskStore';
import type { TrainingStore } from '../database/TrainingStore';
import { keyOf, type RecordReplay } from './replay';

/** Indexes records that carry their own id and entity by the replay's key. */
function byKey<T extends { id: string; entityRef: string }>(records: T[]) {
  return new Map(
    records.map(r => [
      keyOf({ entityRef: r.entityRef, recordId: r.id }),
      r as unknown as JsonValue,
    ]),
  );
}

const ids = (keys: RecordKey[]) => keys.map(k => k.recordId);

/**
 * How each record type replays onto its table: every record type the
 * history holds has one entry here.
 */
export function governanceReplays(stores: {
  risks: RiskStore;
  controls: ControlStore;
  evidence: EvidenceStore;
  assessments: AssessmentStore;
  changes: ChangeStore;
  tasks: TaskStore;
  incidents: IncidentStore;
  nonconformities: NonconformityStore;
  aimsClauses: AimsClauseStore;
  audits: AuditStore;
  documents: AimsDocumentStore;
  managementReviews: ManagementReviewStore;
  training: TrainingStore;
  objectives: ObjectiveStore;
  aimsScope: AimsContextStore<object>;
  aimsRoles: AimsContextStore<object>;
}): RecordReplay[] {
  return [
    {
      recordType: 'risk',
      table: 'risks',
      idColumn: 'id',
      derived: [],
      load: async keys => byKey(await stores.risks.getMany(ids(keys))),
    },
    {
      recordType: 'control',
      table: 'control_statuses',
      idColumn: 'control_id',
      // The history holds the stored row; overdue and linked evidence are
      // worked out when the Statement of Applicability is read.
      derived: [],
      load: async keys => {
        const rows = await stores.controls.listFor([
          ...new Set(keys.map(k => k.entityRef)),
        ]);
        return new Map(
          rows.map(r => [
            keyOf({ entityRef: r.entityRef, recordId: r.controlId }),
            r as unknown as JsonValue,
          ]),
        );
      },
    },
    {
      recordType: 'evidence',
      table: 'evidence',
      idColumn: 'id',
      // Whether an item has expired depends on the day it is read.
      derived: ['expired'],
      load: async (keys, now) =>
        byKey(await stores.evidence.getMany(ids(keys), now)),
    },
    {
      recordType: 'assessment',
      table: 'assessments',
      idColumn: 'id',
      derived: [],
      load: async keys => byKey(await stores.assessments.getMany(ids(keys))),
    },
    {
      recordType: 'change',
      table: 'entity_changes',
      idColumn: 'id',
      // Immutable once detected: the one event holds the whole record but
      // its own seq (`historySeq`), which is stored beside it and so not
      // among the fields the event is compared on.
      derived: [],
      load: async keys => byKey(await stores.changes.getMany(ids(keys))),
    },
    {
      recordType: 'task',
      table: 'tasks',
      idColumn: 'id',
      // Every change stores the whole task; nothing is computed when read.
      derived: [],
      load: async keys => byKey(await stores.tasks.getMany(ids(keys))),
    },
    {
      recordType: 'nonconformity',
      table: 'nonconformities',
      idColumn: 'id',
      // Its corrective actions are read from their own table into the
      // record, so a changed action row differs from the history too.
      derived: [],
      load: async keys =>
        byKey(await stores.nonconformities.getMany(ids(keys))),
    },
    {
      recordType: 'incident',
      table: 'incidents',
      idColumn: 'id',
      // The clock's overdue flag depends on the day it is read, and whether
      // Art. 73 applies on the entity's tier, which the catalog may change.
      derived: ['reportOverdue', 'art73Applies'],
      load: async keys => byKey(await stores.incidents.getMany(ids(keys))),
    },
    {
      recordType: 'incident-entry',
      table: 'incident_entries',
      idColumn: 'id',
      // Entries are append-only: the one event holds the whole entry.
      derived: [],
      load: async keys => byKey(await stores.incidents.getEntries(ids(keys))),
    },
    {
      recordType: 'aims-document',
      table: 'aims_documents',
      idColumn: 'id',
      // Every change stores the whole document with all its versions; the
      // current version and next review follow from them.
      derived: [],
      load: async keys => byKey(await stores.documents.getMany(ids(keys))),
    },
    {
      recordType: 'aims-clause',
      table: 'aims_clause_assessments',
      idColumn: 'clause_id',
      // Every assessment stores the whole row; the pre-fill is computed
      // when read and is not part of the record.
      derived: [],
      load: async keys => byKey(await stores.aimsClauses.getMany(ids(keys))),
    },
    {
      recordType: 'audit',
      table: 'audits',
      idColumn: 'id',
      // Findings are stored with their audit, so each event holds them all.
      derived: [],
      load: async keys => byKey(await stores.audits.getMany(ids(keys))),
    },
    {
      recordType: 'aims-review',
      table: 'management_reviews',
      idColumn: 'id',
      // Inputs, decisions and actions are stored with the review; an
      // action's status is its task's, replayed as the task.
      derived: [],
      load: async keys =>
        byKey(await stores.managementReviews.getMany(ids(keys))),
    },
    {
      recordType: 'training-record',
      table: 'training_records',
      idColumn: 'id',
      // Written once; whether it is current, expiring or expired depends
      // on the day it is read.
      derived: ['status'],
      load: async (keys, now) =>
        byKey(await stores.training.getMany(ids(keys), now.slice(0, 10))),
    },
    {
      recordType: 'aims-objective',
      table: 'aims_objectives',
      idColumn: 'id',
      // The stored objective only: its value, status and trend are
      // computed when read, and snapshots are not history events.
      derived: [],
      load: async keys => byKey(await stores.objectives.getMany(ids(keys))),
    },
    {
      recordType: 'aims-scope',
      table: 'aims_scope',
      idColumn: 'id',
      // The whole record is written each time; the AI systems in scope are
      // resolved from the catalog when read and are not part of it.
      derived: [],
      load: async keys => byKey(await stores.aimsScope.getMany(ids(keys))),
    },
    {
      recordType: 'aims-roles',
      table: 'aims_roles',
      idColumn: 'id',
      // Every role is stored each time, defaults filled in.
      derived: [],
      load: async keys => byKey(await stores.aimsRoles.getMany(ids(keys))),
    },
  ];
}
