import { useState } from 'react';
import {
  type ClassificationAnswers,
  DEFAULT_CLASSIFICATION_ANSWERS,
} from '@aigov/plugin-ai-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../../__testUtils__';
import { AiClassificationField } from './AiClassificationField';
import { aiClassificationFieldOptions } from './options';
import type { AiClassificationUiOptions } from './schema';
import { validateAiClassification } from './validation';

jest.setTimeout(30_000);

type Props = FieldExtensionComponentProps<
  ClassificationAnswers,
  AiClassificationUiOptions
>;

/** Holds the form data the way the scaffolder's form does. */
function Harness(props: {
  initial?: unknown;
  uiOptions?: AiClassificationUiOptions;
  onChange: (value: unknown) => void;
}) {
  const [formData, setFormData] = useState(props.initial);
  const fieldProps = {
    name: 'classification',
    schema: { type: 'object', title: 'EU AI Act classification' },
    uiSchema: { 'ui:options': props.uiOptions ?? {} },
    idSchema: { $id: 'root_classification' },
    formData,
    onChange: (value: unknown) => {
      props.onChange(value);
      setFormData(value);
    },
    onBlur: jest.fn(),
    onFocus: jest.fn(),
    rawErrors: [],
    disabled: false,
    readonly: false,
    registry: {},
  } as unknown as Props;
  return <AiClassificationField {...fieldProps} />;
}

async function renderField(
  options: { initial?: unknown; uiOptions?: AiClassificationUiOptions } = {},
) {
  const onChange = jest.fn();
  await renderInTestApp(<Harness {...options} onChange={onChange} />);
  const outcome = screen.getByRole('status');
  return { onChange, outcome };
}

/** What the validation function reports for `data`. */
async function validationErrors(data: unknown): Promise<string[]> {
  const errors: string[] = [];
  await validateAiClassification(
    data as ClassificationAnswers,
    { addError: (m: string) => errors.push(m) } as any,
    {} as any,
  );
  return errors;
}

describe('AiClassificationField', () => {
  it('starts from the defaults and writes all six answers into the form data', async () => {
    const { onChange, outcome } = await renderField();

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
    });
    expect(
      screen.getByRole('group', { name: 'EU AI Act classification' }),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('Area of use listed in Annex III'),
    ).toHaveValue('none');
    for (const box of screen.getAllByRole('checkbox')) {
      expect(box).not.toBeChecked();
    }
    expect(outcome).toHaveAttribute('aria-live', 'polite');
    expect(outcome).toHaveTextContent('Resulting tier:');
    expect(within(outcome).getByText('minimal risk')).toBeInTheDocument();
  });

  it('fills in missing answers and keeps the given ones', async () => {
    const { onChange } = await renderField({
      initial: { annexIIIArea: 'education' },
    });
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      annexIIIArea: 'education',
    });
  });

  it('does not rewrite complete answers', async () => {
    const initial = { ...DEFAULT_CLASSIFICATION_ANSWERS, transparency: [] };
    const { onChange, outcome } = await renderField({ initial });
    expect(within(outcome).getByText('minimal risk')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('turns high in an Annex III area, citing Annex III, and drops back with the exemption', async () => {
    const user = setupUser();
    const { onChange, outcome } = await renderField();

    await user.selectOptions(
      screen.getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    expect(
      within(outcome).getByText(/Annex III area: Employment and workers/),
    ).toHaveTextContent(/Annex III point 4/);
    expect(screen.getByRole('list', { name: 'Obligations' })).toHaveTextContent(
      /risk-management process/,
    );
    expect(
      screen.getByRole('list', { name: 'When they apply' }),
    ).toHaveTextContent(/2027-12-02/);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ annexIIIArea: 'employment' }),
    );

    await user.click(
      screen.getByRole('checkbox', {
        name: 'Does an Art. 6(3) exemption apply?',
      }),
    );
    expect(within(outcome).queryByText('high risk')).not.toBeInTheDocument();
    expect(within(outcome).getByText('minimal risk')).toBeInTheDocument();

    // Profiling rules the exemption out again.
    await user.click(
      screen.getByRole('checkbox', { name: 'Does it profile people?' }),
    );
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({
      prohibitedPractices: [],
      annexIIIArea: 'employment',
      productSafetyComponent: false,
      art6Exemption: true,
      profilesNaturalPersons: true,
      transparency: [],
    });
  });

  it('shows a prohibited practice as prohibited and the validation blocks it', async () => {
    const user = setupUser();
    const { onChange, outcome } = await renderField();

    await user.click(screen.getByRole('checkbox', { name: 'Social scoring' }));

    expect(within(outcome).getByText('prohibited risk')).toBeInTheDocument();
    expect(outcome).toHaveTextContent(
      /uses a practice prohibited by Art\. 5 .*cannot be onboarded/,
    );
    const value = onChange.mock.lastCall[0];
    expect(value.prohibitedPractices).toEqual(['social-scoring']);
    expect(await validationErrors(value)).toEqual([
      'This system uses a practice prohibited by Art. 5 of the EU AI Act (Social scoring, Art. 5(1)(c)) and cannot be onboarded.',
    ]);
  });

  it('hides the obligations when the template asks it to', async () => {
    const user = setupUser();
    await renderField({ uiOptions: { showObligations: false } });
    await user.selectOptions(
      screen.getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    expect(screen.getByText('high risk')).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Obligations' }),
    ).not.toBeInTheDocument();
  });

  it('labels every control', async () => {
    await renderField();
    for (const control of [
      ...screen.getAllByRole('checkbox'),
      screen.getByRole('combobox'),
    ]) {
      expect(control).toHaveAccessibleName();
    }
  });
});

describe('validateAiClassification', () => {
  it('accepts answers that are not prohibited', async () => {
    expect(
      await validationErrors({
        ...DEFAULT_CLASSIFICATION_ANSWERS,
        annexIIIArea: 'employment',
      }),
    ).toEqual([]);
  });

  it('names the malformed field', async () => {
    const [error] = await validationErrors({
      ...DEFAULT_CLASSIFICATION_ANSWERS,
      annexIIIArea: 'astrology',
    });
    expect(error).toMatch(
      /^The EU AI Act classification answers are not valid/,
    );
    expect(error).toMatch(/annexIIIArea/);
    expect(
      (
        await validationErrors({
          ...DEFAULT_CLASSIFICATION_ANSWERS,
          art6Exemption: 'yes',
        })
      )[0],
    ).toMatch(/art6Exemption/);
  });
});

describe('the field in the scaffolder form', () => {
  const manifest = {
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
            },
          },
        },
      },
    ],
  };

  // jsdom cannot scroll; the Stepper scrolls to the top on every step.
  beforeAll(() => {
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterAll(() => {
    jest.restoreAllMocks();
  });

  async function renderStepper() {
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
});
