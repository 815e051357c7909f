import type {
  AiSystemClassification,
  ClassificationAnswers,
} from '../classification';
import type { AssessmentCreate, ControlPut, RiskCreate } from '../records';

/** How an AI system is sourced: built in-house, built on a third-party model, or bought as a service. @public */
export const AI_SOURCING_MODES = [
  'in-house',
  'third-party-model',
  'third-party-service',
] as const;
/** How an AI system is sourced. @public */
export type AiSourcing = (typeof AI_SOURCING_MODES)[number];

/** Where the contract with an AI supplier stands. @public */
export const SUPPLIER_CONTRACT_STATUSES = [
  'none',
  'negotiating',
  'signed',
  'expired',
] as const;
/** Where the contract with an AI supplier stands. @public */
export type SupplierContractStatus =
  (typeof SUPPLIER_CONTRACT_STATUSES)[number];

/** The supplier of a third-party model or AI service. @public */
export interface SupplierDetails {
  /** The supplier's name. */
  name: string;
  /** Where the contract with it stands. */
  contractStatus: SupplierContractStatus;
  /** Kinds of data shared with the supplier, such as `customer emails`; may be empty. */
  dataShared: string[];
  /** Who to contact at the supplier. */
  contact?: string;
}

/** What onboarding needs to know about a new AI system. @public */
export interface GovernanceBaselineInput {
  /** The AiSystem's `spec.type`, such as `classifier` or `llm-application`. */
  systemType: string;
  /** The EU AI Act classification questionnaire answers. */
  answers: ClassificationAnswers;
  /** Full entity reference of the owning group, such as `group:default/payments-risk`. */
  owner: string;
  /** How the AI is sourced. */
  sourcing: AiSourcing;
  /** The supplier; required for `third-party-service`, optional for `third-party-model`, not allowed for `in-house`. */
  supplier?: SupplierDetails;
}

/** One Statement of Applicability row, with the control it is for. @public */
export interface BaselineControl extends ControlPut {
  /** Annex A control id, such as `A.10.3`. */
  controlId: string;
}

/** The initial governance records of an AI system, as request bodies of the records API. @public */
export interface GovernanceBaseline {
  /** The EU AI Act classification the records rest on. */
  classification: AiSystemClassification;
  /** The classification assessment: the answers, and as result the tier, reasons, obligations (all and by role), the Art. 27 flag and any GPAI duties. */
  assessment: AssessmentCreate;
  /** Seeded risks from the risk library, in library order. */
  risks: RiskCreate[];
  /** All Annex A controls, in library order. */
  controls: BaselineControl[];
}
