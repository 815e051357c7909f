import { createHash, randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  Evidence,
  EvidenceCreate,
} from '@aigov/plugin-ai-governance-common';
import type { JsonValue } from '@backstage/types';
import type { EvidenceStore } from '../database/EvidenceStore';
import type { HistoryStore } from '../database/HistoryStore';
import type { RiskStore } from '../database/RiskStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import { EvidenceIntegrityError, FieldValidationError } from '../errors';
import { recordCreated, toTimestamp } from './versioned';

const sha256Of = (content: Buffer) =>
  createHash('sha256').update(content).digest('hex');

/**
 * Evidence: links or files, never overwritten. A file's SHA-256 is taken at
 * upload, recorded in the upload's history event and checked on every
 * download against that event, so altered bytes are never served, even when
 * the record's own hash column was edited to match them.
 */
export class EvidenceService {
  constructor(
    private readonly store: EvidenceStore,
    private readonly risks: RiskStore,
    private readonly work: UnitOfWork,
    private readonly history: HistoryStore,
  ) {}

  list(entityRef: string, page: { before?: number; limit: number }) {
    return this.store.list(entityRef, page, this.work.now());
  }

  /** Evidence items by id (unknown ids left out), e.g. to list their URLs. */
  getMany(ids: string[]): Promise<Evidence[]> {
    return this.store.getMany(ids, this.work.now());
  }

  /** One evidence item; a missing one is a 404. */
  async get(id: string): Promise<Evidence> {
    const evidence = await this.store.get(id, this.work.now());
    if (!evidence) throw new NotFoundError(`Evidence ${id} does not exist`);
    return evidence;
  }

  create(
    entityRef: string,
    input: EvidenceCreate,
    actor: string,
  ): Promise<Evidence> {
    return this.work.run(async scope => {
      const riskIds = [...new Set(input.riskIds ?? [])];
      const missing = await this.risks.missingFor(scope.tx, entityRef, riskIds);
      if (missing.length) {
        throw new FieldValidationError(
          `Invalid evidence: riskIds name risks that ${entityRef} does not have`,
          missing.map(id => ({
            path: `riskIds[${riskIds.indexOf(id)}]`,
            message: `${id} is not a risk of ${entityRef}`,
          })),
        );
      }
      const evidence = await this.store.insert(
        scope.tx,
        {
          id: randomUUID(),
          entityRef,
          title: input.title,
          kind: input.kind as Evidence['kind'],
          url: input.url ?? null,
          fileName: input.fileName ?? null,
          mediaType: input.fileName
            ? input.mediaType ?? 'application/octet-stream'
            : null,
          collectedAt: toTimestamp(input.collectedAt),
          expiresAt: input.expiresAt ? toTimestamp(input.expiresAt) : null,
          controlIds: [...new Set(input.controlIds ?? [])],
          riskIds,
        },
        actor,
        scope.now,
      );
      return recordCreated(scope, 'evidence', evidence, actor);
    });
  }

  /** Stores an evidence item's file once; a second upload is a conflict. */
  upload(id: string, content: Buffer, actor: string): Promise<Evidence> {
    const sha256 = sha256Of(content);
    return this.work.run(async scope => {
      const before = await this.store.get(id, scope.now, scope.tx);
      if (!before) throw new NotFoundError(`Evidence ${id} does not exist`);
      if (!before.file)
        throw new ConflictError(`Evidence ${id} is a link, not a file`);
      if (before.file.uploaded) {
        throw new ConflictError(
          `Evidence ${id} already has its file; evidence is never overwritten, add new evidence instead`,
        );
      }
      const after = await this.store.attachFile(
        scope.tx,
        id,
        { sha256, content },
        before.version + 1,
        actor,
        scope.now,
      );
      await scope.record({
        actor,
        entityRef: after.entityRef,
        recordType: 'evidence',
        recordId: id,
        action: 'upload',
        before: before as unknown as JsonValue,
        after: after as unknown as JsonValue,
      });
      return after;
    });
  }

  /** The file of an evidence item, refused when its bytes no longer match the recorded hash. */
  async download(id: string): Promise<{ evidence: Evidence; content: Buffer }> {
    const evidence = await this.get(id);
    if (!evidence.file?.uploaded || !evidence.file.sha256) {
      throw new NotFoundError(`Evidence ${id} has no uploaded file`);
    }
    // The hash the upload's history event holds: the chain vouches for it,
    // while the evidence row's column could have been edited.
    const upload = await this.history.latestEventOf(
      { recordType: 'evidence', recordId: id },
      'upload',
    );
    const recorded = (upload?.after as Evidence | null | undefined)?.file
      ?.sha256;
    if (!recorded) {
      throw new EvidenceIntegrityError(
        `The upload of evidence ${id} is not in the history; the file is not served`,
      );
    }
    if (recorded !== evidence.file.sha256) {
      throw new EvidenceIntegrityError(
        `The SHA-256 of evidence ${id} was changed after upload (history ${recorded}, record ${evidence.file.sha256}); the file is not served`,
      );
    }
    const content = await this.store.readBlob(recorded);
    if (!content)
      throw new EvidenceIntegrityError(
        `The file of evidence ${id} is missing from storage`,
      );
    if (sha256Of(content) !== recorded) {
      throw new EvidenceIntegrityError(
        `The file of evidence ${id} does not match the SHA-256 recorded at upload (${recorded}); it is not served`,
      );
    }
    return { evidence, content };
  }
}
