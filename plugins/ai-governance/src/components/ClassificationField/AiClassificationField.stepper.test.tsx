import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  DEFAULT_CLASSIFICATION_ANSWERS,
} from '@aigov/plugin-ai-governance-common';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../../__testUtils__';
import { aiClassificationFieldOptions } from './options';

jest.setTimeout(60_000);

const enumOf = (options: readonly { value: string; label: string }[]) => ({
  enum: options.map(o => o.value),
  enumNames: options.map(o => o.label),
});

/** A step as the templates write it: the field, with titles and labels for the review step. */
function manifestWith(classification: object = {}) {
  return {
    title: 'Onboard an AI system',
    steps: [
      {
        title: 'Classify',
        schema: {
          type: 'object',
          properties: {
            classification: {
              type: 'object',
              title: 'EU AI Act classification',
              'ui:field': 'AiClassificationQuestionnaire',
              ...classification,
            },
          },
        },
      },
    ],
  };
}

const reviewed = {
  'ui:options': { defaultOperatorRoles: ['provider', 'deployer'] },
  properties: {
    // No type on the lists, as in the templates: the form would write an
    // empty list of roles.
    operatorRoles: { title: 'Roles' },
    publicService: {
      title: 'Public body or public service (Art. 27(1))',
      type: 'boolean',
    },
    prohibitedPractices: {
      title: 'Prohibited practices (Art. 5)',
      'ui:backstage': { review: { show: false } },
    },
    annexIIIArea: {
      title: 'Annex III area',
      type: 'string',
      ...enumOf(ANNEX_III_AREAS),
    },
    annexIIIUseCase: {
      title: 'Annex III point',
      type: 'string',
      ...enumOf(ANNEX_III_USE_CASES),
    },
    productSafetyComponent: { title: 'Safety component', type: 'boolean' },
    profilesNaturalPersons: { title: 'Profiles people', type: 'boolean' },
    art6Exemption: { title: 'Art. 6(3) derogation claimed', type: 'boolean' },
    transparency: { title: 'Transparency triggers (Art. 50)' },
  },
};

describe('the field in the scaffolder form', () => {
  // jsdom cannot scroll; the Stepper scrolls to the top on every step.
  beforeAll(() => {
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterAll(() => {
    jest.restoreAllMocks();
  });

  async function renderStepper(manifest = manifestWith()) {
    const onCreate = jest.fn(async () => {});
    await renderInTestApp(
      <Stepper
        manifest={manifest}
        extensions={[aiClassificationFieldOptions]}
        onCreate={onCreate}
      />,
    );
    return onCreate;
  }

  it('hands the template all six answers even when nothing was changed', async () => {
    const user = setupUser();
    const onCreate = await renderStepper();

    await user.click(await screen.findByRole('button', { name: 'Review' }));
    await user.click(await screen.findByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onCreate).toHaveBeenCalled());
    expect(onCreate).toHaveBeenCalledWith({
      classification: { ...DEFAULT_CLASSIFICATION_ANSWERS },
    });
  });

  it('does not let a prohibited system past the step', async () => {
    const user = setupUser();
    const onCreate = await renderStepper();

    await user.click(
      await screen.findByRole('checkbox', {
        name: 'Untargeted scraping of face images',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      (await screen.findAllByText(/cannot be onboarded/)).length,
    ).toBeGreaterThan(1);
    expect(
      screen.queryByRole('button', { name: 'Create' }),
    ).not.toBeInTheDocument();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('reviews the answers by their titles and labels, with the default roles the template gave', async () => {
    const user = setupUser();
    const onCreate = await renderStepper(manifestWith(reviewed));

    await user.selectOptions(
      await screen.findByLabelText('Area of use listed in Annex III'),
      'essential-services',
    );
    await user.click(
      screen.getByRole('radio', {
        name: 'Creditworthiness and credit scoring',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Review' }));

    const review = await screen.findByRole('table');
    const row = (title: RegExp) =>
      within(review)
        .getAllByRole('row')
        .find(r => title.test(r.textContent ?? ''));
    expect(row(/Annex III area/)).toHaveTextContent(
      'Essential private and public services',
    );
    expect(row(/Annex III point/)).toHaveTextContent(
      'Creditworthiness and credit scoring',
    );
    expect(row(/Roles/)).toHaveTextContent(/provider.*deployer/);
    expect(review).not.toHaveTextContent('essential-services');
    expect(review).not.toHaveTextContent('Prohibited practices');

    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalled());
    expect(onCreate).toHaveBeenCalledWith({
      classification: {
        ...DEFAULT_CLASSIFICATION_ANSWERS,
        operatorRoles: ['provider', 'deployer'],
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5b',
      },
    });
  });

  it('does not let a derogation without its justification past the step', async () => {
    const user = setupUser();
    const onCreate = await renderStepper(manifestWith(reviewed));

    await user.selectOptions(
      await screen.findByLabelText('Area of use listed in Annex III'),
      'education',
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Does an Art. 6(3) exemption apply?',
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'Preparatory task' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));

    expect(
      (await screen.findAllByText(/write why the condition holds/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
    expect(onCreate).not.toHaveBeenCalled();
  });
});
