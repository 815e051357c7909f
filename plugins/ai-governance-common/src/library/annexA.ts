/*
 * ISO/IEC 42001:2023 Annex A reference controls.
 *
 * Only the identifiers come from the standard. Every title, summary, guidance
 * line and evidence item is an original paraphrase written for this project;
 * no normative ISO text is stored here. EU AI Act (Regulation (EU) 2024/1689)
 * references and NIST AI RMF 1.0 subcategory ids are analyst mappings
 * (partly from the NIST-listed AI RMF to ISO/IEC 42001 crosswalk, partly
 * interpretation) and are not official.
 */

/** A control objective group of ISO/IEC 42001 Annex A (A.2 to A.10), described in own words. @public */
export interface AnnexAObjective {
  /** Group id, `A.2` … `A.10`. */
  id: string;
  /** Short name in own words. */
  title: string;
  /** What the group aims at, paraphrased. */
  summary: string;
}

/** One ISO/IEC 42001 Annex A control with own-words guidance, evidence ideas and crosswalk references. @public */
export interface AnnexAControl {
  /** Control id, `A.2.2` … `A.10.4`. */
  id: string;
  /** Id of the objective group the control belongs to, `A.2` … `A.10`. */
  objectiveId: string;
  /** Short name in own words (at most 60 characters). */
  title: string;
  /** One sentence in own words describing what doing it looks like. */
  guidance: string;
  /** Two to four kinds of evidence that show the control operating. */
  evidence: string[];
  /** EU AI Act article references such as `Art. 9` or `Art. 10(2)`; may be empty. */
  euAiAct: string[];
  /** NIST AI RMF 1.0 subcategory ids such as `GOVERN 1.1`; may be empty. */
  nistAiRmf: string[];
}

/** The nine Annex A objective groups, A.2 to A.10, in standard order. @public */
export const ANNEX_A_OBJECTIVES: readonly AnnexAObjective[] = [
  {
    id: 'A.2',
    title: 'AI policies',
    summary:
      'Top management sets direction for AI and backs it, in step with what the business needs.',
  },
  {
    id: 'A.3',
    title: 'Internal accountability',
    summary:
      'People inside the organisation are answerable for developing and using AI responsibly.',
  },
  {
    id: 'A.4',
    title: 'Resources behind AI systems',
    summary:
      'Every component and asset an AI system relies on is known, so its risks and impacts can be handled.',
  },
  {
    id: 'A.5',
    title: 'Impact assessment',
    summary:
      'The effects an AI system may have on people, groups and society are worked out across its whole life.',
  },
  {
    id: 'A.6',
    title: 'AI system lifecycle',
    summary:
      'Development follows responsible objectives and processes (A.6.1), and each lifecycle stage has defined criteria and requirements (A.6.2).',
  },
  {
    id: 'A.7',
    title: 'Data for AI',
    summary:
      'The part data plays in an AI system, and its effect on outcomes, is understood and managed at every stage.',
  },
  {
    id: 'A.8',
    title: 'Informing stakeholders',
    summary:
      'Stakeholders get the information they need to understand and judge the risks and impacts of an AI system.',
  },
  {
    id: 'A.9',
    title: 'Responsible use of AI',
    summary:
      'AI systems are used responsibly and in line with the organisation’s own rules.',
  },
  {
    id: 'A.10',
    title: 'Suppliers, partners and customers',
    summary:
      'When other parties are involved, who is responsible for what is clear and risk is shared fairly.',
  },
];

