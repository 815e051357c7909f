import { fundamentalRightsImpact, type FriaOutcome } from './fria';
import type { Duties, DutyScope } from './obligations';
import type { ClassificationAnswers, OperatorRole } from './questions';

/*
 * The duties a high-risk AI system brings to each operator role (Chapter III
 * Section 3 of the EU AI Act), in plain words written for this project. The
 * fundamental rights impact assessment is decided in fria.ts and the
 * transparency duties are in transparency.ts.
 */

/** What the role duties of a high-risk system depend on. */
export interface HighRiskFacts {
  answers: ClassificationAnswers;
  /** Whether the Annex III ground holds (an Annex III use without a derogation that holds). */
  annexIIIHigh: boolean;
  /** The application date id of the earliest ground that makes the system high-risk. */
  dateId: string;
}

function conformityLine(a: ClassificationAnswers, annexIIIHigh: boolean) {
  if (a.productSafetyComponent) {
    return 'Have its conformity assessed through the procedure of the product’s Annex I legislation, then draw up the EU declaration of conformity and affix the CE marking before placing it on the market (Art. 43(3), Art. 47 and Art. 48)';
  }
  const route =
    annexIIIHigh && a.annexIIIArea === 'biometrics'
      ? 'by internal control (Annex VI) only where harmonised standards were applied in full, otherwise with a notified body (Annex VII)'
      : 'by internal control (Annex VI)';
  return `Have its conformity assessed ${route}, then draw up the EU declaration of conformity and affix the CE marking before placing it on the market (Art. 43, Art. 47 and Art. 48)`;
}

/**
 * The provider's duties (Arts. 9 to 20, 43, 47 to 49, 72 and 73), for the
 * scopes given: a product manufacturer that counts as provider under
 * Art. 25(3) takes on the same lines.
 */
function providerDuties(
  f: HighRiskFacts,
  duties: Duties,
  scopes: readonly DutyScope[],
): void {
  const a = f.answers;
  // Whether Art. 72 and 73 follow the moved dates is for the amending text
  // to settle; they are kept with the other high-risk duties here.
  const add = (line: string) => duties.add(scopes, line, f.dateId);
  add(
    'Run a risk-management process over the whole lifecycle that identifies foreseeable risks and misuse, tests the mitigations and keeps residual risk acceptable (Art. 9)',
  );
  add(
    'Govern training, validation and test data so that it is relevant, representative, as free of errors as possible and examined for bias (Art. 10)',
  );
  add(
    'Draw up technical documentation as set out in Annex IV before placing it on the market and keep it up to date (Art. 11)',
  );
  add(
    'Build in automatic logging of events over its lifetime so that risks and substantial changes can be traced (Art. 12)',
  );
  add(
    'Give deployers instructions for use that state its purpose, accuracy, known risks, oversight measures and how to read its logs (Art. 13)',
  );
  add(
    'Design it so that competent people can oversee it, understand its limits, override its output and stop it (Art. 14)',
  );
  add(
    'Reach and declare suitable accuracy, robustness and cybersecurity, and keep them up over the lifecycle (Art. 15)',
  );
  add(
    'Show the provider’s name or trademark and contact address on the system, its packaging or its documentation, meet the EU accessibility requirements, and on reasoned request show the authorities that it conforms (Art. 16)',
  );
  add(
    'Operate a documented quality management system covering design, testing, data, risk management, monitoring and incident handling (Art. 17)',
  );
  add(
    'Keep the technical documentation, the quality management system documentation, the EU declaration of conformity and any notified-body decisions for ten years after it is placed on the market (Art. 18)',
  );
  add(
    'Keep the logs it generates automatically, as far as they are under the provider’s control, for at least six months (Art. 19)',
  );
  add(
    'If it may not conform, at once bring it into conformity, withdraw, disable or recall it and inform distributors, deployers, the authorised representative and importers; if it presents a risk, investigate with the deployer and inform the market surveillance authorities (Art. 20)',
  );
  add(conformityLine(a, f.annexIIIHigh));
  // Art. 49 registration is for Annex III systems; Annex I products are not
  // registered in the EU database.
  if (f.annexIIIHigh) {
    add(
      a.annexIIIArea === 'critical-infrastructure'
        ? 'Register the system at national level before placing it on the market or putting it into service, as critical-infrastructure systems are kept out of the public EU database (Art. 49(5))'
        : 'Register the provider and the system in the EU database before placing it on the market or putting it into service (Art. 49(1) and Art. 71)',
    );
  }
  add(
    'Run post-market monitoring under a documented plan that collects and analyses performance data over the system’s lifetime (Art. 72)',
  );
  add(
    'Report serious incidents to the market surveillance authority within 15 days at the latest, within 10 days after a death and within 2 days for a widespread infringement or serious disruption of critical infrastructure (Art. 73)',
  );
}

