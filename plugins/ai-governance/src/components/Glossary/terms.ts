import {
  ANNEX_A_CONTROLS,
  DEFAULT_RISK_MATRIX,
  DEFAULT_SCORECARD_RULES,
  RISK_LEVELS,
} from '@aigov/plugin-ai-governance-common';
import { formatPercent } from '../shared';

/** One glossary entry: a term and what it means here, in our own words. */
export interface GlossaryTerm {
  term: string;
  meaning: string;
}

/** "low 1–4, medium 5–9, high 10–16, critical 17–25", from the default matrix. */
function levelBands(): string {
  return RISK_LEVELS.map((level, i) => {
    const from = DEFAULT_RISK_MATRIX[level].min;
    const next = RISK_LEVELS[i + 1];
    const to = next ? DEFAULT_RISK_MATRIX[next].min - 1 : 25;
    return `${level} ${from}–${to}`;
  }).join(', ');
}

const rules = DEFAULT_SCORECARD_RULES;

/** The terms the register, the controls and the scorecard use, in our own words. */
// The numbers come from the shared defaults, so the glossary says what the
// code does; an installation may configure other thresholds in app-config.
export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  {
    term: 'Risk score and risk level',
    meaning: `A risk's score is its likelihood times its impact, each rated 1 (rare, negligible) to 5 (almost certain, severe), so 1 to 25. The score falls into a level: ${levelBands()}.`,
  },
  {
    term: 'Inherent risk',
    meaning:
      'How likely and how bad the risk is before its controls do their work: the risk as it stands if nothing were done about it.',
  },
  {
    term: 'Residual risk',
    meaning:
      'How likely and how bad the risk still is once its controls work. It is normally lower than the inherent risk; a residual score above the inherent one is usually a slip.',
  },
  {
    term: 'Risk appetite',
    meaning: `The level of risk the organisation is prepared to carry. Here it is a risk level (${rules.riskAppetite} by default): every open risk at or above it needs a treatment under way or an approved acceptance before the AI system can reach silver.`,
  },
  {
    term: 'Treatment and acceptance',
    meaning:
      'A treatment is what is done about a risk: mitigate it with controls, transfer it (for example to a supplier or insurer), avoid it by not doing the risky thing, or accept it. Accepting needs a second person, not the one who recorded the risk, and an end date after which the risk is reviewed again.',
  },
  {
    term: 'Annex A controls',
    meaning: `The ${ANNEX_A_CONTROLS.length} reference controls of ISO/IEC 42001, grouped by objective, from AI policy to data, transparency and third parties. Each one lists where it meets the EU AI Act and the NIST AI RMF.`,
  },
  {
    term: 'Statement of Applicability (SoA)',
    meaning:
      'The list of every Annex A control for one AI system: whether it applies (and why not, when it does not), how far it is implemented, who owns it, and the evidence that shows it working.',
  },
  {
    term: 'Scorecard levels',
    meaning: `Bronze: the AI system has an owner, an EU AI Act tier, a stated purpose and an approved risk assessment. Silver: bronze, no risk at or above the appetite left untreated, an approved impact assessment for a high-risk system, at least ${formatPercent(
      rules.silverMinCompliance,
    )} of the applicable controls implemented and no revalidation overdue. Gold: silver, ${formatPercent(
      rules.goldMinCompliance,
    )} of the applicable controls implemented, current evidence for each of them and nothing overdue or expired. Without bronze the system has no level.`,
  },
  {
    term: 'EU AI Act tiers',
    meaning:
      'Prohibited: uses the Act bans outright. High: uses listed by the Act (such as credit scoring, recruitment or insurance pricing) or safety parts of regulated products; they carry the most duties. Limited: systems that must tell people they deal with an AI or that content is generated. Minimal: everything else, with no specific duties.',
  },
  {
    term: 'Evidence',
    meaning:
      'A link or an uploaded file that shows a control operating, such as a report, a log or an approval. Evidence can have an expiry date; expired evidence no longer counts.',
  },
  {
    term: 'History chain',
    meaning:
      'Every change to a governance record is kept in an append-only history in which each entry includes a hash of the one before. Verifying the chain shows whether any entry was altered, removed or reordered.',
  },
];