/** The 38 Annex A controls in standard order. @public */
export const ANNEX_A_CONTROLS: readonly AnnexAControl[] = [
  // A.2 AI policies
  {
    id: 'A.2.2',
    objectiveId: 'A.2',
    title: 'Documented AI policy',
    guidance:
      'Write, approve and publish a policy that sets the organisation’s rules for building, buying and using AI systems.',
    evidence: [
      'Approved, versioned AI policy with an owner and next review date',
      'Staff acknowledgement or read-receipt records for the policy',
      'Record of where and when the policy was published',
    ],
    euAiAct: ['Art. 17(1)', 'Art. 17(1)(a)'],
    nistAiRmf: ['GOVERN 1.1', 'GOVERN 1.2', 'GOVERN 1.4'],
  },
  {
    id: 'A.2.3',
    objectiveId: 'A.2',
    title: 'Fit with other organisational policies',
    guidance:
      'Check where AI touches the security, privacy, quality, HR, procurement and data policies and update them so they agree.',
    evidence: [
      'Matrix linking the AI policy to each related policy and the AI topics it covers',
      'Change records for related policies revised to address AI',
    ],
    euAiAct: ['Art. 17(3)', 'Art. 17(4)', 'Art. 9(10)'],
    nistAiRmf: ['MEASURE 2.7', 'GOVERN 1.2'],
  },
  {
    id: 'A.2.4',
    objectiveId: 'A.2',
    title: 'Periodic AI policy review',
    guidance:
      'Review the AI policy on a fixed cycle and whenever law, incidents or strategy change, and record what was decided.',
    evidence: [
      'Policy review calendar with named reviewer',
      'Record or minutes of the most recent review',
      'Policy change log noting what triggered each revision',
    ],
    euAiAct: ['Art. 17(1)'],
    nistAiRmf: ['GOVERN 1.1', 'GOVERN 1.5'],
  },

  // A.3 Internal accountability
  {
    id: 'A.3.2',
    objectiveId: 'A.3',
    title: 'Assigned AI roles and duties',
    guidance:
      'Name an owner, risk owner, human overseer and data steward for each AI system and make their duties known to them.',
    evidence: [
      'RACI matrix per AI system',
      'Catalog owner and role annotations on each AI system entity',
      'Role descriptions or appointment records for AI roles',
    ],
    euAiAct: ['Art. 17(1)(m)', 'Art. 26(2)', 'Art. 14'],
    nistAiRmf: ['GOVERN 2.1', 'GOVERN 2.3', 'GOVERN 3.2', 'MEASURE 2.7'],
  },
  {
    id: 'A.3.3',
    objectiveId: 'A.3',
    title: 'Channel for raising AI concerns',
    guidance:
      'Give staff a confidential route, free of retaliation, to raise worries about AI systems, and triage every report.',
    evidence: [
      'Published concern or whistleblowing channel covering AI',
      'Intake log showing triage decisions and outcomes',
      'Non-retaliation commitment in policy or staff handbook',
    ],
    euAiAct: ['Art. 87', 'Art. 26(5)'],
    nistAiRmf: ['GOVERN 4.3', 'GOVERN 5.1', 'MEASURE 3.3'],
  },

  // A.4 Resources behind AI systems
  {
    id: 'A.4.2',
    objectiveId: 'A.4',
    title: 'Resource inventory per AI system',
    guidance:
      'Keep a current record of the data, tools, compute and people that each AI system depends on.',
    evidence: [
      'Per-system resource inventory (components, data, tools, compute, people)',
      'Catalog dependency graph export for the AI system',
    ],
    euAiAct: ['Art. 11', 'Art. 17(1)(l)'],
    nistAiRmf: ['GOVERN 1.6', 'MEASURE 2.1', 'MAP 2.1'],
  },
  {
    id: 'A.4.3',
    objectiveId: 'A.4',
    title: 'Dataset register',
    guidance:
      'Register every dataset an AI system uses with its source, licence, purpose, sensitivity, retention and quality status.',
    evidence: [
      'Dataset register or data catalog extract',
      'Datasheet or data card for each registered dataset',
    ],
    euAiAct: ['Art. 10'],
    nistAiRmf: ['GOVERN 1.6'],
  },
  {
    id: 'A.4.4',
    objectiveId: 'A.4',
    title: 'Tooling and model inventory',
    guidance:
      'List the ML platforms, libraries and pre-trained models in use with their versions, and keep an approved-tools list.',
    evidence: [
      'Approved-tools list for AI development',
      'Software or ML bill of materials with versions',
      'Inventory of third-party and pre-trained models in use',
    ],
    euAiAct: ['Art. 11', 'Art. 17(1)(e)'],
    nistAiRmf: ['GOVERN 1.6'],
  },
  {
    id: 'A.4.5',
    objectiveId: 'A.4',
    title: 'Compute and infrastructure records',
    guidance:
      'Document the environments, cloud accounts and compute each AI system runs on, with capacity and cost plans.',
    evidence: [
      'Environment and compute inventory per AI system',
      'Capacity and cost plan for training and inference',
    ],
    euAiAct: ['Art. 11', 'Art. 13(3)(e)'],
    nistAiRmf: ['GOVERN 1.6'],
  },
  {
    id: 'A.4.6',
    objectiveId: 'A.4',
    title: 'People and skills records',
    guidance:
      'Record which roles and skills are needed to build, run and oversee each AI system, and how gaps are closed.',
    evidence: [
      'Skills matrix for AI roles',
      'Staffing plan for AI teams',
      'Training and AI-literacy completion records',
    ],
    euAiAct: ['Art. 4', 'Art. 26(2)'],
    nistAiRmf: ['GOVERN 1.6', 'GOVERN 2.2', 'GOVERN 3.2'],
  },

  // A.5 Impact assessment
  {
    id: 'A.5.2',
    objectiveId: 'A.5',
    title: 'Impact assessment procedure',
    guidance:
      'Define what triggers an impact assessment, who carries it out, which template and thresholds apply and how often it repeats.',
    evidence: [
      'Approved impact-assessment procedure with triggers and thresholds',
      'Impact-assessment template',
      'Schedule of planned assessments per AI system',
    ],
    euAiAct: ['Art. 27', 'Art. 9(2)(a)', 'Art. 9(9)'],
    nistAiRmf: ['MAP 1.1', 'MAP 5.1', 'MEASURE 2.7'],
  },
  {
    id: 'A.5.3',
    objectiveId: 'A.5',
    title: 'Keeping impact assessment results',
    guidance:
      'Retain each completed and approved impact assessment per system version for the defined retention period.',
    evidence: [
      'Signed-off impact-assessment reports per system version',
      'Retention rule applied to assessment records',
    ],
    euAiAct: ['Art. 27(1)', 'Art. 27(3)'],
    nistAiRmf: ['MAP 1.1', 'GOVERN 3.2'],
  },
  {
    id: 'A.5.4',
    objectiveId: 'A.5',
    title: 'Effects on individuals and groups',
    guidance:
      'Analyse how the system could affect the rights, fair treatment, safety and accessibility of the people and groups it touches.',
    evidence: [
      'Affected-groups analysis covering rights, fairness, safety and accessibility',
      'Records of consultation with affected people or their representatives',
    ],
    euAiAct: ['Art. 27(1)(c)', 'Art. 27(1)(d)', 'Art. 10(2)(f)'],
    nistAiRmf: ['MAP 1.1', 'MAP 1.6', 'MAP 5.1'],
  },
  {
    id: 'A.5.5',
    objectiveId: 'A.5',
    title: 'Effects on society',
    guidance:
      'Weigh the wider societal, environmental and democratic consequences of the system and have the analysis signed off.',
    evidence: [
      'Societal and environmental impact analysis',
      'Sign-off record for the societal analysis',
    ],
    euAiAct: ['Art. 27', 'Art. 9(2)(a)'],
    nistAiRmf: ['MAP 1.1', 'MAP 1.6', 'MEASURE 2.12'],
  },

  // A.6 AI system lifecycle (A.6.1 management guidance)
  {
    id: 'A.6.1.2',
    objectiveId: 'A.6',
    title: 'Responsible development targets',
    guidance:
      'Set measurable responsible-AI targets, such as fairness or robustness thresholds, and tie them to system requirements.',
    evidence: [
      'Documented responsible-AI targets with thresholds',
      'Traceability from targets to system requirements',
    ],
    euAiAct: ['Art. 9', 'Art. 15(1)', 'Art. 17(1)(b)'],
    nistAiRmf: ['GOVERN 1.2', 'MEASURE 2.7'],
  },
  {
    id: 'A.6.1.3',
    objectiveId: 'A.6',
    title: 'Responsible design and build process',
    guidance:
      'Run development through a defined MLOps process with gates for design review, impact check, testing and release approval.',
    evidence: [
      'SDLC or MLOps procedure showing the AI-specific gates',
      'Gate records (design review, impact check, test sign-off, release approval)',
    ],
    euAiAct: ['Art. 17(1)(b)', 'Art. 17(1)(c)'],
    nistAiRmf: ['GOVERN 3.2', 'MAP 3.5', 'MANAGE 2.4'],
  },

  // A.6 AI system lifecycle (A.6.2 lifecycle stages)
  {
    id: 'A.6.2.2',
    objectiveId: 'A.6',
    title: 'Specifying what the system must do',
    guidance:
      'Specify intended use, performance, fairness, security and oversight requirements, and trace them to design and tests.',
    evidence: [
      'Requirements specification for the AI system',
      'Traceability matrix from requirements to tests',
    ],
    euAiAct: ['Art. 9', 'Art. 13(3)(b)', 'Art. 15(3)'],
    nistAiRmf: ['MAP 1.6', 'MAP 3.3'],
  },
  {
    id: 'A.6.2.3',
    objectiveId: 'A.6',
    title: 'Design and build records',
    guidance:
      'Record architecture, design decisions, training configuration and experiments so the system can be understood and rebuilt.',
    evidence: [
      'Architecture description or decision records',
      'Training configuration and experiment-tracking exports',
    ],
    euAiAct: ['Art. 11'],
    nistAiRmf: ['MEASURE 2.7', 'MAP 2.1'],
  },
  {
    id: 'A.6.2.4',
    objectiveId: 'A.6',
    title: 'Testing against acceptance criteria',
    guidance:
      'Test the system against predefined acceptance criteria before release and after significant change, with independent sign-off.',
    evidence: [
      'Test and evaluation plan with acceptance criteria',
      'Evaluation reports covering accuracy, robustness and fairness',
      'Independent reviewer sign-off',
    ],
    euAiAct: [
      'Art. 9(6)',
      'Art. 9(7)',
      'Art. 9(8)',
      'Art. 15',
      'Art. 17(1)(d)',
    ],
    nistAiRmf: ['MEASURE 2.1', 'MEASURE 2.3', 'MEASURE 2.5'],
  },
  {
    id: 'A.6.2.5',
    objectiveId: 'A.6',
    title: 'Controlled release',
    guidance:
      'Release only after documented approval, with a deployment plan and a rollback path that has been tried.',
    evidence: [
      'Completed release checklist or approval record',
      'Deployment and rollback plan',
      'Change ticket for the release',
    ],
    euAiAct: ['Art. 16', 'Art. 43', 'Art. 47', 'Art. 48', 'Art. 49'],
    nistAiRmf: ['MANAGE 1.1'],
  },
  {
    id: 'A.6.2.6',
    objectiveId: 'A.6',
    title: 'Production monitoring',
    guidance:
      'Watch performance, drift and errors in production through alerts, runbooks and periodic reviews.',
    evidence: [
      'Performance and drift dashboards with alert rules',
      'Operational runbooks for the AI system',
      'Records of periodic operational reviews',
    ],
    euAiAct: ['Art. 72', 'Art. 26(5)', 'Art. 15(1)'],
    nistAiRmf: ['MEASURE 2.3', 'MEASURE 2.4', 'MANAGE 4.1', 'MANAGE 4.3'],
  },
  {
    id: 'A.6.2.7',
    objectiveId: 'A.6',
    title: 'Up-to-date technical file',
    guidance:
      'Maintain current technical documentation or a model card, tailored to users, partners and regulators.',
    evidence: [
      'Versioned technical documentation pack',
      'Model card for each released model version',
    ],
    euAiAct: ['Art. 11', 'Art. 18'],
    nistAiRmf: ['MAP 2.2', 'MAP 3.5', 'MEASURE 2.1', 'MANAGE 2.4'],
  },
  {
    id: 'A.6.2.8',
    objectiveId: 'A.6',
    title: 'Logging system events',
    guidance:
      'Decide which events are logged at which lifecycle stages and for how long, and check that logging really happens.',
    evidence: [
      'Logging specification listing events, stages and retention',
      'Sample log extracts',
      'Log retention configuration',
    ],
    euAiAct: ['Art. 12', 'Art. 19', 'Art. 26(6)'],
    nistAiRmf: ['MEASURE 2.4', 'MANAGE 4.1'],
  },

  // A.7 Data for AI
  {
    id: 'A.7.2',
    objectiveId: 'A.7',
    title: 'Managing development data',
    guidance:
      'Run a defined process for the training, validation, test and improvement data each AI system uses.',
    evidence: [
      'Data-management procedure for AI development',
      'Dataset split and version records per model',
    ],
    euAiAct: ['Art. 10(1)', 'Art. 10(2)', 'Art. 17(1)(f)'],
    nistAiRmf: ['MEASURE 2.7', 'MAP 2.3'],
  },
  {
    id: 'A.7.3',
    objectiveId: 'A.7',
    title: 'Lawful data sourcing',
    guidance:
      'Obtain data only with a clear licence or contract, legal basis and supplier checks, and record how it was obtained.',
    evidence: [
      'Licence or data-sharing agreement for each external dataset',
      'Record of legal basis or consent for personal data',
      'Data supplier due-diligence checks',
    ],
    euAiAct: ['Art. 10(2)(b)', 'Art. 53(1)(c)'],
    nistAiRmf: ['MAP 4.1', 'GOVERN 6.1'],
  },
  {
    id: 'A.7.4',
    objectiveId: 'A.7',
    title: 'Measured data quality',
    guidance:
      'Define quality criteria such as completeness, representativeness and label accuracy, and measure each dataset against them.',
    evidence: [
      'Data-quality criteria per dataset',
      'Data-quality and bias check results',
    ],
    euAiAct: ['Art. 10(3)', 'Art. 10(4)', 'Art. 10(2)(f)'],
    nistAiRmf: ['MEASURE 2.3', 'MEASURE 2.11'],
  },
  {
    id: 'A.7.5',
    objectiveId: 'A.7',
    title: 'Data lineage',
    guidance:
      'Track where each dataset came from, how it was transformed and which version fed which model.',
    evidence: [
      'Lineage-tool export or lineage diagram',
      'Dataset version history linked to model versions',
    ],
    euAiAct: ['Art. 10(2)(b)'],
    nistAiRmf: ['MAP 2.3'],
  },
  {
    id: 'A.7.6',
    objectiveId: 'A.7',
    title: 'Reproducible data preparation',
    guidance:
      'Keep cleaning, labelling and augmentation steps documented, reviewed and reproducible.',
    evidence: [
      'Versioned data-preparation pipeline code',
      'Labelling guidelines and annotator agreement results',
    ],
    euAiAct: ['Art. 10(2)(c)'],
    nistAiRmf: ['MAP 2.3'],
  },

  // A.8 Informing stakeholders
  {
    id: 'A.8.2',
    objectiveId: 'A.8',
    title: 'User documentation',
    guidance:
      'Give users instructions plus plain statements of what the system can and cannot do and where it is known to fail.',
    evidence: [
      'Instructions for use or user guide',
      'Published capabilities and limitations statement',
      'Model card or system card',
    ],
    euAiAct: ['Art. 13', 'Art. 50', 'Art. 26(11)'],
    nistAiRmf: ['MAP 2.2', 'MAP 3.5', 'MANAGE 2.4'],
  },
  {
    id: 'A.8.3',
    objectiveId: 'A.8',
    title: 'External reporting channel',
    guidance:
      'Let people outside the organisation report harmful effects of the system, and log and answer every report.',
    evidence: [
      'Public channel for reporting adverse effects',
      'Report log with responses and closure dates',
    ],
    euAiAct: ['Art. 73', 'Art. 27(3)', 'Art. 49', 'Art. 71'],
    nistAiRmf: ['MANAGE 4.1', 'MEASURE 3.3'],
  },
  {
    id: 'A.8.4',
    objectiveId: 'A.8',
    title: 'Incident communication',
    guidance:
      'Plan who is told about AI incidents, by when and how, and keep time-stamped records of the notices sent.',
    evidence: [
      'Incident communication plan',
      'Notification templates for users, customers and authorities',
      'Time-stamped records of notifications sent',
    ],
    euAiAct: ['Art. 73', 'Art. 26(5)', 'Art. 20', 'Art. 55(1)(c)'],
    nistAiRmf: ['MANAGE 4.3', 'MEASURE 2.1'],
  },
  {
    id: 'A.8.5',
    objectiveId: 'A.8',
    title: 'Information owed to stakeholders',
    guidance:
      'Keep a register of which information is owed to whom about each AI system and show that it was provided.',
    evidence: [
      'Register of information obligations per stakeholder',
      'Proof of delivery or publication for each obligation',
    ],
    euAiAct: ['Art. 50', 'Art. 86', 'Art. 26(7)'],
    nistAiRmf: ['MANAGE 4.3', 'GOVERN 5.1'],
  },

  // A.9 Responsible use of AI
  {
    id: 'A.9.2',
    objectiveId: 'A.9',
    title: 'Process for responsible use',
    guidance:
      'Require approval of new AI use cases, publish acceptable-use rules and review how systems are actually used.',
    evidence: [
      'Acceptable-use procedure for AI',
      'Approval records for new AI use cases',
      'Periodic usage review records',
    ],
    euAiAct: ['Art. 26(1)', 'Art. 26(2)', 'Art. 14'],
    nistAiRmf: ['GOVERN 3.2', 'MAP 3.5'],
  },
  {
    id: 'A.9.3',
    objectiveId: 'A.9',
    title: 'Responsible use targets',
    guidance:
      'Set and track objectives or KPIs that show AI systems are being used responsibly.',
    evidence: [
      'Documented responsible-use objectives or KPIs',
      'Monitoring results against those objectives',
    ],
    euAiAct: ['Art. 26'],
    nistAiRmf: ['GOVERN 1.2', 'GOVERN 3.2', 'MEASURE 2.7'],
  },
  {
    id: 'A.9.4',
    objectiveId: 'A.9',
    title: 'Use within the intended purpose',
    guidance:
      'State each system’s intended use, follow the provider’s instructions and watch for use beyond that purpose.',
    evidence: [
      'Intended-use statement per AI system',
      'Monitoring or access controls that flag off-purpose use',
      'Check of adherence to the provider’s instructions',
    ],
    euAiAct: ['Art. 3(12)', 'Art. 13(3)(b)(i)', 'Art. 25(1)(c)', 'Art. 26(1)'],
    nistAiRmf: ['MANAGE 2.4', 'MAP 1.1', 'MAP 3.3'],
  },

  // A.10 Suppliers, partners and customers
  {
    id: 'A.10.2',
    objectiveId: 'A.10',
    title: 'Splitting responsibilities',
    guidance:
      'Agree in writing which party, whether provider, developer, deployer or customer, is responsible for each part of the system’s life.',
    evidence: [
      'Responsibility matrix across provider, developer, deployer and customer',
      'Contract clauses allocating AI responsibilities',
    ],
    euAiAct: ['Art. 25', 'Art. 25(4)'],
    nistAiRmf: ['GOVERN 6.1'],
  },
  {
    id: 'A.10.3',
    objectiveId: 'A.10',
    title: 'AI supplier management',
    guidance:
      'Vet AI vendors, model and data suppliers, write AI requirements into contracts and review suppliers periodically.',
    evidence: [
      'Due-diligence assessments of AI vendors and models',
      'Contracts with AI-specific requirements',
      'Periodic supplier review records',
    ],
    euAiAct: ['Art. 25(4)', 'Art. 53(1)(b)'],
    nistAiRmf: ['GOVERN 6.1', 'GOVERN 6.2', 'MANAGE 3.1', 'MANAGE 3.2'],
  },
  {
    id: 'A.10.4',
    objectiveId: 'A.10',
    title: 'Meeting customer needs',
    guidance:
      'Capture customer requirements, give customers suitable documentation and terms, and handle their feedback and complaints.',
    evidence: [
      'Captured customer requirements for the AI system',
      'Customer-facing documentation and terms of use',
      'Customer feedback and complaint log',
    ],
    euAiAct: ['Art. 13', 'Art. 20', 'Art. 26'],
    nistAiRmf: ['MANAGE 4.1'],
  },
];

/** The ids of the 38 Annex A controls in standard order. @public */
export const ANNEX_A_CONTROL_IDS: readonly string[] = ANNEX_A_CONTROLS.map(
  control => control.id,
);

const controlsById = new Map(
  ANNEX_A_CONTROLS.map(control => [control.id, control]),
);

/** Looks up an Annex A control by id (for example `A.6.2.8`); undefined when unknown. @public */
export function getAnnexAControl(id: string): AnnexAControl | undefined {
  return controlsById.get(id);
}