/** The deployer's duties of Art. 26, Art. 27 (decided in fria.ts) and Art. 86. */
function deployerDuties(f: HighRiskFacts, duties: Duties): FriaOutcome {
  const a = f.answers;
  const add = (line: string) => duties.add('deployer', line, f.dateId);
  // Art. 26(8), 26(11) and Art. 86 concern Annex III systems; registration
  // and the right to an explanation leave out point 2.
  const annexIII = f.annexIIIHigh;
  const outsidePoint2 =
    annexIII && a.annexIIIArea !== 'critical-infrastructure';
  add(
    'Use it according to the provider’s instructions for use, assign human oversight to people with the competence, training, authority and support it needs, and keep the input data it controls relevant and representative for the intended purpose (Art. 26(1), (2) and (4))',
  );
  add(
    'Monitor how it operates on the basis of the instructions; if it may present a risk, inform the provider or distributor and the market surveillance authority and suspend its use, and report a serious incident at once to the provider, then to the importer or distributor and the authority (Art. 26(5))',
  );
  add(
    'Keep the logs it generates, as far as they are under the deployer’s control, for at least six months (Art. 26(6))',
  );
  add(
    'Before using it at work, inform the workers’ representatives and the workers it will affect (Art. 26(7))',
  );
  if (outsidePoint2) {
    add(
      'Where the deployer is a public authority or an EU institution, body or agency, register its use in the EU database before using it, and do not use a system the provider has not registered there (Art. 26(8) and Art. 49(3))',
    );
  }
  add(
    'Use the information the provider gives under Art. 13 to carry out a data protection impact assessment where the GDPR requires one (Art. 26(9))',
  );
  if (a.annexIIIUseCase === '1a') {
    add(
      'For post-remote biometric identification in a criminal investigation, get authorisation from a judicial or administrative authority beforehand, or within 48 hours, and stop using it if refused (Art. 26(10))',
    );
  }
  if (annexIII) {
    add(
      'Tell the people it makes decisions about, or helps to make decisions about, that they are subject to a high-risk AI system (Art. 26(11))',
    );
  }
  add(
    'Cooperate with the competent authorities in any action they take about the system (Art. 26(12))',
  );
  const fria = fundamentalRightsImpact(a, f.annexIIIHigh, f.dateId, duties);
  if (outsidePoint2) {
    add(
      'When a decision based mainly on its output has legal or similarly significant effects on a person who considers it harms their health, safety or fundamental rights, give them on request a clear and meaningful explanation of the system’s role and the main elements of the decision (Art. 86)',
    );
  }
  return fria;
}

function importerDuties(f: HighRiskFacts, duties: Duties): void {
  const add = (line: string) => duties.add('importer', line, f.dateId);
  add(
    'Before placing it on the market, check that the provider carried out the conformity assessment, drew up the technical documentation, affixed the CE marking, supplied the EU declaration of conformity and instructions for use and, where needed, appointed an authorised representative (Art. 23(1))',
  );
  add(
    'Do not place it on the market while there is reason to think it does not conform or its documentation is falsified; if it presents a risk, inform the provider, the authorised representative and the market surveillance authorities (Art. 23(2))',
  );
  add(
    'Show the importer’s name or trademark and contact address on the system, its packaging or its documentation, and make sure storage and transport do not put its conformity at risk (Art. 23(3) and (4))',
  );
  add(
    'Keep a copy of any notified-body certificate, the instructions for use and the EU declaration of conformity for ten years, give the authorities the information they ask for and cooperate with them (Art. 23(5) to (7))',
  );
}

