import type { HistoryEvent } from '@aigov/plugin-ai-governance-common';
import { changedFields, recordLabel } from './changes';
import { fieldLabel } from './fieldLabels';

describe('history field labels', () => {
  it('names nested and unlisted fields in words', () => {
    expect(fieldLabel('acceptance.expiresAt')).toBe('Acceptance expires on');
    expect(fieldLabel('residualLikelihood')).toBe('Residual likelihood');
    expect(fieldLabel('mediaType')).toBe('Media type');
  });

  it("reads an evidence file's upload and kind in words", () => {
    const changes = changedFields(
      { kind: 'test-result', file: { name: 'audit.pdf', uploaded: false } },
      { kind: 'model-card', file: { name: 'audit.pdf', uploaded: true } },
      { recordType: 'evidence' },
    );
    expect(changes.map(c => `${c.label}: ${c.from} → ${c.to}`)).toEqual([
      'Kind: Test result → Model card',
      'File uploaded: no → yes',
    ]);
  });

  it('names an internal audit by its title', () => {
    const event = {
      recordType: 'audit',
      recordId: '7b0e3c1e-2f4a-4c57-9d1e-0c6a1f0b9a01',
      before: null,
      after: { title: 'IA-2026-04: AI system operation and logging' },
    } as unknown as HistoryEvent;
    expect(recordLabel(event)).toBe(
      'Audit: IA-2026-04: AI system operation and logging',
    );
  });

  it('names a policy or procedure by its title', () => {
    const event = {
      recordType: 'aims-document',
      recordId: '0f3c7a52-5b8e-4d6a-9c2f-7e1d4b6a8c01',
      before: null,
      after: { title: 'Acme Bank AI policy', versions: [] },
    } as unknown as HistoryEvent;
    expect(recordLabel(event)).toBe('Document: Acme Bank AI policy');
  });

  it('names a training record by its course', () => {
    const event = {
      recordType: 'training-record',
      recordId: '5c1f0e6a-8d3b-4a8e-9c55-2b1d7e0f4a10',
      before: null,
      after: { courseId: 'ai-literacy', userRef: 'user:default/ada' },
    } as unknown as HistoryEvent;
    expect(recordLabel(event)).toBe('Training: ai-literacy');
  });

  it('names the AIMS scope and roles records, and shows a changed scope statement', () => {
    const scope = {
      recordType: 'aims-scope',
      recordId: 'scope',
      before: { statement: 'All AI systems' },
      after: { statement: 'All AI systems of retail banking' },
    } as unknown as HistoryEvent;
    expect(recordLabel(scope)).toBe('AIMS scope and context');
    expect(
      recordLabel({ ...scope, recordType: 'aims-roles', recordId: 'roles' }),
    ).toBe('AIMS roles');
    const changes = changedFields(scope.before, scope.after, scope);
    expect(changes.map(c => `${c.from} → ${c.to}`)).toEqual([
      'All AI systems → All AI systems of retail banking',
    ]);
  });
});
