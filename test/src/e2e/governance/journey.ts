/*
 * The AI system the governance journey walks and the records it adds, with
 * a stamp of the run in their titles so that they stand out from the
 * seeded ones.
 */

const SYSTEM = 'customer-support-assistant';
export const SYSTEM_TITLE = 'Customer support assistant';
export const OWNER_GROUP = 'customer-experience';
export const OVERVIEW = `/catalog/default/aisystem/${SYSTEM}`;
export const GOVERNANCE = `${OVERVIEW}/governance`;
/** Seeded as not started for this system in examples/governance-records.yaml. */
export const CONTROL = 'A.7.4';

const stamp = Date.now().toString(36);
export const RISK_TITLE = `E2E: assistant follows instructions hidden in a linked web page (${stamp})`;
export const EVIDENCE_TITLE = `E2E: data quality checks for the transcripts set (${stamp})`;
export const EVIDENCE_URL = `https://wiki.example.com/cx/support-assistant/data-quality-${stamp}`;

/** What the journey saw as it went, for its later steps to compare with. */
export interface Seen {
  /** What the journey saw before it changed anything. */
  before: {
    implemented?: number;
    applicable?: number;
    compliance?: number;
    teamCompliance?: number;
  };
  /** The AI system's compliance after the control changed, in percent. */
  complianceAfter?: number;
}
