import type {
  Risk,
  RiskLevel,
  RiskStatus,
} from '@aigov/plugin-ai-governance-common';
import { OPEN_STATUSES } from './constants';
import { isPast } from '../shared/format';

/** Which heat map a cell belongs to. */
export type HeatMapKind = 'inherent' | 'residual';

/** A heat-map cell the table is narrowed to. */
export interface CellSelection {
  kind: HeatMapKind;
  likelihood: number;
  impact: number;
}

export interface RiskFilterState {
  search: string;
  level: RiskLevel | '';
  status: RiskStatus | '';
  cell: CellSelection | null;
}

export const NO_FILTERS: RiskFilterState = {
  search: '',
  level: '',
  status: '',
  cell: null,
};

/** Where a risk sits on one heat map, or null when it is not counted there. */
export function cellOf(
  risk: Risk,
  kind: HeatMapKind,
): { likelihood: number; impact: number } | null {
  if (!OPEN_STATUSES.includes(risk.status)) return null;
  if (kind === 'inherent') {
    return { likelihood: risk.likelihood, impact: risk.impact };
  }
  if (risk.residualLikelihood === null || risk.residualImpact === null) {
    return null;
  }
  return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
}

function inCell(risk: Risk, cell: CellSelection): boolean {
  const at = cellOf(risk, cell.kind);
  return !!at && at.likelihood === cell.likelihood && at.impact === cell.impact;
}

function matchesSearch(risk: Risk, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [
    risk.title,
    risk.description,
    risk.category,
    risk.owner ?? '',
    risk.treatmentPlan,
    ...risk.controlIds,
  ].some(text => text.toLocaleLowerCase().includes(needle));
}

/** The risks the table shows for the current filters. */
export function filterRisks(risks: Risk[], filters: RiskFilterState): Risk[] {
  return risks.filter(
    risk =>
      matchesSearch(risk, filters.search) &&
      (!filters.level || risk.level === filters.level) &&
      (!filters.status || risk.status === filters.status) &&
      (!filters.cell || inCell(risk, filters.cell)),
  );
}

// Same rules as the backend's scorecard, so the register and the scorecard agree.
export const treatmentOverdue = (risk: Risk, now?: Date) =>
  (risk.status === 'open' || risk.status === 'treating') &&
  isPast(risk.dueDate, now);

// A proposed risk has no review commitment until its owner confirms it.
export const reviewOverdue = (risk: Risk, now?: Date) =>
  risk.status !== 'closed' &&
  risk.status !== 'proposed' &&
  isPast(risk.nextReviewDate, now);
