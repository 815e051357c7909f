import { ConfigReader } from '@backstage/config';
import {
  plusYears,
  readCertification,
  readSampleSize,
  surveillanceCalendar,
} from './surveillance';

/*
 * The certification calendar: surveillance at one and two years after the
 * certificate, recertification at three, the planned stage audits before
 * one is held, and the settings refused at start when they are wrong.
 */

describe('the certification calendar', () => {
  it('adds years to a date, 29 February falling on 28 February in a common year', () => {
    expect(plusYears('2026-06-15', 1)).toBe('2027-06-15');
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(plusYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(plusYears('2026-12-31', 3)).toBe('2029-12-31');
  });

  it('plans surveillance at +1 and +2 years and recertification at +3 years, marking what is past', () => {
    const calendar = surveillanceCalendar(
      {
        certificateDate: '2026-03-10',
        certificationBody: 'Example Certification Ltd',
        stage1Date: '2025-11-04',
        stage2Date: '2026-01-20',
      },
      '2027-05-01',
    );
    expect(calendar).toEqual({
      certified: true,
      certificateDate: '2026-03-10',
      certificationBody: 'Example Certification Ltd',
      events: [
        {
          kind: 'stage-1',
          title: 'Stage 1 audit',
          date: '2025-11-04',
          past: true,
        },
        {
          kind: 'stage-2',
          title: 'Stage 2 audit',
          date: '2026-01-20',
          past: true,
        },
        {
          kind: 'certificate',
          title: 'Certificate issued',
          date: '2026-03-10',
          past: true,
        },
        {
          kind: 'surveillance-1',
          title: 'First surveillance audit',
          date: '2027-03-10',
          past: true,
        },
        {
          kind: 'surveillance-2',
          title: 'Second surveillance audit',
          date: '2028-03-10',
          past: false,
        },
        {
          kind: 'recertification',
          title: 'Recertification audit (certificate expires)',
          date: '2029-03-10',
          past: false,
        },
      ],
    });
  });

  it('shows the planned stage audits and says no certificate is held before one is', () => {
    expect(
      surveillanceCalendar(
        { stage1Date: '2027-03-15', stage2Date: '2027-06-07' },
        '2026-12-07',
      ),
    ).toEqual({
      certified: false,
      certificateDate: null,
      certificationBody: null,
      events: [
        {
          kind: 'stage-1',
          title: 'Stage 1 audit',
          date: '2027-03-15',
          past: false,
        },
        {
          kind: 'stage-2',
          title: 'Stage 2 audit',
          date: '2027-06-07',
          past: false,
        },
      ],
      note: 'No certificate is held yet; the stage 1 and stage 2 audits are planned',
    });
    expect(surveillanceCalendar({}, '2026-12-07')).toMatchObject({
      certified: false,
      events: [],
      note: 'No certificate is held yet, and no stage 1 or stage 2 audit is planned',
    });
  });

  it('reads the settings, and stops the start naming a wrong one', () => {
    const config = (data: object) => new ConfigReader({ aiGovernance: data });
    expect(
      readCertification(
        config({ certification: { stage1Date: '2027-03-15' } }),
      ),
    ).toEqual({ stage1Date: '2027-03-15' });
    expect(() =>
      readCertification(
        config({ certification: { certificateDate: '2027-02-30' } }),
      ),
    ).toThrow(
      'aiGovernance.certification.certificateDate must be a date as YYYY-MM-DD, got "2027-02-30"',
    );
    expect(readSampleSize(config({}))).toBe(3);
    expect(readSampleSize(config({ readiness: { sampleSize: 5 } }))).toBe(5);
    expect(() =>
      readSampleSize(config({ readiness: { sampleSize: 0 } })),
    ).toThrow(
      'aiGovernance.readiness.sampleSize must be a whole number, 1 or more, got 0',
    );
  });
});
