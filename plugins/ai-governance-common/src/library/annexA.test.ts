import {
  ANNEX_A_CONTROL_IDS,
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  getAnnexAControl,
} from './annexA';

// The 38 control ids of ISO/IEC 42001:2023 Annex A, in order, as listed in
// the project's reference notes (standards.md §2).
const EXPECTED_IDS = [
  'A.2.2',
  'A.2.3',
  'A.2.4',
  'A.3.2',
  'A.3.3',
  'A.4.2',
  'A.4.3',
  'A.4.4',
  'A.4.5',
  'A.4.6',
  'A.5.2',
  'A.5.3',
  'A.5.4',
  'A.5.5',
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.6.2.4',
  'A.6.2.5',
  'A.6.2.6',
  'A.6.2.7',
  'A.6.2.8',
  'A.7.2',
  'A.7.3',
  'A.7.4',
  'A.7.5',
  'A.7.6',
  'A.8.2',
  'A.8.3',
  'A.8.4',
  'A.8.5',
  'A.9.2',
  'A.9.3',
  'A.9.4',
  'A.10.2',
  'A.10.3',
  'A.10.4',
];

const EU_AI_ACT_REF = /^Art\. \d+/;
const NIST_REF = /^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/;

describe('ANNEX_A_OBJECTIVES', () => {
  it('lists the nine objective groups A.2 to A.10 in order', () => {
    expect(ANNEX_A_OBJECTIVES.map(o => o.id)).toEqual([
      'A.2',
      'A.3',
      'A.4',
      'A.5',
      'A.6',
      'A.7',
      'A.8',
      'A.9',
      'A.10',
    ]);
  });

  it('gives every objective a short title and a summary', () => {
    for (const objective of ANNEX_A_OBJECTIVES) {
      expect(objective.title.trim()).not.toBe('');
      expect(objective.title.length).toBeLessThanOrEqual(60);
      expect(objective.summary.trim()).not.toBe('');
    }
  });
});

describe('ANNEX_A_CONTROLS', () => {
  it('holds exactly the 38 controls of the standard, in order', () => {
    expect(ANNEX_A_CONTROLS).toHaveLength(38);
    expect(ANNEX_A_CONTROLS.map(c => c.id)).toEqual(EXPECTED_IDS);
    expect(ANNEX_A_CONTROL_IDS).toEqual(EXPECTED_IDS);
  });

  it('includes the A.6 sub-objective controls and none of the common misnumberings', () => {
    expect(ANNEX_A_CONTROL_IDS).toEqual(
      expect.arrayContaining(['A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.8']),
    );
    for (const wrong of ['A.6.2.9', 'A.5.1', 'A.4.1', 'A.6.1.1', 'A.11.1']) {
      expect(getAnnexAControl(wrong)).toBeUndefined();
    }
  });

  it('has unique ids', () => {
    expect(new Set(ANNEX_A_CONTROL_IDS).size).toBe(ANNEX_A_CONTROL_IDS.length);
  });

  it('puts every control under an existing objective that prefixes its id', () => {
    const objectiveIds = new Set(ANNEX_A_OBJECTIVES.map(o => o.id));
    for (const control of ANNEX_A_CONTROLS) {
      expect(objectiveIds.has(control.objectiveId)).toBe(true);
      expect(control.id.startsWith(`${control.objectiveId}.`)).toBe(true);
    }
  });

  it('matches the per-group control counts of the standard', () => {
    const counts = Object.fromEntries(
      ANNEX_A_OBJECTIVES.map(o => [
        o.id,
        ANNEX_A_CONTROLS.filter(c => c.objectiveId === o.id).length,
      ]),
    );
    expect(counts).toEqual({
      'A.2': 3,
      'A.3': 2,
      'A.4': 5,
      'A.5': 4,
      'A.6': 9,
      'A.7': 5,
      'A.8': 4,
      'A.9': 3,
      'A.10': 3,
    });
  });

  it('gives every control a short title, one-sentence guidance and 2 to 4 evidence items', () => {
    for (const control of ANNEX_A_CONTROLS) {
      expect(control.title.trim()).not.toBe('');
      expect(control.title.length).toBeLessThanOrEqual(60);
      expect(control.guidance.trim()).not.toBe('');
      expect(control.guidance.length).toBeLessThanOrEqual(200);
      // one sentence: a single full stop, at the end
      expect(control.guidance).toMatch(/^[^.]+\.$/);
      expect(control.evidence.length).toBeGreaterThanOrEqual(2);
      expect(control.evidence.length).toBeLessThanOrEqual(4);
      for (const item of control.evidence) {
        expect(item.trim()).not.toBe('');
      }
    }
  });

  it('uses well-formed, unique EU AI Act and NIST AI RMF references', () => {
    for (const control of ANNEX_A_CONTROLS) {
      for (const ref of control.euAiAct) {
        expect(ref).toMatch(EU_AI_ACT_REF);
      }
      for (const ref of control.nistAiRmf) {
        expect(ref).toMatch(NIST_REF);
      }
      expect(new Set(control.euAiAct).size).toBe(control.euAiAct.length);
      expect(new Set(control.nistAiRmf).size).toBe(control.nistAiRmf.length);
    }
  });

  it('keeps NIST references inside the real AI RMF subcategory ranges', () => {
    // Number of subcategories per category in NIST AI RMF 1.0.
    const sizes: Record<string, number[]> = {
      GOVERN: [7, 3, 2, 3, 2, 2],
      MAP: [6, 3, 5, 2, 2],
      MEASURE: [3, 13, 3, 3],
      MANAGE: [4, 4, 2, 3],
    };
    for (const control of ANNEX_A_CONTROLS) {
      for (const ref of control.nistAiRmf) {
        const [, fn, cat, sub] = ref.match(/^(\w+) (\d+)\.(\d+)$/)!;
        const max = sizes[fn][Number(cat) - 1];
        expect(max).toBeDefined();
        expect(Number(sub)).toBeGreaterThanOrEqual(1);
        expect(Number(sub)).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe('getAnnexAControl', () => {
  it('finds a control by id', () => {
    expect(getAnnexAControl('A.6.2.8')?.objectiveId).toBe('A.6');
    expect(getAnnexAControl('A.10.4')?.objectiveId).toBe('A.10');
  });

  it('returns undefined for unknown ids', () => {
    expect(getAnnexAControl('A.1.1')).toBeUndefined();
    expect(getAnnexAControl('')).toBeUndefined();
  });
});
