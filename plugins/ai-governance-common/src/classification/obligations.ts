import {
  EU_AI_ACT_APPLICATION_DATES,
  type ApplicationDate,
} from './applicationDates';
import { OPERATOR_ROLES, type OperatorRole } from './questions';

/*
 * Collecting a classification's duties: each line goes to the roles it binds
 * (or to every role, or to the general-purpose model), and the dates a line
 * cites are collected with it, so a result never lists a date it does not
 * cite and never cites one it does not list.
 */

/** Who a duty binds: every covered role, one role, or the provider of a general-purpose AI model. */
export type DutyScope = 'all' | OperatorRole | 'gpai';

/** One entry of the application dates table; throws for an unknown id, which is a bug here. */
export function applicationDate(id: string): ApplicationDate {
  const entry = EU_AI_ACT_APPLICATION_DATES.find(d => d.id === id);
  if (!entry) throw new Error(`No EU AI Act application date "${id}"`);
  return entry;
}

/** "Digital Omnibus on AI (Regulation …), amending Art. 5" reads as "Digital Omnibus on AI" in a sentence. */
function shortName(act: string): string {
  return act.split(/\s*[(,]/)[0];
}

/** How a date came about, when an amendment moved or added it; nothing for a date as adopted. */
export function movedNote(entry: ApplicationDate): string {
  if (entry.amendedBy && entry.originalDate) {
    return ` (moved from ${entry.originalDate} by the ${shortName(
      entry.amendedBy,
    )})`;
  }
  return entry.status === 'in-force'
    ? ''
    : ` (added by the ${shortName(entry.source)})`;
}

/** The duties of a classification, by scope, with the dates they cite. */
export class Duties {
  private readonly lines = new Map<DutyScope, string[]>();
  private readonly dateIds = new Set<string>();

  /** @param roles the roles the result covers; lines for any other role are dropped. */
  constructor(readonly roles: readonly OperatorRole[]) {}

  covers(scope: DutyScope): boolean {
    return scope === 'all' || scope === 'gpai' || this.roles.includes(scope);
  }

  /** Adds a line for each scope covered, ending with the date it applies from when it has one. */
  add(
    scopes: DutyScope | readonly DutyScope[],
    line: string,
    dateId?: string,
  ): void {
    this.addCiting(scopes, dateId ? [dateId] : [], ([entry]) =>
      entry
        ? `${line} — applies from ${entry.appliesFrom}${movedNote(entry)}`
        : line,
    );
  }

  /** Adds a line built from the dates it cites, for each scope covered; the dates are cited only if some scope is. */
  addCiting(
    scopes: DutyScope | readonly DutyScope[],
    dateIds: readonly string[],
    build: (entries: ApplicationDate[]) => string,
  ): void {
    const covered = (
      typeof scopes === 'string' ? [scopes] : [...scopes]
    ).filter(s => this.covers(s));
    if (covered.length === 0) return;
    const line = build(dateIds.map(applicationDate));
    dateIds.forEach(id => this.dateIds.add(id));
    for (const scope of covered) {
      const list = this.lines.get(scope) ?? [];
      if (!list.includes(line)) list.push(line);
      this.lines.set(scope, list);
    }
  }

  /** The lines of one scope only, in the order added. */
  of(scope: DutyScope): string[] {
    return [...(this.lines.get(scope) ?? [])];
  }

  /** The lines of each covered role, every-role lines first. */
  byRole(): Partial<Record<OperatorRole, string[]>> {
    const result: Partial<Record<OperatorRole, string[]>> = {};
    for (const role of this.roles) {
      result[role] = [...this.of('all'), ...this.of(role)];
    }
    return result;
  }

  /** Every line once: every-role lines, then each role's in `OPERATOR_ROLES` order, then the model's. */
  union(): string[] {
    const ordered = [
      ...this.of('all'),
      ...OPERATOR_ROLES.flatMap(o => this.of(o.value)),
      ...this.of('gpai'),
    ];
    return [...new Set(ordered)];
  }

  /** The dates cited, copied, in table order. */
  dates(): ApplicationDate[] {
    return EU_AI_ACT_APPLICATION_DATES.filter(d => this.dateIds.has(d.id)).map(
      d => ({ ...d }),
    );
  }
}

/**
 * The Art. 4 duty, worded after the Digital Omnibus on AI recast it from
 * ensuring literacy to taking measures that support it. Art. 4 itself names
 * providers and deployers; it is listed for every role on purpose, since an
 * organisation in another role nearly always uses AI systems in its own work
 * too, and the governance record should show the literacy measures.
 */
export const AI_LITERACY =
  'Take measures that support enough AI literacy among staff and others who operate or use the system on the organisation’s behalf, suited to their role, knowledge and the context of use, as Art. 4 reads after the Digital Omnibus on AI reworded it (Art. 4)';