function distributorDuties(f: HighRiskFacts, duties: Duties): void {
  const add = (line: string) => duties.add('distributor', line, f.dateId);
  add(
    'Before making it available, check that it bears the CE marking and comes with the EU declaration of conformity and instructions for use, and that the provider and importer met their own labelling and quality duties (Art. 24(1))',
  );
  add(
    'Do not make it available while there is reason to think it does not conform; if it presents a risk, inform the provider or importer; make sure storage and transport do not put its conformity at risk (Art. 24(2) and (3))',
  );
  add(
    'If a system already supplied does not conform, take the corrective action needed, withdraw or recall it or make sure the provider or importer does, and inform them and the authorities when it presents a risk (Art. 24(4))',
  );
  add(
    'On reasoned request, give the authorities the information and documentation that show it conforms, and cooperate with them (Art. 24(5) and (6))',
  );
}

function authorisedRepresentativeDuties(f: HighRiskFacts, duties: Duties) {
  const add = (line: string) =>
    duties.add('authorised-representative', line, f.dateId);
  add(
    'Act under a written mandate from the provider established outside the EU, and give a copy to the market surveillance authorities on request (Art. 22(1) to (3))',
  );
  add(
    'Check that the EU declaration of conformity and the technical documentation have been drawn up and that the provider carried out the conformity assessment (Art. 22(3)(a))',
  );
  add(
    'Keep the provider’s contact details, the EU declaration of conformity, the technical documentation and any notified-body certificate at the authorities’ disposal for ten years, give them the information they ask for and cooperate with them (Art. 22(3)(b) to (d))',
  );
  if (f.annexIIIHigh) {
    add(
      'Register the system in the EU database, or, where the provider registers it, check that the registered information is correct (Art. 22(3)(e) and Art. 49(1))',
    );
  }
  add(
    'End the mandate if the provider acts against its duties under the Act, and inform the market surveillance authority and, where relevant, the notified body (Art. 22(4))',
  );
}

const BECOMES_PROVIDER =
  'Whoever puts their own name or trademark on it, substantially modifies it, or changes its intended purpose so that it becomes high-risk becomes its provider and takes on every provider duty (Art. 25(1))';

/** Lists each covered role's high-risk duties and returns the Art. 27 outcome; a product manufacturer of an Annex I product counts as its provider (Art. 25(3)). */
export function highRiskRoleDuties(
  f: HighRiskFacts,
  duties: Duties,
): FriaOutcome {
  const manufacturerIsProvider = f.answers.productSafetyComponent;
  const providerScopes: OperatorRole[] = manufacturerIsProvider
    ? ['provider', 'product-manufacturer']
    : ['provider'];
  if (manufacturerIsProvider) {
    duties.add(
      'product-manufacturer',
      'When the system is a safety component of a product under Annex I Section A legislation and the product is placed on the market or put into service under the manufacturer’s name, the manufacturer counts as the system’s provider and takes on the provider duties listed with it (Art. 25(3))',
      f.dateId,
    );
  }
  providerDuties(f, duties, providerScopes);
  const fria = deployerDuties(f, duties);
  importerDuties(f, duties);
  distributorDuties(f, duties);
  authorisedRepresentativeDuties(f, duties);
  duties.add(
    manufacturerIsProvider
      ? ['deployer', 'importer', 'distributor']
      : ['deployer', 'importer', 'distributor', 'product-manufacturer'],
    BECOMES_PROVIDER,
    f.dateId,
  );
  return fria;
}
