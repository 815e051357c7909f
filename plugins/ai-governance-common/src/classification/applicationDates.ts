/*
 * When the parts of the EU AI Act start to apply. The dates live here as data,
 * with their source and any amendment, because guidance still quotes both the
 * dates as adopted and the dates as moved by the Digital Omnibus on AI; every
 * other module reads them from this table instead of writing them out.
 *
 * Sources: Art. 111 and Art. 113 of Regulation (EU) 2024/1689 as adopted, and
 * the Digital Omnibus changes as reported by several consistent secondary
 * sources. The Omnibus's Official Journal reference comes from secondary
 * sources only, so it is marked "reported", its entries are `adopted` rather
 * than `in-force` and its reference has low confidence until someone checks
 * it on EUR-Lex.
 */

/** How far the text that sets a date has got: `in-force` published and in force, `adopted` passed by Parliament and Council but its publication not verified, `proposed` not yet adopted. @public */
export type ApplicationDateStatus = 'in-force' | 'adopted' | 'proposed';

/** One application date of the EU AI Act, with where it comes from. @public */
export interface ApplicationDate {
  /** Stable kebab-case id, such as `high-risk-annex-iii`. */
  id: string;
  /** The day the provisions apply from, YYYY-MM-DD. */
  appliesFrom: string;
  /** Which provisions apply from that day, in plain words. */
  covers: string;
  /** The legal text that sets the date, such as `Regulation (EU) 2024/1689, Art. 113`. */
  source: string;
  /** The act that moved the date, when it was moved. */
  amendedBy?: string;
  /** The date before the amendment, YYYY-MM-DD; set exactly when `amendedBy` is. */
  originalDate?: string;
  /** How sure the date is: `high` checked against the adopted text, `medium` from consistent secondary sources, `low` from a single weak source. */
  confidence: 'high' | 'medium' | 'low';
  /** How far the text that sets the date has got; `adopted` for every date the Digital Omnibus on AI sets, until its publication is verified. */
  status: ApplicationDateStatus;
  /** How sure the Official Journal reference of the amending act in `source` or `amendedBy` is, when the date rests on one; `low` for the Digital Omnibus on AI. */
  referenceConfidence?: 'high' | 'medium' | 'low';
}

const AI_ACT = 'Regulation (EU) 2024/1689';
const DIGITAL_OMNIBUS =
  'Digital Omnibus on AI (Regulation (EU) 2026/1744, reported)';

