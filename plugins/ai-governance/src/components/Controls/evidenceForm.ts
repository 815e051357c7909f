import {
  type Evidence,
  type EvidenceCreate,
  type EvidenceKind,
  evidenceCreateSchema,
  fieldProblems,
} from '@aigov/plugin-ai-governance-common';
import { type FieldErrors, toFieldErrors } from '../shared/fieldErrors';

export type EvidenceMode = 'link' | 'file';

export interface EvidenceFormValues {
  mode: EvidenceMode;
  title: string;
  kind: EvidenceKind;
  url: string;
  file: File | null;
  collectedAt: string;
  expiresAt: string;
}

/** The POST body for one control; the file's bytes follow in a second call. */
export function evidenceBody(
  values: EvidenceFormValues,
  controlId: string,
): EvidenceCreate {
  const body: EvidenceCreate = {
    title: values.title.trim(),
    kind: values.kind,
    collectedAt: values.collectedAt,
    controlIds: [controlId],
  };
  if (values.expiresAt) body.expiresAt = values.expiresAt;
  if (values.mode === 'link') {
    body.url = values.url.trim();
  } else if (values.file) {
    body.fileName = values.file.name;
    // Browsers leave `type` empty for unknown files; the API then defaults
    // to application/octet-stream.
    if (values.file.type) body.mediaType = values.file.type;
  }
  return body;
}

/**
 * Checks the body with the API's schema. A missing file shows up there as
 * "give either url or fileName" on `url`; in file mode that is about the
 * file input, so it is moved and said plainly.
 */
export function validateEvidence(
  values: EvidenceFormValues,
  body: EvidenceCreate,
): FieldErrors {
  const result = evidenceCreateSchema.safeParse(body);
  const errors = result.success
    ? {}
    : toFieldErrors(fieldProblems(result.error));
  if (values.mode === 'file' && !values.file) {
    delete errors.url;
    errors.file = 'Choose the file to upload';
  }
  return errors;
}

/** Evidence created with a file whose upload has not succeeded yet. */
export function awaitsUpload(evidence: Evidence | undefined): boolean {
  return !!evidence?.file && !evidence.file.uploaded;
}
