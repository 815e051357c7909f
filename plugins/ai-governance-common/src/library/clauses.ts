/*
 * ISO/IEC 42001:2023 clauses 4 to 10 (the AI management system requirements),
 * for gap assessments. Only the clause numbers come from the standard; titles,
 * summaries and record descriptions are original paraphrases and store no
 * normative ISO text.
 */

/** A clause or sub-clause of ISO/IEC 42001 clauses 4 to 10, described in own words. @public */
export interface AimsClause {
  /** Clause number, `4`, `4.1`, … `10.2`. */
  id: string;
  /** Id of the enclosing clause; absent on the top-level clauses 4 to 10. */
  parentId?: string;
  /** Short name in own words. */
  title: string;
  /** What the clause asks for, paraphrased. */
  summary: string;
  /**
   * Documented information or records an assessor would expect, in own words.
   * Empty on clauses whose sub-clauses carry the records.
   */
  records: string[];
}

/** ISO/IEC 42001 clauses 4 to 10 and their sub-clauses, parents before children, in standard order. @public */
export const AIMS_CLAUSES: readonly AimsClause[] = [
  // 4 Context
  {
    id: '4',
    title: 'Organisational context',
    summary:
      'Understand the organisation, its stakeholders and the AI systems it deals with before fixing what the AIMS covers.',
    records: [],
  },
  {
    id: '4.1',
    parentId: '4',
    title: 'Internal and external issues',
    summary:
      'Work out the internal and external factors that affect the AIMS, what the AI systems are for, and which role the organisation plays for each (provider, developer, deployer, user and so on).',
    records: [
      'Context analysis with an AI focus (for example PESTLE or SWOT)',
      'Register of applicable laws, including prohibited uses',
      'Documented role of the organisation for each AI system',
    ],
  },
  {
    id: '4.2',
    parentId: '4',
    title: 'Stakeholders and their expectations',
    summary:
      'Identify the stakeholders that matter to the AIMS, what they require, and which of those requirements the AIMS will take on.',
    records: [
      'Stakeholder register',
      'Register of legal, contractual and ethical obligations the AIMS addresses',
    ],
  },
  {
    id: '4.3',
    parentId: '4',
    title: 'Scope of the AIMS',
    summary:
      'Fix and document the boundaries of the AIMS, based on the context and stakeholder analysis.',
    records: [
      'Documented scope statement listing AI systems, units and lifecycle stages covered',
      'Justification for anything excluded from scope',
    ],
  },
  {
    id: '4.4',
    parentId: '4',
    title: 'Establishing and maintaining the AIMS',
    summary:
      'Set up the AIMS and its processes, keep them running and keep improving them.',
    records: [
      'Process map of the AIMS',
      'AIMS manual or set of procedures',
      'Evidence that the processes are actually carried out',
    ],
  },

  // 5 Leadership
  {
    id: '5',
    title: 'Leadership and direction',
    summary:
      'Top management owns the AIMS, sets the AI policy and makes sure roles are assigned.',
    records: [],
  },
  {
    id: '5.1',
    parentId: '5',
    title: 'Top management commitment',
    summary:
      'Senior leaders align AI policy and objectives with strategy, build the AIMS into business processes, fund it, talk about it and push for improvement.',
    records: [
      'Governance or board minutes covering the AIMS',
      'Budget approvals for AIMS activities',
      'Leadership communications about responsible AI',
    ],
  },
  {
    id: '5.2',
    parentId: '5',
    title: 'Setting the AI policy',
    summary:
      'Keep a documented AI policy that suits the organisation, frames its AI objectives, commits to meeting requirements and to improving, and is shared with stakeholders.',
    records: [
      'Approved, versioned AI policy',
      'Evidence that the policy was communicated and published',
    ],
  },
  {
    id: '5.3',
    parentId: '5',
    title: 'Who answers for the AIMS',
    summary:
      'Assign and announce who makes sure the AIMS conforms and who reports its performance to top management.',
    records: [
      'RACI or responsibility matrix for the AIMS',
      'Organisation chart and role descriptions',
      'Appointment records for key AIMS roles',
    ],
  },

  // 6 Planning
  {
    id: '6',
    title: 'Planning the AIMS',
    summary:
      'Plan how risks, opportunities, impacts, objectives and changes to the AIMS are handled.',
    records: [],
  },
  {
    id: '6.1',
    parentId: '6',
    title: 'Handling risks and opportunities',
    summary:
      'Groups the planning steps for AI risk criteria, risk assessment, risk treatment and impact assessment.',
    records: [],
  },
  {
    id: '6.1.1',
    parentId: '6.1',
    title: 'Risk criteria and planning',
    summary:
      'Decide on the risks and opportunities to address, set criteria for acceptable AI risk, and plan actions that fit into AIMS processes.',
    records: [
      'AI risk criteria or risk appetite statement',
      'AI risk management methodology',
    ],
  },
  {
    id: '6.1.2',
    parentId: '6.1',
    title: 'AI risk assessment method',
    summary:
      'Define a documented, repeatable way to find, analyse, evaluate and rank AI risks, looking at consequences for the organisation, individuals and society.',
    records: [
      'Documented risk-assessment procedure',
      'Risk register with likelihood and impact scores',
    ],
  },
  {
    id: '6.1.3',
    parentId: '6.1',
    title: 'AI risk treatment planning',
    summary:
      'Choose treatments and the controls they need, check them against Annex A, justify every inclusion and exclusion, and get the plan and residual risk approved.',
    records: [
      'Statement of Applicability with justifications',
      'Risk treatment plan',
      'Management sign-off accepting residual risk',
    ],
  },
  {
    id: '6.1.4',
    parentId: '6.1',
    title: 'AI impact assessment method',
    summary:
      'Define how to assess what developing, providing or using an AI system means for individuals, groups and society, and feed the results into risk assessment.',
    records: [
      'Documented impact-assessment procedure',
      'Completed impact assessments',
    ],
  },
  {
    id: '6.2',
    parentId: '6',
    title: 'AI objectives and plans',
    summary:
      'Set measurable AI objectives in line with the policy, plan how to reach them, and monitor, share and update them.',
    records: [
      'Documented AI objectives with KPIs',
      'Action plans naming resources, owners and deadlines',
      'Progress reports against the objectives',
    ],
  },
  {
    id: '6.3',
    parentId: '6',
    title: 'Planned changes to the AIMS',
    summary: 'Make changes to the AIMS deliberately and in a planned way.',
    records: [
      'Change requests or change log for the AIMS',
      'Impact analysis for each AIMS change',
    ],
  },

  // 7 Support
  {
    id: '7',
    title: 'Supporting the AIMS',
    summary:
      'Provide the resources, skills, awareness, communication and documents the AIMS depends on.',
    records: [],
  },
  {
    id: '7.1',
    parentId: '7',
    title: 'Resourcing the AIMS',
    summary: 'Work out and supply what the AIMS needs to function.',
    records: ['Budget and staffing plans for the AIMS', 'Tooling approvals'],
  },
  {
    id: '7.2',
    parentId: '7',
    title: 'Skills of the people involved',
    summary:
      'Define the skills each role needs, make sure people have them, close gaps and keep proof.',
    records: [
      'Skills matrix for AIMS and AI roles',
      'Training and certification records',
    ],
  },
  {
    id: '7.3',
    parentId: '7',
    title: 'Staff awareness',
    summary:
      'Make sure staff know the AI policy, how they contribute, and what happens when requirements are not met.',
    records: [
      'Awareness training completion logs',
      'Onboarding material covering the AI policy',
    ],
  },
  {
    id: '7.4',
    parentId: '7',
    title: 'Internal and external messaging',
    summary:
      'Decide what is communicated about the AIMS, when, to whom and through which channel.',
    records: [
      'Communication plan or matrix',
      'Copies or logs of communications sent',
    ],
  },
  {
    id: '7.5',
    parentId: '7',
    title: 'Documents and records',
    summary:
      'Groups the requirements for what to document and how to create and control it.',
    records: [],
  },
  {
    id: '7.5.1',
    parentId: '7.5',
    title: 'What to document',
    summary:
      'Keep the documents the standard asks for plus whatever else the AIMS needs to work.',
    records: ['Master list of AIMS documents and records'],
  },
  {
    id: '7.5.2',
    parentId: '7.5',
    title: 'Creating and updating documents',
    summary:
      'Give documents proper identification and format, and review and approve them before use.',
    records: [
      'Document metadata with owner and version',
      'Version history and approval records',
    ],
  },
  {
    id: '7.5.3',
    parentId: '7.5',
    title: 'Controlling documents',
    summary:
      'Keep documents available and protected, and manage their distribution, retention and disposal, including documents from outside.',
    records: [
      'Document-control procedure',
      'Access controls on AIMS documents',
      'Retention and disposal schedule',
    ],
  },

  // 8 Operation
  {
    id: '8',
    title: 'Running the AIMS day to day',
    summary:
      'Run the planned processes and carry out risk assessment, risk treatment and impact assessment in practice.',
    records: [],
  },
  {
    id: '8.1',
    parentId: '8',
    title: 'Controlling operational processes',
    summary:
      'Plan and control AIMS processes with criteria and records, manage changes, and keep outsourced processes, products and services under control.',
    records: [
      'Standard operating or lifecycle procedures',
      'Change records',
      'Supplier oversight records',
    ],
  },
  {
    id: '8.2',
    parentId: '8',
    title: 'Performing AI risk assessments',
    summary:
      'Carry out AI risk assessments on a schedule and when significant changes happen, and keep the results.',
    records: [
      'Dated risk-assessment results',
      'Log of events that triggered reassessment',
    ],
  },
  {
    id: '8.3',
    parentId: '8',
    title: 'Performing AI risk treatment',
    summary:
      'Put the treatment plan into effect, check that it works, and send newly found risks back into treatment.',
    records: [
      'Evidence that planned controls are in place',
      'Treatment status tracking',
      'Control effectiveness checks',
    ],
  },
  {
    id: '8.4',
    parentId: '8',
    title: 'Performing AI impact assessments',
    summary:
      'Carry out impact assessments on a schedule and when significant changes happen, and keep the results.',
    records: ['Dated impact-assessment reports'],
  },

  // 9 Performance evaluation
  {
    id: '9',
    title: 'Checking how well the AIMS works',
    summary: 'Measure, audit and review the AIMS to judge whether it works.',
    records: [],
  },
  {
    id: '9.1',
    parentId: '9',
    title: 'Measuring AIMS performance',
    summary:
      'Choose what to monitor and measure, how and when, then analyse the results to judge AIMS performance and effectiveness.',
    records: [
      'KPI dashboards or monitoring reports',
      'Minutes of analysis and evaluation of results',
    ],
  },
  {
    id: '9.2',
    parentId: '9',
    title: 'Internal audits',
    summary: 'Groups the requirements for auditing the AIMS internally.',
    records: [],
  },
  {
    id: '9.2.1',
    parentId: '9.2',
    title: 'Audit purpose',
    summary:
      'Audit at planned intervals whether the AIMS meets the organisation’s own rules and the standard, and whether it is implemented well.',
    records: ['Internal audit reports'],
  },
  {
    id: '9.2.2',
    parentId: '9.2',
    title: 'Audit programme',
    summary:
      'Plan audit frequency, methods, responsibilities and reporting, set criteria and scope per audit, keep auditors impartial and report findings.',
    records: [
      'Audit programme and schedule',
      'Audit plans with criteria and scope',
      'Evidence of auditor independence',
      'Audit findings and their follow-up',
    ],
  },
  {
    id: '9.3',
    parentId: '9',
    title: 'Top-management reviews',
    summary: 'Groups the requirements for top-management review of the AIMS.',
    records: [],
  },
  {
    id: '9.3.1',
    parentId: '9.3',
    title: 'Review cycle',
    summary: 'Top management reviews the AIMS at planned intervals.',
    records: ['Management review calendar'],
  },
  {
    id: '9.3.2',
    parentId: '9.3',
    title: 'What the review considers',
    summary:
      'Cover earlier actions, changes in context and stakeholder needs, performance data such as nonconformities, monitoring and audit results, and improvement ideas.',
    records: ['Review agenda or pack covering every required input'],
  },
  {
    id: '9.3.3',
    parentId: '9.3',
    title: 'Review outcomes',
    summary:
      'Decide on improvements and any changes the AIMS needs, and keep evidence of those decisions.',
    records: ['Management review minutes with decisions and actions'],
  },

  // 10 Improvement
  {
    id: '10',
    title: 'Getting better',
    summary: 'Fix what goes wrong and keep making the AIMS better.',
    records: [],
  },
  {
    id: '10.1',
    parentId: '10',
    title: 'Ongoing improvement',
    summary: 'Keep improving how suitable, adequate and effective the AIMS is.',
    records: ['Improvement log', 'KPI trends over time'],
  },
  {
    id: '10.2',
    parentId: '10',
    title: 'Fixing nonconformities',
    summary:
      'Respond to each nonconformity, find the root cause, act on it, check the action worked and update the AIMS where needed.',
    records: [
      'Nonconformity and corrective-action register',
      'Root-cause analysis for each nonconformity',
      'Verification that corrective actions were effective',
    ],
  },
];
