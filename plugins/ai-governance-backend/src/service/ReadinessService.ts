import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  AimsClauseAssessment,
  AimsClausePrefill,
  Readiness,
  ReadinessStage1ItemId,
  ReadinessStage2,
} from '@aigov/plugin-ai-governance-common';
import type {
  DatabaseReadinessStore,
  ReadinessSystem,
} from '../database/ReadinessStore';
import type { UnitOfWork } from '../database/UnitOfWork';
import type { AuditService } from './AuditService';
import { drawSample, newSampleId, sampledSystem } from './readinessSample';
import { stage1Checklist } from './readinessStage1';
import {
  surveillanceCalendar,
  type CertificationSettings,
} from './surveillance';

/** The AI systems in scope for a caller, as the AIMS scope resolves them. */
export type InScopeSystems = (
  credentials?: BackstageCredentials,
) => Promise<ReadinessSystem[]>;

/**
 * Whether the records exist of the stage 1 items that ask only that (an
 * approved AI policy, objectives, training records, a review held); an
 * item without a source counts its clause's pre-fill alone.
 */
export type Stage1Sources = Partial<
  Record<
    ReadinessStage1ItemId,
    (context: { today: string }) => Promise<boolean>
  >
>;

/** The clause list with its pre-fills, as GET /aims/clauses answers it for the caller. */
export interface ClausePrefills {
  list(
    credentials?: BackstageCredentials,
    inScope?: ReadonlyArray<{ entityRef: string }>,
  ): Promise<{
    items: Array<Pick<AimsClauseAssessment, 'id' | 'prefilled'>>;
  }>;
}

/** How readiness is computed. */
export interface ReadinessSettings {
  /** Systems in the stage 2 sample unless the request says. */
  sampleSize: number;
  certification: CertificationSettings;
}

/**
 * Certification readiness (ISO/IEC 42001): the stage 1 checklist from the
 * suite's records, operating evidence on a reproducible stage 2 sample of
 * the systems in scope, and the surveillance calendar. Computed when read.
 */
export class ReadinessService {
  constructor(
    private readonly deps: {
      store: DatabaseReadinessStore;
      /** The gap assessment, whose pre-fills most stage 1 items follow. */
      aimsClauses: ClausePrefills;
      audits: AuditService;
      work: UnitOfWork;
      settings: ReadinessSettings;
      inScope: InScopeSystems;
      sources: Stage1Sources;
    },
  ) {}

  /** Readiness for `credentials`, with the sample drawn by `sampleId` (a new one when absent). */
  async get(
    query: { sampleId?: string; size?: number },
    credentials?: BackstageCredentials,
  ): Promise<Readiness> {
    const { store, aimsClauses, audits, work, settings, sources } = this.deps;
    const now = work.now();
    const today = now.slice(0, 10);
    const year = Number(today.slice(0, 4));
    const systems = await this.deps.inScope(credentials);
    const inScope = new Set(
      systems.map(s => s.entityRef.toLocaleLowerCase('en-US')),
    );
    const [clauseList, nonconformities, auditsThisYear] = await Promise.all([
      // The systems just resolved: the pre-fills count over the same scope
      // without reading the catalog again.
      aimsClauses.list(
        credentials,
        [...inScope].map(entityRef => ({ entityRef })),
      ),
      store.nonconformities([...inScope]),
      audits.list({ year }),
    ]);
    const findings: Partial<Record<ReadinessStage1ItemId, boolean>> = {};
    for (const [id, source] of Object.entries(sources)) {
      findings[id as ReadinessStage1ItemId] = await source!({ today });
    }
    const prefills = new Map(
      clauseList.items.flatMap(
        (c): Array<[string, AimsClausePrefill]> =>
          c.prefilled ? [[c.id, c.prefilled]] : [],
      ),
    );
    return {
      stage1: stage1Checklist({
        prefills,
        nonconformities,
        auditsThisYear,
        year,
        findings,
      }),
      stage2: await this.stage2(systems, query, now),
      surveillance: surveillanceCalendar(settings.certification, today),
    };
  }

  private async stage2(
    systems: ReadinessSystem[],
    query: { sampleId?: string; size?: number },
    now: string,
  ): Promise<ReadinessStage2> {
    const sampleId = query.sampleId ?? newSampleId();
    const size = query.size ?? this.deps.settings.sampleSize;
    const sample = drawSample(sampleId, systems, size);
    const facts = await this.deps.store.sampleFacts(
      sample.map(s => s.entityRef),
      now,
    );
    return {
      sampleId,
      size,
      inScope: systems.length,
      systems: sample.map(s => sampledSystem(s, facts.get(s.entityRef)!)),
    };
  }
}