const DATES: ApplicationDate[] = [
  {
    id: 'entry-into-force',
    appliesFrom: '2024-08-01',
    covers:
      'The regulation enters into force; its provisions apply from the later dates.',
    source: `${AI_ACT}, Art. 113`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'prohibitions',
    appliesFrom: '2025-02-02',
    covers: 'The bans on prohibited AI practices (Chapter II, Art. 5).',
    source: `${AI_ACT}, Art. 113(a)`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    // The Omnibus reworded Art. 4 but, as reported, left its date alone, so
    // the date stays the adopted one; the wording is the amended one.
    id: 'ai-literacy',
    appliesFrom: '2025-02-02',
    covers:
      'The general provisions (Chapter I), including the AI literacy duty of providers and deployers (Art. 4), which the Digital Omnibus on AI recast as a duty to take measures that support literacy.',
    source: `${AI_ACT}, Art. 113(a)`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'gpai',
    appliesFrom: '2025-08-02',
    covers:
      'The obligations of providers of general-purpose AI models (Chapter V: classification and notification of systemic risk, Arts. 51 and 52, and the duties of Arts. 53 to 55); the Digital Omnibus on AI kept this date.',
    source: `${AI_ACT}, Art. 113(b)`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'governance-and-penalties',
    appliesFrom: '2025-08-02',
    covers:
      'Notifying authorities and notified bodies (Chapter III Section 4), governance (Chapter VII), penalties (Chapter XII, except Art. 101) and confidentiality (Art. 78).',
    source: `${AI_ACT}, Art. 113(b)`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'transparency',
    appliesFrom: '2026-08-02',
    covers:
      'The transparency duties of providers and deployers of certain AI systems (Art. 50); the Digital Omnibus on AI kept this date.',
    source: `${AI_ACT}, Art. 113`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'general-application',
    appliesFrom: '2026-08-02',
    covers:
      'Every provision without an earlier or later date, including fines on providers of general-purpose AI models (Art. 101) and the Commission’s powers to enforce their obligations.',
    source: `${AI_ACT}, Art. 113`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'transparency-marking-legacy',
    appliesFrom: '2026-12-02',
    covers:
      'Machine-readable marking of synthetic content (Art. 50(2)) for generative AI systems placed on the market before 2026-08-02.',
    source: `${AI_ACT}, Art. 113`,
    amendedBy: DIGITAL_OMNIBUS,
    originalDate: '2026-08-02',
    confidence: 'medium',
    status: 'adopted',
    referenceConfidence: 'low',
  },
  {
    // Added by the Omnibus rather than moved, so it has no original date.
    id: 'prohibition-intimate-imagery',
    appliesFrom: '2026-12-02',
    covers:
      'The ban on AI systems that generate non-consensual sexual or intimate imagery or child sexual abuse material (Art. 5 as amended).',
    source: `${DIGITAL_OMNIBUS}, amending Art. 5`,
    confidence: 'medium',
    status: 'adopted',
    referenceConfidence: 'low',
  },
  {
    id: 'gpai-legacy-models',
    appliesFrom: '2027-08-02',
    covers:
      'General-purpose AI models placed on the market before 2025-08-02 must comply (Art. 111(3)).',
    source: `${AI_ACT}, Art. 111(3)`,
    confidence: 'high',
    status: 'in-force',
  },
  {
    id: 'regulatory-sandboxes',
    appliesFrom: '2027-08-02',
    covers:
      'Each Member State has at least one AI regulatory sandbox running (Art. 57).',
    source: `${AI_ACT}, Art. 57(1)`,
    amendedBy: DIGITAL_OMNIBUS,
    originalDate: '2026-08-02',
    confidence: 'medium',
    status: 'adopted',
    referenceConfidence: 'low',
  },
  {
    id: 'high-risk-annex-iii',
    appliesFrom: '2027-12-02',
    covers:
      'The requirements and obligations for high-risk AI systems listed in Annex III (Art. 6(2)), for providers and deployers alike.',
    source: `${AI_ACT}, Art. 113`,
    amendedBy: DIGITAL_OMNIBUS,
    originalDate: '2026-08-02',
    confidence: 'medium',
    status: 'adopted',
    referenceConfidence: 'low',
  },
  {
    id: 'high-risk-annex-i',
    appliesFrom: '2028-08-02',
    covers:
      'The Art. 6(1) classification and matching obligations for AI systems that are, or are safety components of, products under the Annex I legislation.',
    source: `${AI_ACT}, Art. 113(c)`,
    amendedBy: DIGITAL_OMNIBUS,
    originalDate: '2027-08-02',
    confidence: 'medium',
    status: 'adopted',
    referenceConfidence: 'low',
  },
  {
    // Only medium: the cut-off it refers to may follow the moved
    // high-risk dates, which the amending text has to settle.
    id: 'high-risk-legacy-public-authorities',
    appliesFrom: '2030-08-02',
    covers:
      'High-risk AI systems meant for public authorities and already on the market before the general date must comply (Art. 111(2)).',
    source: `${AI_ACT}, Art. 111(2)`,
    confidence: 'medium',
    status: 'in-force',
  },
  {
    id: 'large-scale-it-systems',
    appliesFrom: '2030-12-31',
    covers:
      'AI components of the large-scale EU IT systems listed in Annex X must comply (Art. 111(1)).',
    source: `${AI_ACT}, Art. 111(1)`,
    confidence: 'high',
    status: 'in-force',
  },
];

/** The EU AI Act's application dates, earliest first, including the Digital Omnibus changes. @public */
export const EU_AI_ACT_APPLICATION_DATES: readonly ApplicationDate[] =
  Object.freeze(DATES.map(entry => Object.freeze(entry)));
