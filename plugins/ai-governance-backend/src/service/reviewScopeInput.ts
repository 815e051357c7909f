import type {
  AimsScopeRecord,
  ReviewInputSection,
} from '@aigov/plugin-ai-governance-common';

/*
 * The inputs of a management review from the AIMS scope record (4.1, 4.2):
 * the internal and external issues added or changed since the previous
 * review, and the feedback interested parties gave since.
 */

const SOURCE_ISSUES =
  "The AIMS scope record: the organisation's internal and external issues (4.1)";
const SOURCE_FEEDBACK =
  'The AIMS scope record: the interested parties and the feedback they gave (4.2)';

/** The issues and feedback sections from the scope record as it stands. */
export function scopeSections(
  scope: AimsScopeRecord & { defined: boolean },
  since: string | null,
): ReviewInputSection[] {
  const period = since ? `since ${since.slice(0, 10)}` : 'so far';
  const changed = scope.issues.filter(i => !since || i.updatedAt >= since);
  const sinceDay = since?.slice(0, 10);
  const feedback = scope.interestedParties.flatMap(p =>
    p.feedback
      .filter(f => !sinceDay || f.date >= sinceDay)
      .map(f => ({ party: p, item: f })),
  );
  const undefinedNote = 'The AIMS scope record is not defined yet.';
  return [
    {
      id: 'issues',
      title: 'Changes in external and internal issues',
      source: SOURCE_ISSUES,
      summary: scope.defined
        ? `${changed.length} of ${scope.issues.length} issues added or changed ${period}.`
        : undefinedNote,
      figures: [
        { label: 'Issues', value: scope.issues.length },
        { label: `Added or changed ${period}`, value: changed.length },
        {
          label: 'External',
          value: scope.issues.filter(i => i.kind === 'external').length,
        },
        {
          label: 'Internal',
          value: scope.issues.filter(i => i.kind === 'internal').length,
        },
      ],
      items: changed.map(i => ({
        text: `${i.kind === 'external' ? 'External' : 'Internal'}: ${
          i.description
        } — ${i.effect} (changed ${i.updatedAt.slice(0, 10)})`,
        ref: i.id,
      })),
    },
    {
      id: 'feedback',
      title: 'Feedback from interested parties',
      source: SOURCE_FEEDBACK,
      summary: scope.defined
        ? `${feedback.length} feedback item${
            feedback.length === 1 ? '' : 's'
          } from ${
            scope.interestedParties.length
          } interested parties ${period}.`
        : undefinedNote,
      figures: [
        { label: 'Interested parties', value: scope.interestedParties.length },
        { label: `Feedback ${period}`, value: feedback.length },
      ],
      items: feedback.map(({ party, item }) => ({
        text: `${party.name} (${item.date}): ${item.text}`,
        ref: party.id,
      })),
    },
  ];
}

/** A contributor of the scope sections, reading the record through `record` (AimsScopeService.record). */
export function scopeReviewInput(
  record: () => Promise<AimsScopeRecord & { defined: boolean }>,
) {
  return async ({ since }: { since: string | null }) =>
    scopeSections(await record(), since);
}
