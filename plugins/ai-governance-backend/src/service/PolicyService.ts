import { randomUUID } from 'node:crypto';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AIMS_ENTITY_REF,
  DOCUMENT_APPROVER_RULE,
  DOCUMENT_FOUR_EYES_RULE,
  DOCUMENT_ONE_OPEN_VERSION_RULE,
  DOCUMENT_REVIEW_NOTICE_DAYS,
  MAX_DOCUMENT_VERSIONS,
  type AimsDocument,
  type AimsDocumentSummary,
  type DocumentContent,
  type DocumentCreate,
  type DocumentPatch,
} from '@aigov/plugin-ai-governance-common';
import type {
  AimsDocumentStore,
  DocumentFilter,
  DocumentValues,
} from '../database/AimsDocumentStore';
import type { TaskStore } from '../database/TaskStore';
import type { UnitOfWork, WriteScope } from '../database/UnitOfWork';
import { closeDocumentReview, openDueDocumentReviews } from './documentReviews';
import {
  draftVersion,
  versionIn,
  withVersion,
  pastVersions,
  summaryOf,
  type ParsedVersion,
  type PastVersion,
} from './documentVersions';
import { applyVersioned, recordCreated } from './versioned';

/** Who holds an AIMS role; the AimsRoleService answers it from the role mapping. */
export interface AimsRoleHolder {
  holds(
    userRef: string,
    role: 'top-management',
    credentials: BackstageCredentials,
  ): Promise<boolean>;
}

/** A parsed new document: defaults applied. */
type ParsedCreate = Required<
  Omit<DocumentCreate, 'content' | 'effectiveFrom'>
> & {
  content: DocumentContent;
  effectiveFrom?: string | null;
};
/** The approved AI policy, as the readiness check and the 5.2 pre-fill name it. */
export interface CurrentAiPolicy {
  id: string;
  title: string;
  version: number;
  approvedBy: string;
  approvedAt: string;
  nextReviewAt: string;
  /** True when its review date has passed. */
  reviewOverdue: boolean;
  /** Where the portal shows it. */
  link: string;
}

/** The portal page of a document. */
export const documentLink = (id: string) =>
  `/ai-governance/aims/policies?document=${encodeURIComponent(id)}`;

/**
 * Policies and procedures of the management system (ISO/IEC 42001 5.2,
 * 7.5): documents with versions written as drafts, submitted, and approved
 * by top management (never by their author) or rejected with a reason. The
 * current version is the latest approved one; every version is kept. An
 * approved document is due for review its cycle after approval: a review
 * task opens for its owner {@link DOCUMENT_REVIEW_NOTICE_DAYS} days before,
 * once, and is completed when a new version is approved.
 */
export class PolicyService {
  constructor(
    private readonly store: AimsDocumentStore,
    private readonly tasks: TaskStore,
    private readonly work: UnitOfWork,
    private readonly roles: AimsRoleHolder,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One document with every version; a missing one is a 404. */
  async get(id: string): Promise<AimsDocument> {
    const found = await this.store.get(id);
    if (!found) throw new NotFoundError(`Document ${id} does not exist`);
    return found;
  }

  /** The documents with their current and latest versions' metadata and open review task. */
  async list(filter: DocumentFilter): Promise<AimsDocumentSummary[]> {
    const [documents, reviews] = await Promise.all([
      this.store.list(filter),
      this.store.openReviews(),
    ]);
    return documents.map(doc => summaryOf(doc, reviews.get(doc.id)));
  }

  /** The approved AI policy, the latest approved first; undefined when none is approved. */
  async currentAiPolicy(): Promise<CurrentAiPolicy | undefined> {
    const [policy] = (await this.store.aiPolicies()).filter(
      d => d.currentVersion !== null,
    );
    if (!policy) return undefined;
    const current = policy.versions.find(
      v => v.number === policy.currentVersion,
    )!;
    const today = this.clock().toISOString().slice(0, 10);
    return {
      id: policy.id,
      title: policy.title,
      version: current.number,
      approvedBy: current.approvedBy!,
      approvedAt: current.approvedAt!,
      nextReviewAt: policy.nextReviewAt!,
      reviewOverdue: policy.nextReviewAt! < today,
      link: documentLink(policy.id),
    };
  }

  /** Creates a document with its first version, a draft. */
  create(body: ParsedCreate, actor: string): Promise<AimsDocument> {
    return this.work.run(async scope => {
      const created = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          kind: body.kind,
          topic: body.topic,
          title: body.title,
          owner: body.owner.toLocaleLowerCase('en-US'),
          reviewMonths: body.reviewMonths,
          versions: [draftVersion(1, body, actor, scope.now)],
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'aims-document', created, actor);
    });
  }

