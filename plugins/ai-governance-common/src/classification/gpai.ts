import type { Duties } from './obligations';
import type { GpaiModel } from './questions';

/*
 * The duties of a provider of a general-purpose AI model (Chapter V, Arts. 51
 * to 55). They bind the model's provider whatever the tier of the system
 * classified, so they are listed apart from the role duties. They apply from
 * the GPAI date; models already on the market before it have until the
 * Art. 111(3) date.
 */

const ALL_MODELS = [
  'Draw up and keep up to date technical documentation of the model, including how it was trained, tested and evaluated, for the AI Office and national authorities on request (Art. 53(1)(a) and Annex XI)',
  'Give providers who build the model into their AI systems the information and documentation they need to understand its capabilities and limits and to meet their own duties (Art. 53(1)(b) and Annex XII)',
  'Put in place a policy to comply with EU copyright law, including honouring machine-readable reservations of rights against text and data mining (Art. 53(1)(c))',
  'Publish a sufficiently detailed summary of the content used to train the model, following the AI Office template (Art. 53(1)(d))',
  'If the provider is established outside the EU, appoint an authorised representative in the EU by written mandate before placing the model on the market (Art. 54)',
];

/** Models released under a free and open-source licence are spared (a), (b) and Art. 54 unless they have systemic risk. */
const OPEN_SOURCE_NOTE =
  'A model released under a free and open-source licence, with its weights and architecture public, is spared the documentation, downstream information and authorised representative duties, but not the copyright policy and training summary (Art. 53(2) and Art. 54(6))';

const SYSTEMIC_RISK = [
  'Notify the Commission without delay, and within two weeks at the latest, once the model meets the high-impact capabilities threshold or it is known that it will (Art. 52(1))',
  'Evaluate the model with state-of-the-art protocols and tools, including documented adversarial testing, to identify and mitigate systemic risks (Art. 55(1)(a))',
  'Assess and mitigate possible systemic risks at EU level, and their sources, that may come from developing, placing on the market or using the model (Art. 55(1)(b))',
  'Track, document and report serious incidents and possible corrective measures to the AI Office, and to national authorities as appropriate, without undue delay (Art. 55(1)(c))',
  'Ensure adequate cybersecurity for the model and its physical infrastructure (Art. 55(1)(d))',
];

const FINES =
  'The Commission can fine a provider of a general-purpose AI model up to 3% of worldwide annual turnover or EUR 15 million, whichever is higher, for breaching these duties (Art. 101)';

/** Lists the general-purpose model's duties, each with its dates; nothing for `none` or no answer. */
export function gpaiDuties(model: GpaiModel | undefined, duties: Duties) {
  if (!model || model === 'none') return;
  const add = (line: string) =>
    duties.addCiting(
      'gpai',
      ['gpai', 'gpai-legacy-models'],
      ([start, legacy]) =>
        `${line} — applies from ${start.appliesFrom}; for models placed on the market before then, from ${legacy.appliesFrom}`,
    );
  ALL_MODELS.forEach(add);
  if (model === 'systemic-risk') SYSTEMIC_RISK.forEach(add);
  else duties.add('gpai', OPEN_SOURCE_NOTE);
  duties.add('gpai', FINES, 'general-application');
}

/** Why the general-purpose model's duties are listed. */
export function gpaiReasons(model: GpaiModel | undefined): string[] {
  if (model === 'general-purpose') {
    return [
      'The organisation provides a general-purpose AI model, which brings the model provider’s duties whatever the tier of this system (Art. 53 and Art. 54).',
    ];
  }
  if (model === 'systemic-risk') {
    return [
      'The organisation provides a general-purpose AI model with systemic risk, which adds notification, evaluation, risk mitigation, incident reporting and cybersecurity duties to those of every model provider, whatever the tier of this system (Art. 51, Art. 52 and Art. 55).',
    ];
  }
  return [];
}
