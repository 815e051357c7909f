import { AIMS_CLAUSES } from './clauses';

const EXPECTED_IDS = [
  '4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5',
  '5.1',
  '5.2',
  '5.3',
  '6',
  '6.1',
  '6.1.1',
  '6.1.2',
  '6.1.3',
  '6.1.4',
  '6.2',
  '6.3',
  '7',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '8',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '9',
  '9.1',
  '9.2',
  '9.2.1',
  '9.2.2',
  '9.3',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10',
  '10.1',
  '10.2',
];

describe('AIMS_CLAUSES', () => {
  it('lists clauses 4 to 10 and their sub-clauses in standard order', () => {
    expect(AIMS_CLAUSES.map(c => c.id)).toEqual(EXPECTED_IDS);
  });

  it('has unique ids', () => {
    const ids = AIMS_CLAUSES.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has top-level clauses 4 to 10 without a parent', () => {
    const topLevel = AIMS_CLAUSES.filter(c => c.parentId === undefined);
    expect(topLevel.map(c => c.id)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('links every sub-clause to the clause one level up, listed before it', () => {
    const parentOf = (id: string) =>
      id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined;
    expect(AIMS_CLAUSES.map(c => c.parentId)).toEqual(
      AIMS_CLAUSES.map(c => parentOf(c.id)),
    );
    AIMS_CLAUSES.forEach((clause, index) => {
      const earlier = AIMS_CLAUSES.slice(0, index).map(c => c.id);
      expect([undefined, ...earlier]).toContain(clause.parentId);
    });
  });

  it('gives every clause a short title and a summary', () => {
    for (const clause of AIMS_CLAUSES) {
      expect(clause.title.trim()).not.toBe('');
      expect(clause.title.length).toBeLessThanOrEqual(60);
      expect(clause.summary.trim()).not.toBe('');
    }
  });

  it('lists expected records on every leaf clause', () => {
    const parents = new Set(AIMS_CLAUSES.map(c => c.parentId));
    const leaves = AIMS_CLAUSES.filter(c => !parents.has(c.id));
    expect(leaves.length).toBeGreaterThan(0);
    for (const leaf of leaves) {
      expect(leaf.records.length).toBeGreaterThan(0);
    }
    for (const record of AIMS_CLAUSES.flatMap(c => c.records)) {
      expect(record.trim()).not.toBe('');
    }
  });

  it('asks for the key mandatory records', () => {
    const recordsOf = (id: string) =>
      AIMS_CLAUSES.find(c => c.id === id)!
        .records.join(' ')
        .toLowerCase();
    expect(recordsOf('4.3')).toContain('scope');
    expect(recordsOf('5.2')).toContain('policy');
    expect(recordsOf('6.1.3')).toContain('statement of applicability');
    expect(recordsOf('9.2.2')).toContain('audit programme');
    expect(recordsOf('10.2')).toContain('corrective');
  });
});
