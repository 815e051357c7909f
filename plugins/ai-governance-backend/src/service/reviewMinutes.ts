import type { ManagementReview } from '@aigov/plugin-ai-governance-common';

/*
 * The minutes of a management review, as one outline that the Markdown
 * and the PDF both render: the meeting, each input section as frozen when
 * the review was created, the decisions and the actions with their task's
 * status. Written from the record alone, so they read the same every time.
 */

/** A part of the minutes: a heading, lines of text and a list. */
export interface MinutesPart {
  heading: string;
  /** Where the part's content came from, set on input sections. */
  note?: string;
  lines: string[];
  bullets: string[];
}

/** The minutes as an outline. */
export interface MinutesOutline {
  title: string;
  facts: Array<[label: string, value: string]>;
  parts: MinutesPart[];
}

const STATUS_LABEL = {
  planned: 'planned',
  held: 'held (minutes in draft)',
  closed: 'closed (minutes final)',
};

/** The outline of a review's minutes. */
export function minutesOutline(review: ManagementReview): MinutesOutline {
  const { inputs } = review;
  const facts: Array<[string, string]> = [
    ['Status', STATUS_LABEL[review.status]],
    ['Planned for', review.plannedAt],
    ['Held on', review.heldAt ?? 'not held yet'],
    ['Chair', review.chair],
    [
      'Attendees',
      review.attendees.length ? review.attendees.join(', ') : 'none recorded',
    ],
    [
      'Inputs assembled at',
      `${inputs.assembledAt}${
        inputs.since ? `, counting changes since ${inputs.since}` : ''
      }`,
    ],
  ];
  const parts: MinutesPart[] = inputs.sections.map(section => ({
    heading: `Input: ${section.title}`,
    note: `Source: ${section.source}`,
    lines: [
      section.summary,
      section.figures.map(f => `${f.label}: ${f.value}`).join(' · '),
    ],
    bullets: section.items.map(i => i.text),
  }));
  parts.push({
    heading: 'Decisions',
    lines: review.decisions.length ? [] : ['No decision recorded yet.'],
    bullets: review.decisions.map((d, i) => `${i + 1}. ${d}`),
  });
  parts.push({
    heading: 'Actions',
    lines: review.actions.length ? [] : ['No action recorded yet.'],
    bullets: review.actions.map(
      a =>
        `${a.description} — owner ${a.owner}, due ${a.dueAt}, status ${
          a.status
        }${a.completedAt ? ` (${a.completedAt.slice(0, 10)})` : ''}`,
    ),
  });
  return {
    title: `Management review minutes: ${review.title}`,
    facts,
    parts,
  };
}

/** The minutes as Markdown. */
export function minutesMarkdown(review: ManagementReview): string {
  const outline = minutesOutline(review);
  const out = [`# ${outline.title}`, ''];
  for (const [label, value] of outline.facts)
    out.push(`- **${label}:** ${value}`);
  for (const part of outline.parts) {
    out.push('', `## ${part.heading}`, '');
    if (part.note) out.push(`_${part.note}_`, '');
    for (const line of part.lines.filter(Boolean)) out.push(line, '');
    for (const bullet of part.bullets) out.push(`- ${bullet}`);
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
