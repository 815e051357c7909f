import { useState } from 'react';
import {
  type ClassificationAnswers,
  DEFAULT_CLASSIFICATION_ANSWERS,
} from '@aigov/plugin-ai-governance-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../../__testUtils__';
import { AiClassificationField } from './AiClassificationField';
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

  it('turns high in an Annex III area, citing Annex III, and drops back with a justified derogation', async () => {
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
    // No role answered: a provider's and a deployer's duties, apart.
    expect(
      screen.getByRole('list', { name: 'Obligations as provider' }),
    ).toHaveTextContent(/risk-management process/);
    expect(
      screen.getByRole('list', { name: 'Obligations as deployer' }),
    ).toHaveTextContent(/Art\. 26/);
    expect(
      screen.getByRole('list', { name: 'When they apply' }),
    ).toHaveTextContent(/2027-12-02/);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ annexIIIArea: 'employment' }),
    );

    // The claim alone does not count: it needs a condition and the reasoning.
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Does an Art. 6(3) exemption apply?',
      }),
    );
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    expect(outcome).toHaveTextContent(
      /counts once you choose the Art\. 6\(3\)/,
    );
    expect(await validationErrors(onChange.mock.lastCall[0])).toEqual([
      expect.stringMatching(/art6Condition.*art6Justification/),
    ]);
    await user.click(
      screen.getByRole('radio', { name: 'Narrow procedural task' }),
    );
    await user.type(
      screen.getByRole('textbox', { name: /Why the condition holds/ }),
      'Only files CVs into folders by opening.',
    );
    expect(within(outcome).queryByText('high risk')).not.toBeInTheDocument();
    expect(within(outcome).getByText('minimal risk')).toBeInTheDocument();
    expect(await validationErrors(onChange.mock.lastCall[0])).toEqual([]);

    // Profiling rules the derogation out again.
    await user.click(
      screen.getByRole('checkbox', { name: 'Does it profile people?' }),
    );
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({
      prohibitedPractices: [],
      annexIIIArea: 'employment',
      productSafetyComponent: false,
      art6Exemption: true,
      art6Condition: 'a',
      art6Justification: 'Only files CVs into folders by opening.',
      profilesNaturalPersons: true,
      transparency: [],
    });
  });

  it('asks the roles first and only what applies to them', async () => {
    const user = setupUser();
    const { onChange, outcome } = await renderField({
      uiOptions: { defaultOperatorRoles: ['deployer'] },
    });
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({
        operatorRoles: ['deployer'],
        ...DEFAULT_CLASSIFICATION_ANSWERS,
      }),
    );
    // The roles are the first question.
    expect(screen.getAllByRole('checkbox')[0]).toHaveAccessibleName('Provider');
    expect(screen.getByRole('checkbox', { name: 'Deployer' })).toBeChecked();
    // A deployer is asked about public services, not about a derogation or
    // a general-purpose model, which are the provider's.
    await user.selectOptions(
      screen.getByLabelText('Area of use listed in Annex III'),
      'essential-services',
    );
    expect(
      screen.getByRole('checkbox', { name: /public body/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('checkbox', { name: /Art\. 6\(3\) exemption/ }),
    ).toBeNull();
    expect(
      screen.queryByRole('radiogroup', { name: /general-purpose AI model/ }),
    ).toBeNull();

    // The Annex III point, with what it leaves out beside it.
    const points = screen.getByRole('radiogroup', { name: /Annex III point/ });
    const credit = within(points).getByRole('radio', {
      name: 'Creditworthiness and credit scoring',
    });
    expect(credit).toHaveAccessibleDescription(/Not covered: .*fraud/i);
    await user.click(credit);
    expect(outcome).toHaveTextContent(
      /Fundamental rights impact assessment required/,
    );
    expect(
      screen.getByRole('list', { name: 'Obligations as deployer' }),
    ).toHaveTextContent(/Art\. 27/);
    expect(
      screen.queryByRole('list', { name: 'Obligations as provider' }),
    ).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        operatorRoles: ['deployer'],
        annexIIIArea: 'essential-services',
        annexIIIUseCase: '5b',
      }),
    );

    // Becoming provider too brings its questions and its duties.
    await user.click(screen.getByRole('checkbox', { name: 'Provider' }));
    expect(
      screen.getByRole('checkbox', { name: /Art\. 6\(3\) exemption/ }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', {
        name: 'General-purpose AI model with systemic risk',
      }),
    );
    expect(
      screen.getByRole('list', { name: 'Obligations of every role' }),
    ).toHaveTextContent(/AI literacy|Art\. 4/);
    expect(
      screen.getByRole('list', { name: 'Obligations as provider' }),
    ).toHaveTextContent(/\(Art\. 9\)/);
    expect(
      screen.getByRole('list', {
        name: 'Obligations as provider of a general-purpose AI model',
      }),
    ).toHaveTextContent(/Art\. 55/);
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        operatorRoles: ['provider', 'deployer'],
        gpaiModel: 'systemic-risk',
      }),
    );

    // Unticking the deployer drops its public-service answer.
    await user.click(screen.getByRole('checkbox', { name: /public body/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Deployer' }));
    expect(screen.queryByRole('checkbox', { name: /public body/ })).toBeNull();
    expect(onChange.mock.lastCall[0]).not.toHaveProperty('publicService');
    expect(within(outcome).getByText('high risk')).toBeInTheDocument();
  });

  it('shows a summary bar with the tier on narrow screens', async () => {
    const user = setupUser();
    await renderField();
    // jsdom has no media queries, so the field lays out as on a narrow screen.
    const bar = screen.getByTestId('root_classification-outcome-summary');
    expect(within(bar).getByText('minimal risk')).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText('Area of use listed in Annex III'),
      'employment',
    );
    expect(within(bar).getByText('high risk')).toBeInTheDocument();
    expect(bar).toHaveTextContent(/\d+ obligations/);
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
    expect(
      within(screen.getByRole('status')).getByText('high risk'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /Obligations/ })).toBeNull();
  });

  it('labels every control', async () => {
    await renderField();
    const user = setupUser();
    await user.selectOptions(
      screen.getByLabelText('Area of use listed in Annex III'),
      'essential-services',
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Does an Art. 6(3) exemption apply?',
      }),
    );
    for (const control of [
      ...screen.getAllByRole('checkbox'),
      ...screen.getAllByRole('radio'),
      screen.getByRole('combobox'),
      screen.getByRole('textbox'),
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
