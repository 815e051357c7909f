import { ANNEX_III_USE_CASES } from './annexIII';
import type { Duties } from './obligations';
import type { ClassificationAnswers } from './questions';

/*
 * Whether the deployer must carry out a fundamental rights impact assessment
 * (Art. 27(1)). It covers deployers of high-risk systems under Art. 6(2),
 * that is Annex III systems, never point 2 (critical infrastructure), when
 * the deployer is a body governed by public law or a private entity
 * providing a public service, and every deployer under points 5(b) and 5(c).
 */

/** The outcome of the Art. 27 question for one classification. */
export interface FriaOutcome {
  /** Whether the assessment is due: a covered deployer, and the answers settle that it applies. */
  applies: boolean;
  /** Why, when the question arose; empty when no covered deployer has an Annex III high-risk system. */
  reasons: string[];
}

const DUTY =
  'Before first use, assess the system’s impact on fundamental rights (the processes it is used in, how long and how often, the people affected, the specific risks of harm to them, the human oversight, and what happens if the risks materialise, including complaints), update the assessment when these change and notify the market surveillance authority of the results (Art. 27)';

/** The area-level line of the first release, kept for answers that give neither the point nor the deployer's status. */
const AREA_LEVEL_DUTY =
  'Before first use, deployers that are public bodies or private entities providing public services, and deployers of credit-scoring or life and health insurance pricing systems (Annex III point 5(b) and (c)), assess its impact on fundamental rights and notify the market surveillance authority of the results (Art. 27)';

const POINT_5BC_DUTY =
  'If it is used for credit scoring or life and health insurance pricing (Annex III point 5(b) or (c)), assess its impact on fundamental rights before first use and notify the market surveillance authority of the results (Art. 27)';

/**
 * Decides Art. 27 and lists its duty for the deployer.
 *
 * An essential-services system without its point is the one case the answers
 * cannot settle for a deployer that is not known to serve the public: points
 * 5(b) and 5(c) bring the assessment, 5(a) and 5(d) do not. It then counts
 * as not due (`applies` false), the reasons say that it depends on the point
 * and the deployer gets the conditional duty, as the first release listed
 * it, so that nothing is silently dropped.
 */
export function fundamentalRightsImpact(
  a: ClassificationAnswers,
  annexIIIHigh: boolean,
  dateId: string,
  duties: Duties,
): FriaOutcome {
  if (!duties.covers('deployer') || !annexIIIHigh) {
    return { applies: false, reasons: [] };
  }
  if (a.annexIIIArea === 'critical-infrastructure') {
    return {
      applies: false,
      reasons: [
        'Critical-infrastructure systems (Annex III point 2) are left out of the fundamental rights impact assessment, whoever deploys them (Art. 27(1)).',
      ],
    };
  }
  const point = ANNEX_III_USE_CASES.find(o => o.value === a.annexIIIUseCase);
  if (point && (point.value === '5b' || point.value === '5c')) {
    duties.add('deployer', DUTY, dateId);
    return {
      applies: true,
      reasons: [
        `Every deployer of a system for ${point.label.toLowerCase()} must assess its impact on fundamental rights before first use, whether or not it serves the public (Art. 27(1) and ${
          point.article
        }).`,
      ],
    };
  }
  if (a.publicService === true) {
    duties.add('deployer', DUTY, dateId);
    return {
      applies: true,
      reasons: [
        'The deployer is a body governed by public law or a private entity providing a public service, so it must assess the system’s impact on fundamental rights before first use (Art. 27(1)).',
      ],
    };
  }
  if (a.annexIIIArea === 'essential-services' && !point) {
    duties.add(
      'deployer',
      a.publicService === false ? POINT_5BC_DUTY : AREA_LEVEL_DUTY,
      dateId,
    );
    return {
      applies: false,
      reasons: [
        `Whether the deployer must assess the impact on fundamental rights depends on the Annex III point, which was not answered: credit scoring (5(b)) and life and health insurance pricing (5(c)) bring it for every deployer${
          a.publicService === false
            ? ''
            : ', the other points only for a deployer that serves the public'
        } (Art. 27(1)).`,
      ],
    };
  }
  return {
    applies: false,
    reasons: [
      a.publicService === false
        ? 'The deployer neither is a body governed by public law nor provides a public service, and the use is not credit scoring or insurance pricing, so no fundamental rights impact assessment is due (Art. 27(1)).'
        : 'It was not answered whether the deployer is a body governed by public law or a private entity providing a public service, which would bring a fundamental rights impact assessment; none is listed (Art. 27(1)).',
    ],
  };
}
