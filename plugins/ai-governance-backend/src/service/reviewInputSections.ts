import type {
  ManagementReviewAction,
  ReviewInputSection,
} from '@aigov/plugin-ai-governance-common';
import type { ReviewInputFigures } from '../database/reviewInputs';

/*
 * The input sections of a management review (ISO/IEC 42001 9.3.2), built
 * once from the figures read when the review is created. Each names where
 * it came from, so the minutes show an auditor what the suite read.
 */

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;
const period = (since: string | null) =>
  since ? `since ${since.slice(0, 10)}` : 'so far';
const clip = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** An action of an earlier review, with the review it came from. */
export interface EarlierAction {
  reviewId: string;
  reviewTitle: string;
  action: ManagementReviewAction;
}

function previousActions(
  earlier: EarlierAction[],
  today: string,
): ReviewInputSection {
  const open = earlier.filter(e => e.action.status === 'open');
  const overdue = open.filter(e => e.action.dueAt < today);
  const done = earlier.filter(e => e.action.status === 'done');
  return {
    id: 'previous-actions',
    title: 'Status of actions from previous management reviews',
    source: 'The tasks (kind review-action) of the actions of earlier reviews',
    summary:
      earlier.length === 0
        ? 'No earlier review recorded an action.'
        : `${plural(earlier.length, 'action')} from earlier reviews: ${
            done.length
          } done, ${open.length} open (${overdue.length} overdue).`,
    figures: [
      { label: 'Actions', value: earlier.length },
      { label: 'Done', value: done.length },
      { label: 'Open', value: open.length },
      { label: 'Overdue', value: overdue.length },
    ],
    items: earlier.map(e => ({
      text: `${e.action.description} — ${e.action.owner}, due ${
        e.action.dueAt
      }: ${e.action.status}${
        e.action.status === 'open' && e.action.dueAt < today ? ' (overdue)' : ''
      } (from "${e.reviewTitle}")`,
      ref: e.action.taskId,
    })),
  };
}

function incidents(
  f: ReviewInputFigures['incidents'],
  since: string | null,
): ReviewInputSection {
  return {
    id: 'incidents',
    title: 'Incidents',
    source: 'The incident records of every AI system',
    summary: `${plural(f.reportedSince, 'incident')} reported ${period(
      since,
    )}; ${f.open} open, ${f.openSerious} of them serious.`,
    figures: [
      { label: `Reported ${period(since)}`, value: f.reportedSince },
      { label: `Closed ${period(since)}`, value: f.closedSince },
      { label: 'Open', value: f.open },
      { label: 'Open serious', value: f.openSerious },
    ],
    items: f.recent.map(i => ({
      text: `${clip(i.text)} (${i.severity}${i.serious ? ', serious' : ''}, ${
        i.status
      }) on ${i.entityRef}`,
      ref: i.id,
    })),
  };
}

function nonconformities(
  f: ReviewInputFigures['nonconformities'],
  since: string | null,
): ReviewInputSection {
  return {
    id: 'nonconformities',
    title: 'Nonconformities and corrective actions',
    source:
      'The nonconformity records and their corrective actions of every AI system',
    summary: `${plural(
      f.openedSince,
      'nonconformity',
      'nonconformities',
    )} recorded ${period(since)}; ${f.open} open; ${plural(
      f.actionsOpen,
      'corrective action',
    )} not done, ${f.actionsOverdue} overdue.`,
    figures: [
      { label: `Recorded ${period(since)}`, value: f.openedSince },
      { label: `Closed ${period(since)}`, value: f.closedSince },
      { label: 'Open', value: f.open },
      { label: 'Corrective actions not done', value: f.actionsOpen },
      { label: 'Corrective actions overdue', value: f.actionsOverdue },
      { label: 'Corrective actions done', value: f.actionsDone },
    ],
    items: f.openList.map(n => ({
      text: `${clip(n.text)} (${n.status}) on ${n.entityRef}`,
      ref: n.id,
    })),
  };
}

function audits(
  f: ReviewInputFigures['audits'],
  since: string | null,
): ReviewInputSection {
  const findings = f.completedSince.flatMap(a => a.findings);
  const byKind = (kind: string) => findings.filter(x => x.kind === kind).length;
  return {
    id: 'audits',
    title: 'Internal audit results',
    source: 'The internal audit programme: audits completed and their findings',
    summary:
      f.completedSince.length === 0
        ? `No internal audit was completed ${period(since)}; ${plural(
            f.underWay,
            'audit',
          )} planned or in progress.`
        : `${plural(f.completedSince.length, 'audit')} completed ${period(
            since,
          )} with ${plural(findings.length, 'finding')}.`,
    figures: [
      { label: `Completed ${period(since)}`, value: f.completedSince.length },
      { label: 'Findings', value: findings.length },
      { label: 'Major nonconformities', value: byKind('major-nonconformity') },
      { label: 'Minor nonconformities', value: byKind('minor-nonconformity') },
      { label: 'Observations', value: byKind('observation') },
      { label: 'Planned or in progress', value: f.underWay },
    ],
    items: f.completedSince.map(a => ({
      text: `${a.title}, completed ${a.completedAt.slice(0, 10)}: ${plural(
        a.findings.length,
        'finding',
      )}${
        a.findings.length
          ? ` (${a.findings.map(x => `${x.kind} ${x.reference}`).join(', ')})`
          : ''
      }`,
      ref: a.id,
    })),
  };
}

function risks(
  f: ReviewInputFigures['risks'],
  since: string | null,
): ReviewInputSection {
  const total = Object.values(f.byLevel).reduce((a, b) => a + b, 0);
  return {
    id: 'risks',
    title: 'Risk picture',
    source: 'The risk registers of every AI system (risks not closed)',
    summary: `${plural(total, 'risk')} in the registers (${
      f.byLevel.critical
    } critical, ${f.byLevel.high} high); ${
      f.identifiedSince
    } identified ${period(since)}.`,
    figures: [
      { label: 'Critical', value: f.byLevel.critical },
      { label: 'High', value: f.byLevel.high },
      { label: 'Medium', value: f.byLevel.medium },
      { label: 'Low', value: f.byLevel.low },
      { label: `Identified ${period(since)}`, value: f.identifiedSince },
    ],
    items: f.openCritical.map(r => ({
      text: `Open critical risk: ${clip(r.text)} (${r.status}) on ${
        r.entityRef
      }`,
      ref: r.id,
    })),
  };
}

/** The sections assembled from the suite's own records, in the minutes' order. */
export function reviewInputSections(
  figures: ReviewInputFigures,
  earlier: EarlierAction[],
  since: string | null,
  today: string,
): ReviewInputSection[] {
  return [
    previousActions(earlier, today),
    incidents(figures.incidents, since),
    nonconformities(figures.nonconformities, since),
    audits(figures.audits, since),
    risks(figures.risks, since),
  ];
}
