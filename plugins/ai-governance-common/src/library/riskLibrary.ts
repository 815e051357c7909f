/*
 * Seed data for AI risk assessments: the ISO/IEC 42001 Annex C (and ISO/IEC
 * 23894 Annex B) risk-source categories, and a library of common AI risk
 * scenarios linked to Annex A controls. All descriptions are original text;
 * suggested scores are starting points for an assessor, not measurements.
 */
import type { AiRiskTier } from '../kinds';
import type { LifecycleStage } from '../records/constants';

/** A category of AI risk source from ISO/IEC 42001 Annex C, described in own words. @public */
export interface RiskSource {
  /** Stable id, `annex-c:<slug>`. */
  id: string;
  /** Short name in own words. */
  title: string;
  /** What the source covers and how it leads to risk. */
  description: string;
}

/** The seven Annex C risk-source categories, in the order the standard lists them. @public */
export const AI_RISK_SOURCES: readonly RiskSource[] = [
  {
    id: 'annex-c:complexity-of-environment',
    title: 'Complex or changing operating environment',
    description:
      'The system works in settings too varied or fluid to be fully captured during design, so real inputs and conditions can fall outside what it was built and tested for.',
  },
  {
    id: 'annex-c:lack-of-transparency',
    title: 'Limited transparency and explainability',
    description:
      'How the system reaches its outputs is hard to inspect or explain, or too little about it is disclosed, which makes errors harder to detect and decisions harder to contest.',
  },
  {
    id: 'annex-c:level-of-automation',
    title: 'Degree of automation',
    description:
      'The more the system acts or decides without a person checking, the further mistakes can spread before anyone notices, and the harder it is to intervene.',
  },
  {
    id: 'annex-c:machine-learning',
    title: 'Machine-learning specific issues',
    description:
      'Behaviour learned from data inherits problems in that data and in how it was collected, labelled and prepared, including bias, gaps, noise and tampering.',
  },
  {
    id: 'annex-c:hardware-issues',
    title: 'Hardware and infrastructure faults',
    description:
      'Failures, limits or differences in processors, sensors, networks or hosting can corrupt inputs, change results or make the system unavailable.',
  },
  {
    id: 'annex-c:lifecycle-issues',
    title: 'Lifecycle weaknesses',
    description:
      'Gaps in how the system is specified, built, tested, released, changed, monitored or retired let problems enter or persist at any stage of its life.',
  },
  {
    id: 'annex-c:technology-readiness',
    title: 'Immature or unproven technology',
    description:
      'New techniques and components may have failure modes, attack surfaces or limits that are not yet well understood or tooled for.',
  },
];

/** A reusable AI risk scenario that seeds a risk-register entry. @public */
export interface RiskScenario {
  /** Kebab-case id, for example `bias-unfair-outcomes`. */
  id: string;
  /** Short name. */
  title: string;
  /** What can go wrong and why it matters. */
  description: string;
  /** Risk category, such as `fairness`, `robustness`, `privacy`, `security`, `transparency`, `accountability`, `safety`, `supplier` or `legal`. */
  category: string;
  /** Ids from {@link AI_RISK_SOURCES}. */
  sourceIds: string[];
  /** Lifecycle stages where the risk arises or is handled: `design`, `data`, `development`, `verification`, `deployment`, `operation`, `retirement`. */
  lifecycleStages: LifecycleStage[];
  /** Which systems the scenario applies to: system types (or `all`) and the lowest EU AI Act tier it is relevant from. */
  appliesTo: {
    systemTypes: string[] | 'all';
    minTier?: 'minimal' | 'limited' | 'high';
  };
  /** Starting likelihood on a 1 (rare) to 5 (almost certain) scale. */
  suggestedLikelihood: 1 | 2 | 3 | 4 | 5;
  /** Starting impact on a 1 (negligible) to 5 (severe) scale. */
  suggestedImpact: 1 | 2 | 3 | 4 | 5;
  /** Annex A control ids that typically treat the risk. */
  suggestedControls: string[];
  /** One-line treatment suggestion. */
  suggestedTreatment: string;
}

