import {
  AIMS_MEASURE_INFO,
  OBJECTIVE_STATUSES,
  type AimsObjective,
  type ReviewInputSection,
} from '@aigov/plugin-ai-governance-common';

/*
 * The objectives input of a management review: each objective of the
 * management system with its KPI's value when the review was created, its
 * target and status, and the trend of its daily snapshots since the
 * previous review (the last 90 days for the first one).
 */

const shown = (value: number | null, unit: string) =>
  value === null ? 'no value yet' : `${value}${unit}`;

function trendOf(o: AimsObjective): string {
  if (o.trend.length < 2) return 'no trend yet';
  const first = o.trend[0];
  const last = o.trend[o.trend.length - 1];
  let direction = 'unchanged';
  if (last.value > first.value) direction = 'up';
  else if (last.value < first.value) direction = 'down';
  return `${direction} from ${first.value} on ${first.day} to ${last.value} on ${last.day} (${o.trend.length} snapshots)`;
}

/** The objectives section, from the objectives as the objectives service answers them. */
export function objectivesSection(
  objectives: AimsObjective[],
): ReviewInputSection {
  const unitOf = (o: AimsObjective) =>
    AIMS_MEASURE_INFO[o.measure]?.unit === '%' ? '%' : '';
  const count = (status: string) =>
    objectives.filter(o => o.status === status).length;
  return {
    id: 'objectives',
    title: 'Objectives and KPI trends',
    source:
      'The objectives of the management system: each KPI computed from the records, and its daily snapshots',
    summary:
      objectives.length === 0
        ? 'No objective of the management system is set yet.'
        : `${objectives.length} objective${
            objectives.length === 1 ? '' : 's'
          }: ${OBJECTIVE_STATUSES.map(s => `${count(s)} ${s}`).join(', ')}.`,
    figures: [
      { label: 'Objectives', value: objectives.length },
      ...OBJECTIVE_STATUSES.map(s => ({ label: s, value: count(s) })),
    ],
    items: objectives.map(o => ({
      text: `${o.title}: ${shown(o.current.value, unitOf(o))} (${
        o.current.detail
      }), target ${o.target.direction} ${o.target.value}${unitOf(o)} by ${
        o.dueDate
      }; ${o.status} — ${o.statusReason}; trend ${trendOf(o)}`,
      ref: o.id,
    })),
  };
}

/** A contributor of the objectives section, reading through `list` (ObjectiveService.listWithTrends). */
export function objectivesReviewInput(
  list: (since?: string) => Promise<AimsObjective[]>,
) {
  return async ({ since }: { since: string | null }) => [
    objectivesSection(await list(since?.slice(0, 10))),
  ];
}
