import {
  incidentReportingRule,
  type Incident,
  type IncidentEntry,
} from '@aigov/plugin-ai-governance-common';

/*
 * The draft of a serious-incident report, in Markdown: the facts the
 * authority asks for (who reports, which system, what happened and when,
 * whom it harmed, what was done and what is still being found out), in
 * our own words, for a person to check and complete before sending.
 */

const orNone = (value: string | null | undefined) =>
  value && value.trim() ? value.trim() : '_Not recorded yet._';

/** The Markdown draft of an incident's report to the market surveillance authority. */
export function incidentReportMarkdown(
  incident: Incident,
  entries: IncidentEntry[],
  system: { title: string | null; ownerRef: string | null },
): string {
  const rule = incident.seriousCategory
    ? incidentReportingRule(incident.seriousCategory)
    : undefined;
  const people = incident.affectedPeople;
  const timeline = entries.map(e => {
    let what = 'comment';
    if (e.kind === 'status-change') {
      what = `status ${e.fromStatus} → ${e.toStatus}`;
    } else if (e.kind === 'attachment') {
      what = `evidence ${e.evidenceId}`;
    }
    return `- ${e.createdAt} (${e.createdBy}): ${what}${
      e.text ? ` — ${e.text}` : ''
    }`;
  });
  return [
    `# Serious incident report (draft): ${incident.title}`,
    '',
    incident.art73Applies
      ? '> The system is high-risk: this incident is to be reported to the market surveillance authority of the Member State where it happened.'
      : '> The system is not classified high-risk: the reporting duty does not apply and the deadline below is informative.',
    '',
    '## Report',
    '',
    `- Kind of report: ${
      incident.report.state === 'not-reported' ? 'initial' : 'follow-up'
    } (state: ${incident.report.state})`,
    `- Authority: ${orNone(incident.report.authority)}`,
    `- Initial report sent: ${orNone(incident.report.initialSentAt)}`,
    `- Final report sent: ${orNone(incident.report.finalSentAt)}`,
    `- Due at: ${incident.reportDueAt ?? 'not serious, no deadline'}${
      rule ? ` (${rule.days} days after awareness, ${rule.source})` : ''
    }`,
    `- Overdue: ${incident.reportOverdue ? 'yes' : 'no'}`,
    '',
    '## AI system',
    '',
    `- System: ${system.title ?? incident.entityRef} (${incident.entityRef})`,
    `- Owner: ${orNone(system.ownerRef)}`,
    '',
    '## What happened',
    '',
    `- Serious category: ${incident.seriousCategory ?? 'none'}`,
    `- Severity: ${incident.severity}`,
    `- Detected at: ${incident.detectedAt}`,
    `- Organisation aware at: ${incident.awareAt}`,
    `- Reported internally by: ${incident.reporter}`,
    `- Harm: ${incident.harmCategories.join(', ') || 'not recorded yet'}`,
    `- People affected: ${people.count ?? 'unknown'}${
      people.groups.length ? ` (${people.groups.join(', ')})` : ''
    }`,
    '',
    orNone(incident.description),
    '',
    '## Containment and correction',
    '',
    orNone(incident.containment),
    '',
    '## Cause (investigation)',
    '',
    orNone(incident.rootCause),
    '',
    `- Status of the investigation: ${incident.status}`,
    `- Linked risks: ${incident.riskIds.join(', ') || 'none'}`,
    `- Annex A controls concerned: ${incident.controlIds.join(', ') || 'none'}`,
    '',
    '## Timeline',
    '',
    ...(timeline.length ? timeline : ['_No entries yet._']),
    '',
  ].join('\n');
}