  /**
   * Records a document kept before this plugin (the demo's seed file) with
   * its versions as they were written and decided, by the people and on
   * the days the file names; the file is trusted for who held top
   * management then, the four-eyes rule still applies.
   */
  recordPast(
    body: Omit<ParsedCreate, 'content' | 'changeSummary' | 'effectiveFrom'>,
    versions: PastVersion[],
    actor: string,
  ): Promise<AimsDocument> {
    return this.work.run(async scope => {
      const created = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef: AIMS_ENTITY_REF,
          ...body,
          owner: body.owner.toLocaleLowerCase('en-US'),
          versions: pastVersions(body.title, versions),
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'aims-document', created, actor);
    });
  }

  /** Changes a document's metadata at `expectedVersion`. */
  update(
    id: string,
    expectedVersion: number,
    patch: DocumentPatch,
    actor: string,
  ): Promise<AimsDocument> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const values: DocumentValues = { ...patch } as DocumentValues;
      if (patch.owner) values.owner = patch.owner.toLocaleLowerCase('en-US');
      const next = { ...current, ...values };
      if (next.topic === 'ai-policy' && next.kind !== 'policy') {
        throw new ConflictError(
          `Document ${id}: ai-policy is the topic of a document of kind policy`,
        );
      }
      return this.change(
        scope,
        current,
        'update',
        values,
        actor,
        expectedVersion,
      );
    });
  }

  /** Adds a draft version; refused while another version is in the making. */
  addVersion(
    id: string,
    expectedVersion: number | undefined,
    body: ParsedVersion,
    actor: string,
  ): Promise<AimsDocument> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const open = current.versions.find(
        v => v.status === 'draft' || v.status === 'in-approval',
      );
      if (open) {
        throw new ConflictError(
          `Document ${id} has version ${open.number} ${open.status}: ${DOCUMENT_ONE_OPEN_VERSION_RULE}`,
        );
      }
      if (current.versions.length >= MAX_DOCUMENT_VERSIONS) {
        throw new ConflictError(
          `Document ${id} keeps at most ${MAX_DOCUMENT_VERSIONS} versions; start a new document`,
        );
      }
      const number = current.versions.length + 1;
      return this.change(
        scope,
        current,
        'update',
        {
          versions: [
            ...current.versions,
            draftVersion(number, body, actor, scope.now),
          ],
        },
        actor,
        expectedVersion ?? current.version,
      );
    });
  }

  /** Submits a draft for approval. */
  submit(
    id: string,
    number: number,
    expectedVersion: number,
    actor: string,
  ): Promise<AimsDocument> {
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      versionIn(current, number, 'draft', 'submitted');
      return this.change(
        scope,
        current,
        'update',
        withVersion(current, number, {
          status: 'in-approval',
          submittedAt: scope.now,
        }),
        actor,
        expectedVersion,
      );
    });
  }

  /**
   * Approves a version in approval: by top management (403 naming the rule)
   * and not by its author (409, four eyes). It becomes the current version
   * and the document's open review task is completed.
   */
  async approve(
    id: string,
    number: number,
    expectedVersion: number,
    effectiveFrom: string | undefined,
    actor: string,
    credentials: BackstageCredentials,
  ): Promise<AimsDocument> {
    const before = await this.get(id);
    const version = versionIn(before, number, 'in-approval', 'approved');
    if (version.author === actor) {
      throw new ConflictError(
        `Version ${number} of document ${id} was written by ${actor}: ${DOCUMENT_FOUR_EYES_RULE}`,
      );
    }
    await this.assertTopManagement(actor, credentials);
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      const v = versionIn(current, number, 'in-approval', 'approved');
      const approved = await this.change(
        scope,
        current,
        'approve',
        withVersion(current, number, {
          status: 'approved',
          approvedBy: actor,
          approvedAt: scope.now,
          effectiveFrom:
            effectiveFrom ?? v.effectiveFrom ?? scope.now.slice(0, 10),
        }),
        actor,
        expectedVersion,
      );
      await closeDocumentReview(
        scope,
        this.store,
        this.tasks,
        approved,
        number,
        actor,
      );
      return approved;
    });
  }

  /** Rejects a version in approval, for a reason; by top management, like approving. */
  async reject(
    id: string,
    number: number,
    expectedVersion: number,
    reason: string,
    actor: string,
    credentials: BackstageCredentials,
  ): Promise<AimsDocument> {
    versionIn(await this.get(id), number, 'in-approval', 'rejected');
    await this.assertTopManagement(actor, credentials);
    return this.work.run(async scope => {
      const current = await this.load(scope, id);
      versionIn(current, number, 'in-approval', 'rejected');
      return this.change(
        scope,
        current,
        'update',
        withVersion(current, number, {
          status: 'rejected',
          rejectReason: reason,
          approvedBy: actor,
          approvedAt: scope.now,
        }),
        actor,
        expectedVersion,
      );
    });
  }

  /** The scheduled pass: opens the review tasks due (see openDueDocumentReviews). */
  openDueReviews(): Promise<{ opened: number }> {
    return this.work.run(async scope => ({
      opened: await openDueDocumentReviews(scope, this.store, this.tasks),
    }));
  }

  private async assertTopManagement(
    actor: string,
    credentials: BackstageCredentials,
  ) {
    if (!(await this.roles.holds(actor, 'top-management', credentials))) {
      throw new NotAllowedError(
        `${actor} does not hold the AIMS role top-management: ${DOCUMENT_APPROVER_RULE}`,
      );
    }
  }

  private change(
    scope: WriteScope,
    before: AimsDocument,
    action: 'update' | 'approve',
    values: DocumentValues,
    actor: string,
    expectedVersion: number,
  ) {
    return applyVersioned(scope, this.store, {
      label: 'Document',
      recordType: 'aims-document',
      action,
      actor,
      expectedVersion,
      before,
      values,
    });
  }

  private async load(scope: WriteScope, id: string) {
    const current = await this.store.get(id, scope.tx);
    if (!current) throw new NotFoundError(`Document ${id} does not exist`);
    return current;
  }
}
