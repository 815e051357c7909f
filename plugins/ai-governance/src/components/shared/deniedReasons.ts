/**
 * Why an action is disabled, one sentence each, in one place so every view
 * says the same. The wording follows the default permission policy; a
 * deployment with another policy still gets an honest reason.
 */
export const DENIED = {
  riskCreate: 'Only the owning team and the governance office can record risks',
  riskUpdate: 'Only the owning team and the governance office can change risks',
  riskAccept: 'Only the governance office can approve accepting a risk',
  controlUpdate:
    'Only the owning team and the governance office can change controls',
  evidenceCreate:
    'Only the owning team and the governance office can add evidence',
  assessmentCreate:
    'Only the owning team and the governance office can start assessments',
  assessmentUpdate:
    'Only the owning team and the governance office can change assessments',
  assessmentApprove: 'Only the governance office can approve assessments',
  nonconformityCreate:
    'Only the owning team and the governance office can record nonconformities',
  taskUpdate:
    'Only the assigned team and the governance office can complete or dismiss tasks',
  checking: 'Checking your permissions…',
  failed: 'Could not check your permissions; reload the page to try again',
} as const;
