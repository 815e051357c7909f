import { DEFAULT_CLASSIFICATION_ANSWERS } from '@aigov/plugin-ai-governance-common';

/*
 * The AI use-case templates' form values, as a person would fill them in:
 * the template tests run them, and bench/templates.mjs dry-runs the first,
 * so both measure the same request.
 */

/** Classification answers with defaults for everything not given. */
export const answers = (overrides: object = {}) => ({
  ...DEFAULT_CLASSIFICATION_ANSWERS,
  ...overrides,
});

/** Form values of each template, as a person would fill them in. */
export const templateValues = {
  'new-ai-use-case.yaml': (name: string) => ({
    name,
    title: 'Loan document assistant',
    owner: 'group:default/lending-decisioning',
    system: 'system:default/retail-lending',
    purpose:
      'Reads documents that loan applicants upload and drafts the affordability summary for the underwriter.',
    type: 'llm-application',
    sourcing: 'third-party-model',
    models: [
      { name: 'example-llm', supplier: 'Example AI Labs', version: '4' },
    ],
    datasets: ['Uploaded payslips and bank statements'],
    personalData: ['financial', 'employment'],
    affectedPeople: 'Loan applicants',
    humanOversight: 'human-in-the-loop',
    classification: answers({
      operatorRoles: ['provider', 'deployer'],
      annexIIIArea: 'essential-services',
      annexIIIUseCase: '5b',
      profilesNaturalPersons: true,
    }),
    publishTo: 'local',
  }),
  'register-existing-ai-system.yaml': (name: string) => ({
    component: 'component:default/fraud-case-manager',
    name,
    title: 'Fraud case prioritiser',
    owner: 'group:default/payments-risk',
    purpose: 'Orders open fraud cases by expected loss for the analysts.',
    type: 'classifier',
    sourcing: 'in-house',
    humanOversight: 'human-in-command',
    // Built by the payments team for its own analysts.
    classification: answers({ operatorRoles: ['provider', 'deployer'] }),
    publishTo: 'local',
  }),
  'onboard-third-party-ai-service.yaml': (name: string) => ({
    name,
    title: 'Call transcription',
    owner: 'group:default/customer-experience',
    purpose: 'Transcribes support calls so agents can search them.',
    type: 'llm-application',
    supplierName: 'Example Speech Ltd',
    supplierContact: 'security@speech.example.com',
    modelName: 'Example Transcribe v3',
    serviceUrl: 'https://api.speech.example.com',
    contractStatus: 'signed',
    dataShared: ['Call recordings', 'Agent names'],
    classification: answers({
      operatorRoles: ['deployer'],
      transparency: ['interacts-with-people'],
    }),
    publishTo: 'local',
  }),
};