/** The seed library of AI risk scenarios. @public */
export const AI_RISK_SCENARIOS: readonly RiskScenario[] = [
  {
    id: 'bias-unfair-outcomes',
    title: 'Biased or unfair outcomes',
    description:
      'The system performs worse for, or systematically disadvantages, people because of protected or proxy characteristics, leading to discrimination and loss of trust.',
    category: 'fairness',
    sourceIds: ['annex-c:machine-learning', 'annex-c:lack-of-transparency'],
    lifecycleStages: [
      'design',
      'data',
      'development',
      'verification',
      'operation',
    ],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.5.4', 'A.6.1.2', 'A.6.2.4', 'A.7.4'],
    suggestedTreatment:
      'Set fairness metrics and thresholds per affected group, test them before each release and monitor them in production.',
  },
  {
    id: 'poor-data-quality',
    title: 'Poor quality or unrepresentative data',
    description:
      'Training, test or input data is incomplete, mislabelled, outdated or does not reflect the population and conditions of use, so results are unreliable for some cases.',
    category: 'robustness',
    sourceIds: [
      'annex-c:machine-learning',
      'annex-c:complexity-of-environment',
    ],
    lifecycleStages: ['data', 'development', 'verification'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 3,
    suggestedControls: ['A.7.2', 'A.7.4', 'A.7.5', 'A.4.3'],
    suggestedTreatment:
      'Define data-quality and representativeness criteria, check every dataset version against them and record gaps with their mitigations.',
  },
  {
    id: 'data-concept-drift',
    title: 'Data or concept drift',
    description:
      'Inputs or the relationship between inputs and outcomes change after deployment, so a model that tested well quietly loses accuracy.',
    category: 'robustness',
    sourceIds: [
      'annex-c:complexity-of-environment',
      'annex-c:machine-learning',
      'annex-c:lifecycle-issues',
    ],
    lifecycleStages: ['operation'],
    appliesTo: {
      systemTypes: [
        'classifier',
        'recommender',
        'forecasting',
        'computer-vision',
      ],
    },
    suggestedLikelihood: 4,
    suggestedImpact: 3,
    suggestedControls: ['A.6.2.6', 'A.6.2.4', 'A.7.4'],
    suggestedTreatment:
      'Monitor input distributions and live performance against baselines, alert on drift and retrain or roll back under change control.',
  },
  {
    id: 'forecast-regime-change',
    title: 'Forecasts fail under unprecedented conditions',
    description:
      'Shocks or regime changes with no precedent in historical data make forecasts confidently wrong just when decisions depend on them most.',
    category: 'robustness',
    sourceIds: [
      'annex-c:complexity-of-environment',
      'annex-c:machine-learning',
    ],
    lifecycleStages: ['design', 'verification', 'operation'],
    appliesTo: { systemTypes: ['forecasting'] },
    suggestedLikelihood: 3,
    suggestedImpact: 3,
    suggestedControls: ['A.6.2.4', 'A.6.2.6', 'A.8.2'],
    suggestedTreatment:
      'Back-test on stressed periods, publish prediction intervals and define when humans override or suspend the forecast.',
  },
  {
    id: 'privacy-training-data-leakage',
    title: 'Privacy leakage or training-data memorisation',
    description:
      'The model reveals personal or confidential data it was trained or grounded on, through verbatim regurgitation, membership inference or retrieval of documents the user may not see.',
    category: 'privacy',
    sourceIds: ['annex-c:machine-learning', 'annex-c:lack-of-transparency'],
    lifecycleStages: ['data', 'development', 'verification', 'operation'],
    appliesTo: {
      systemTypes: ['llm-application', 'agent', 'classifier', 'recommender'],
    },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.7.3', 'A.7.6', 'A.6.2.4', 'A.4.3'],
    suggestedTreatment:
      'Minimise and de-identify personal data before training, enforce access rights on retrieval and red-team for data extraction before release.',
  },
  {
    id: 'sensitive-data-in-prompts',
    title: 'Sensitive data sent to external models',
    description:
      'Users or integrations pass personal, confidential or regulated data to a third-party model service that may store, log or reuse it.',
    category: 'privacy',
    sourceIds: ['annex-c:level-of-automation', 'annex-c:lifecycle-issues'],
    lifecycleStages: ['design', 'deployment', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 4,
    suggestedImpact: 3,
    suggestedControls: ['A.9.2', 'A.10.3', 'A.2.3', 'A.7.3'],
    suggestedTreatment:
      'Use contracted providers with no-retention terms, filter or redact sensitive data before calls and publish acceptable-use rules.',
  },
  {
    id: 'hallucination',
    title: 'Hallucinated or fabricated output',
    description:
      'The model produces fluent but false statements, citations or figures that users may take as fact.',
    category: 'robustness',
    sourceIds: ['annex-c:machine-learning', 'annex-c:technology-readiness'],
    lifecycleStages: ['design', 'verification', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 4,
    suggestedImpact: 3,
    suggestedControls: ['A.6.2.4', 'A.6.2.6', 'A.8.2', 'A.9.4'],
    suggestedTreatment:
      'Ground answers in approved sources with citations, evaluate factuality before release and tell users to verify important output.',
  },
  {
    id: 'prompt-injection',
    title: 'Prompt injection',
    description:
      'Instructions hidden in user input, documents, web pages or tool results override the system’s intended behaviour, leaking data or triggering unwanted actions.',
    category: 'security',
    sourceIds: [
      'annex-c:technology-readiness',
      'annex-c:complexity-of-environment',
      'annex-c:level-of-automation',
    ],
    lifecycleStages: ['design', 'development', 'verification', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 4,
    suggestedImpact: 4,
    suggestedControls: ['A.6.2.2', 'A.6.2.4', 'A.6.2.6', 'A.6.2.8'],
    suggestedTreatment:
      'Treat all retrieved and user content as untrusted, limit tool permissions, test with injection suites and log prompts and tool calls.',
  },
  {
    id: 'jailbreak-misuse',
    title: 'Jailbreak and deliberate misuse',
    description:
      'Users get round safety measures to make the system produce prohibited content or assist harmful activity.',
    category: 'security',
    sourceIds: ['annex-c:technology-readiness', 'annex-c:lack-of-transparency'],
    lifecycleStages: ['verification', 'deployment', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 4,
    suggestedImpact: 3,
    suggestedControls: ['A.6.2.4', 'A.6.2.6', 'A.9.4', 'A.8.3'],
    suggestedTreatment:
      'Red-team before release, layer input and output filters, monitor for abuse patterns and act on reports of misuse.',
  },
  {
    id: 'harmful-toxic-output',
    title: 'Harmful or toxic output',
    description:
      'The system generates hateful, violent, sexual, self-harm or otherwise harmful content, or dangerous instructions, even without malicious prompting.',
    category: 'safety',
    sourceIds: ['annex-c:machine-learning', 'annex-c:technology-readiness'],
    lifecycleStages: ['development', 'verification', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.6.1.2', 'A.6.2.4', 'A.6.2.6', 'A.8.3'],
    suggestedTreatment:
      'Set content-safety thresholds, evaluate against harm benchmarks, filter output in production and give users a way to report it.',
  },
  {
    id: 'excessive-agency',
    title: 'Agent takes unintended actions',
    description:
      'An agent with tool or system access performs actions beyond what was intended, such as deleting data, spending money or contacting people, through error or manipulation.',
    category: 'safety',
    sourceIds: ['annex-c:level-of-automation', 'annex-c:technology-readiness'],
    lifecycleStages: ['design', 'development', 'verification', 'operation'],
    appliesTo: { systemTypes: ['agent'] },
    suggestedLikelihood: 3,
    suggestedImpact: 5,
    suggestedControls: ['A.6.2.2', 'A.3.2', 'A.6.2.8', 'A.9.4'],
    suggestedTreatment:
      'Grant least-privilege tools, require human confirmation for irreversible actions, cap spend and rate, and log every action.',
  },
  {
    id: 'automation-bias',
    title: 'Over-reliance and automation bias',
    description:
      'People accept the system’s outputs without enough scrutiny, so its errors pass into decisions that a careful human would have caught.',
    category: 'safety',
    sourceIds: ['annex-c:level-of-automation', 'annex-c:lack-of-transparency'],
    lifecycleStages: ['design', 'deployment', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 3,
    suggestedControls: ['A.8.2', 'A.4.6', 'A.9.2', 'A.6.2.2'],
    suggestedTreatment:
      'Show confidence and limitations in the interface, train users on failure modes and sample decisions for independent review.',
  },
  {
    id: 'inadequate-human-oversight',
    title: 'Inadequate human oversight',
    description:
      'No one with the competence, authority and means to understand, override or stop the system is assigned, or the interface gives them no real way to intervene.',
    category: 'accountability',
    sourceIds: ['annex-c:level-of-automation', 'annex-c:lifecycle-issues'],
    lifecycleStages: ['design', 'deployment', 'operation'],
    appliesTo: { systemTypes: 'all', minTier: 'high' },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.3.2', 'A.4.6', 'A.6.2.2', 'A.9.2'],
    suggestedTreatment:
      'Name trained overseers with authority to override or stop the system and build review, override and stop functions into it.',
  },
  {
    id: 'use-outside-intended-purpose',
    title: 'Use outside the intended purpose',
    description:
      'The system is applied to people, decisions or contexts it was not designed or validated for, possibly moving it into a higher regulatory tier.',
    category: 'accountability',
    sourceIds: [
      'annex-c:complexity-of-environment',
      'annex-c:lifecycle-issues',
    ],
    lifecycleStages: ['design', 'deployment', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.9.4', 'A.9.2', 'A.8.2', 'A.10.4'],
    suggestedTreatment:
      'Publish an intended-use statement, require approval for new use cases and monitor usage for off-purpose patterns.',
  },
  {
    id: 'lack-of-explainability',
    title: 'Affected people cannot get an explanation',
    description:
      'People subject to a decision the system supports cannot find out the main reasons for it, so they cannot understand, challenge or correct it.',
    category: 'transparency',
    sourceIds: ['annex-c:lack-of-transparency'],
    lifecycleStages: ['design', 'development', 'operation'],
    appliesTo: { systemTypes: 'all', minTier: 'high' },
    suggestedLikelihood: 3,
    suggestedImpact: 4,
    suggestedControls: ['A.8.2', 'A.8.5', 'A.5.4', 'A.6.2.7'],
    suggestedTreatment:
      'Provide decision-level explanations in plain language and a route for affected people to request review.',
  },
  {
    id: 'undisclosed-ai-interaction',
    title: 'AI interaction or synthetic content not disclosed',
    description:
      'People are not told they are dealing with an AI system, or generated text, images or audio are not marked as synthetic.',
    category: 'transparency',
    sourceIds: ['annex-c:lack-of-transparency'],
    lifecycleStages: ['design', 'deployment'],
    appliesTo: {
      systemTypes: ['llm-application', 'agent'],
      minTier: 'limited',
    },
    suggestedLikelihood: 2,
    suggestedImpact: 3,
    suggestedControls: ['A.8.2', 'A.8.5'],
    suggestedTreatment:
      'Disclose AI interaction at first contact and mark generated content in a machine-readable way.',
  },
  {
    id: 'recommender-feedback-loop',
    title: 'Self-reinforcing recommendation loops',
    description:
      'Recommendations shape the behaviour that later trains the model, narrowing what people see, amplifying popular or extreme items and starving new ones.',
    category: 'fairness',
    sourceIds: ['annex-c:machine-learning', 'annex-c:level-of-automation'],
    lifecycleStages: ['design', 'data', 'operation'],
    appliesTo: { systemTypes: ['recommender'] },
    suggestedLikelihood: 4,
    suggestedImpact: 3,
    suggestedControls: ['A.6.1.2', 'A.5.5', 'A.6.2.6', 'A.7.2'],
    suggestedTreatment:
      'Track diversity and exposure metrics, add exploration and keep logged exposure out of naive retraining.',
  },
  {
    id: 'adversarial-examples',
    title: 'Adversarial inputs',
    description:
      'Small, deliberately crafted changes to images or features, such as stickers or pixel noise, make the model misclassify with high confidence.',
    category: 'security',
    sourceIds: ['annex-c:machine-learning', 'annex-c:technology-readiness'],
    lifecycleStages: ['development', 'verification', 'operation'],
    appliesTo: { systemTypes: ['computer-vision', 'classifier'] },
    suggestedLikelihood: 2,
    suggestedImpact: 4,
    suggestedControls: ['A.6.2.2', 'A.6.2.4', 'A.6.2.6'],
    suggestedTreatment:
      'Test robustness against known attack methods, consider adversarial training and keep a human check on high-stakes outputs.',
  },
  {
    id: 'data-poisoning',
    title: 'Data poisoning',
    description:
      'An attacker or careless source injects manipulated records into training, fine-tuning or retrieval data to plant backdoors or skew behaviour.',
    category: 'security',
    sourceIds: ['annex-c:machine-learning', 'annex-c:lifecycle-issues'],
    lifecycleStages: ['data', 'development', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 2,
    suggestedImpact: 4,
    suggestedControls: ['A.7.3', 'A.7.5', 'A.7.6', 'A.10.3'],
    suggestedTreatment:
      'Accept data only from vetted sources, keep lineage and integrity checks on datasets and screen for anomalous records.',
  },
  {
    id: 'model-theft-extraction',
    title: 'Model theft or extraction',
    description:
      'Model weights are stolen from storage, or an attacker reconstructs a working copy of the model by querying it at scale.',
    category: 'security',
    sourceIds: ['annex-c:hardware-issues', 'annex-c:technology-readiness'],
    lifecycleStages: ['development', 'deployment', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 2,
    suggestedImpact: 3,
    suggestedControls: ['A.4.5', 'A.4.4', 'A.6.2.6', 'A.6.2.8'],
    suggestedTreatment:
      'Restrict and audit access to model artefacts, rate-limit and monitor the inference API for extraction patterns.',
  },
  {
    id: 'compromised-ml-supply-chain',
    title: 'Compromised model or library supply chain',
    description:
      'A third-party model file, dataset or ML library carries malicious code, a backdoor or a known vulnerability into the system.',
    category: 'supplier',
    sourceIds: ['annex-c:technology-readiness', 'annex-c:lifecycle-issues'],
    lifecycleStages: ['development', 'deployment'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 2,
    suggestedImpact: 4,
    suggestedControls: ['A.4.4', 'A.10.3', 'A.6.2.4'],
    suggestedTreatment:
      'Pull models and packages only from approved sources, verify checksums or signatures, scan artefacts and keep an ML bill of materials.',
  },
  {
    id: 'supplier-model-change',
    title: 'Supplier model change or deprecation',
    description:
      'A vendor silently updates, degrades or retires a model or API the system depends on, changing behaviour or breaking the service.',
    category: 'supplier',
    sourceIds: ['annex-c:lifecycle-issues', 'annex-c:technology-readiness'],
    lifecycleStages: ['deployment', 'operation', 'retirement'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 3,
    suggestedControls: ['A.10.3', 'A.10.2', 'A.4.4', 'A.6.2.6'],
    suggestedTreatment:
      'Pin model versions, require change notice in contracts, re-run evaluations on every supplier change and keep a fallback.',
  },
  {
    id: 'intellectual-property-infringement',
    title: 'Intellectual property infringement',
    description:
      'Training data or generated output reproduces copyrighted or licensed material without permission, exposing the organisation to claims.',
    category: 'legal',
    sourceIds: ['annex-c:machine-learning', 'annex-c:lack-of-transparency'],
    lifecycleStages: ['data', 'operation'],
    appliesTo: { systemTypes: ['llm-application', 'agent'] },
    suggestedLikelihood: 2,
    suggestedImpact: 3,
    suggestedControls: ['A.7.3', 'A.10.3', 'A.9.2'],
    suggestedTreatment:
      'Record licences for training data, prefer suppliers with IP indemnity and check output for close copies where it matters.',
  },
  {
    id: 'inadequate-logging-traceability',
    title: 'Inadequate logging and traceability',
    description:
      'Inputs, outputs, model versions and decisions are not recorded well enough to investigate incidents, answer complaints or prove compliance.',
    category: 'accountability',
    sourceIds: ['annex-c:lifecycle-issues', 'annex-c:lack-of-transparency'],
    lifecycleStages: ['design', 'development', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 3,
    suggestedImpact: 3,
    suggestedControls: ['A.6.2.8', 'A.6.2.3', 'A.7.5', 'A.6.2.7'],
    suggestedTreatment:
      'Specify which events, versions and decisions are logged and for how long, and test that logs can reconstruct a decision.',
  },
  {
    id: 'hardware-infrastructure-failure',
    title: 'Infrastructure failure or outage',
    description:
      'Hardware faults, capacity limits or hosting outages make the system unavailable or silently change its results, with no safe fallback.',
    category: 'robustness',
    sourceIds: ['annex-c:hardware-issues', 'annex-c:lifecycle-issues'],
    lifecycleStages: ['deployment', 'operation'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 2,
    suggestedImpact: 3,
    suggestedControls: ['A.4.5', 'A.6.2.5', 'A.6.2.6'],
    suggestedTreatment:
      'Plan capacity, define a safe degraded mode or manual fallback and rehearse recovery.',
  },
  {
    id: 'unmanaged-retirement',
    title: 'Unmanaged retirement of an AI system',
    description:
      'A system is switched off or replaced without telling users, handing over its duties, or deciding what happens to its models, data and logs.',
    category: 'accountability',
    sourceIds: ['annex-c:lifecycle-issues'],
    lifecycleStages: ['retirement'],
    appliesTo: { systemTypes: 'all' },
    suggestedLikelihood: 2,
    suggestedImpact: 2,
    suggestedControls: ['A.6.1.3', 'A.4.2', 'A.8.5', 'A.6.2.7'],
    suggestedTreatment:
      'Use a decommissioning checklist covering user notice, fallback, data and model disposal, and log retention.',
  },
];

const TIER_RANK: Record<AiRiskTier, number> = {
  minimal: 0,
  limited: 1,
  high: 2,
  prohibited: 3,
};

/**
 * Scenarios that apply to a system type (or to all types) and, when a tier is
 * given, whose minimum tier is at or below it (minimal \< limited \< high \< prohibited).
 * @public
 */
export function riskScenariosFor(
  systemType: string,
  tier?: AiRiskTier,
): RiskScenario[] {
  return AI_RISK_SCENARIOS.filter(scenario => {
    const { systemTypes, minTier } = scenario.appliesTo;
    if (systemTypes !== 'all' && !systemTypes.includes(systemType)) {
      return false;
    }
    if (tier === undefined || minTier === undefined) {
      return true;
    }
    return TIER_RANK[minTier] <= TIER_RANK[tier];
  });
}
