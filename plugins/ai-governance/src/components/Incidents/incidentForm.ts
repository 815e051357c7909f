import {
  fieldProblems,
  incidentCreateSchema,
  type FieldProblem,
  type IncidentCreate,
  type IncidentHarmCategory,
  type IncidentSeverity,
  type SeriousIncidentCategory,
} from '@aigov/plugin-ai-governance-common';

/** What the report dialog holds while the user types: strings as the fields give them. */
export interface IncidentForm {
  title: string;
  description: string;
  /** `YYYY-MM-DDTHH:mm` in the user's zone, as a datetime-local field gives it. */
  detectedAt: string;
  awareAt: string;
  severity: IncidentSeverity | '';
  harmCategories: IncidentHarmCategory[];
  affectedCount: string;
  /** Affected groups, comma separated. */
  affectedGroups: string;
  serious: boolean;
  seriousCategory: SeriousIncidentCategory | '';
}

/** A local `YYYY-MM-DDTHH:mm` for a datetime-local field. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A fresh report: detected and aware now, the fields a reporter fills left empty. */
export function emptyIncidentForm(now = new Date()): IncidentForm {
  const at = localDateTime(now);
  return {
    title: '',
    description: '',
    detectedAt: at,
    awareAt: at,
    severity: '',
    harmCategories: [],
    affectedCount: '',
    affectedGroups: '',
    serious: false,
    seriousCategory: '',
  };
}

/** A datetime-local value as the ISO timestamp with zone the API wants; '' stays invalid. */
const toIso = (local: string) => {
  const time = Date.parse(local);
  return Number.isNaN(time) ? local : new Date(time).toISOString();
};

/**
 * The form as the API's create body, checked by the same schema the API
 * validates with, so the dialog names the same fields a 400 would.
 */
export function toIncidentCreate(
  form: IncidentForm,
): { body: IncidentCreate } | { problems: FieldProblem[] } {
  const count = form.affectedCount.trim();
  const candidate = {
    title: form.title,
    description: form.description,
    detectedAt: toIso(form.detectedAt),
    awareAt: toIso(form.awareAt),
    severity: form.severity || undefined,
    harmCategories: form.harmCategories,
    affectedPeople: {
      count: count === '' ? null : Number(count),
      groups: form.affectedGroups
        .split(',')
        .map(g => g.trim())
        .filter(Boolean),
    },
    serious: form.serious,
    seriousCategory: form.serious ? form.seriousCategory || null : null,
  };
  const checked = incidentCreateSchema.safeParse(candidate);
  if (!checked.success) {
    return { problems: fieldProblems(checked.error) };
  }
  return { body: candidate as IncidentCreate };
}
