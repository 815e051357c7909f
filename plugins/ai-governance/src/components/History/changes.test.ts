import { changedFields } from './changes';
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
});
