import { ConfigReader } from '@backstage/config';
import { readTrainingSettings } from './trainingConfig';

/* aiGovernance.training over the shipped catalogue and rules. */

const read = (training: object) =>
  readTrainingSettings(new ConfigReader({ aiGovernance: { training } }));

describe('the training settings', () => {
  it('ships five courses and three rules by default', () => {
    const settings = readTrainingSettings(new ConfigReader({}));
    expect(settings.courses).toHaveLength(5);
    expect(settings.requirements.map(r => r.courseId)).toEqual([
      'ai-literacy',
      'high-risk-obligations',
      'aims-internal-auditor',
    ]);
  });

  it('extends the catalogue, replaces a shipped course by id, and replaces the rules', () => {
    const settings = read({
      courses: [
        { id: 'prompt-safety', title: 'Prompt safety', validityMonths: 6 },
        {
          id: 'ai-literacy',
          title: 'Our own AI literacy',
          validityMonths: null,
        },
      ],
      requirements: [
        {
          courseId: 'prompt-safety',
          appliesTo: 'group',
          group: 'group:default/ml',
        },
      ],
    });
    expect(settings.courses.map(c => c.id)).toEqual([
      'ai-literacy',
      'high-risk-obligations',
      'ai-risk-assessment',
      'aims-internal-auditor',
      'responsible-ai-development',
      'prompt-safety',
    ]);
    expect(settings.courses[0]).toMatchObject({
      title: 'Our own AI literacy',
      validityMonths: null,
    });
    expect(settings.requirements).toEqual([
      {
        courseId: 'prompt-safety',
        appliesTo: 'group',
        group: 'group:default/ml',
      },
    ]);
    expect(
      read({
        replaceDefaultCourses: true,
        courses: [{ id: 'only', title: 'Only' }],
        requirements: [],
      }).courses.map(c => c.id),
    ).toEqual(['only']);
  });

  it('stops the start naming a bad id, validity, rule or unknown course', () => {
    expect(() => read({ courses: [{ id: 'Bad Id', title: 'x' }] })).toThrow(
      'aiGovernance.training.courses[0].id',
    );
    expect(() =>
      read({ courses: [{ id: 'x', title: 'x', validityMonths: 0 }] }),
    ).toThrow('aiGovernance.training.courses[0].validityMonths');
    expect(() =>
      read({ requirements: [{ courseId: 'ai-literacy', appliesTo: 'some' }] }),
    ).toThrow('aiGovernance.training.requirements[0].appliesTo');
    expect(() =>
      read({ requirements: [{ courseId: 'knitting', appliesTo: 'everyone' }] }),
    ).toThrow('"knitting" is not a course of the catalogue');
  });
});
