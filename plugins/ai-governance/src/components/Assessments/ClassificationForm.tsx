import {
  type ClassificationAnswers,
  GPAI_MODEL_OPTIONS,
  OPERATOR_ROLES,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
} from '@aigov/plugin-ai-governance-common';
import { AnnexIIIQuestions } from './AnnexIIIQuestions';
import {
  type StoredClassificationResult,
  applicableQuestions,
  liveClassification,
  withoutInapplicable,
} from './classification';
import { CheckboxGroup, RadioChoice, YesNo } from './ClassificationControls';
import { ClassificationLayout } from './ClassificationLayout';
import { ClassificationOutcome } from './ClassificationOutcome';
import { DerogationQuestions } from './DerogationQuestions';

/**
 * The EU AI Act classification questions alone, for forms that show the
 * result their own way. The roles come first because they decide which
 * other questions apply; answers to questions that stop applying are
 * dropped. `idPrefix` keeps element ids unique when the questions appear
 * more than once on a page.
 */
export function ClassificationQuestions(props: {
  value: ClassificationAnswers;
  onChange: (value: ClassificationAnswers) => void;
  readOnly: boolean;
  idPrefix?: string;
}) {
  const { value, readOnly, idPrefix = '' } = props;
  const applies = applicableQuestions(value);
  const set = <K extends keyof ClassificationAnswers>(
    key: K,
    v: ClassificationAnswers[K],
  ) => props.onChange(withoutInapplicable({ ...value, [key]: v }));
  return (
    <>
      <CheckboxGroup
        name="operatorRoles"
        idPrefix={idPrefix}
        legend="What is the organisation's role for this system? (Art. 3)"
        help={
          value.operatorRoles?.length
            ? 'Tick every role that applies; the questions below and the duties listed follow from them.'
            : 'Tick every role that applies. With none ticked, the duties of both a provider and a deployer are listed.'
        }
        options={OPERATOR_ROLES}
        value={value.operatorRoles ?? []}
        onChange={v => set('operatorRoles', v.length > 0 ? v : undefined)}
        disabled={readOnly}
      />
      {applies.publicService && (
        <YesNo
          name="publicService"
          idPrefix={idPrefix}
          label="Is the deployer a public body, or a private entity providing a public service? (Art. 27(1))"
          help="For example a municipality, a public hospital, or a private company running public transport or social housing. Such deployers assess the impact on fundamental rights before using an Annex III system."
          checked={value.publicService === true}
          onChange={v => set('publicService', v)}
          disabled={readOnly}
        />
      )}
      <CheckboxGroup
        name="prohibitedPractices"
        idPrefix={idPrefix}
        legend="Does the system do any of these? (prohibited practices, Art. 5)"
        help="Tick every one that applies. Any of them means the system may not be used in the EU."
        options={PROHIBITED_PRACTICES}
        value={value.prohibitedPractices}
        onChange={v => set('prohibitedPractices', v)}
        disabled={readOnly}
      />
      <AnnexIIIQuestions
        idPrefix={idPrefix}
        area={value.annexIIIArea}
        useCase={value.annexIIIUseCase}
        onAreaChange={v => set('annexIIIArea', v)}
        onUseCaseChange={v => set('annexIIIUseCase', v)}
        disabled={readOnly}
      />
      <YesNo
        name="productSafetyComponent"
        idPrefix={idPrefix}
        label="Is it a safety component of a regulated product, or such a product itself? (Art. 6(1))"
        help="For example in machinery, toys, lifts, medical devices or vehicles, where the product needs a third-party conformity check."
        checked={value.productSafetyComponent}
        onChange={v => set('productSafetyComponent', v)}
        disabled={readOnly}
      />
      <YesNo
        name="profilesNaturalPersons"
        idPrefix={idPrefix}
        label="Does it profile people?"
        help="It evaluates personal aspects such as work performance, finances, health, preferences, behaviour or location. A system in an Annex III area that profiles people is always high-risk."
        checked={value.profilesNaturalPersons}
        onChange={v => set('profilesNaturalPersons', v)}
        disabled={readOnly}
      />
      {applies.derogation && (
        <DerogationQuestions
          idPrefix={idPrefix}
          claimed={value.art6Exemption}
          condition={value.art6Condition}
          justification={value.art6Justification}
          onClaimedChange={v => set('art6Exemption', v)}
          onConditionChange={v => set('art6Condition', v)}
          onJustificationChange={v => set('art6Justification', v)}
          disabled={readOnly}
        />
      )}
      <CheckboxGroup
        name="transparency"
        idPrefix={idPrefix}
        legend="Must people be told about the AI? (transparency, Art. 50)"
        help="Tick every case that applies."
        options={TRANSPARENCY_TRIGGERS}
        value={value.transparency}
        onChange={v => set('transparency', v)}
        disabled={readOnly}
      />
      {applies.gpaiModel && (
        <RadioChoice
          name="gpaiModel"
          idPrefix={idPrefix}
          legend="Does the organisation provide a general-purpose AI model? (Arts. 51 to 55)"
          help="A model of its own that it places on the market, alone or inside this system; these duties come on top of the system's tier."
          options={GPAI_MODEL_OPTIONS}
          value={value.gpaiModel ?? 'none'}
          onChange={v => set('gpaiModel', v)}
          disabled={readOnly}
        />
      )}
    </>
  );
}

/**
 * The questions with the tier they suggest, live as they are answered, or
 * the result recorded with the assessment when `recorded` is given: an
 * approved classification keeps showing what was approved even if the
 * classifier has changed since.
 */
export function ClassificationForm(props: {
  value: ClassificationAnswers;
  onChange: (value: ClassificationAnswers) => void;
  readOnly: boolean;
  recorded?: StoredClassificationResult;
}) {
  const { value, recorded } = props;
  const live = liveClassification(value);
  const result = recorded ?? live.result;
  return (
    <ClassificationLayout
      id="classification-outcome"
      result={result}
      questions={
        <ClassificationQuestions
          value={value}
          onChange={props.onChange}
          readOnly={props.readOnly}
        />
      }
      outcome={
        <ClassificationOutcome
          id="classification-outcome"
          label={recorded ? 'Recorded tier' : 'Suggested tier'}
          result={result}
          pending={recorded ? undefined : live.pending}
          footnote="This is a first reading for the reviewer, not legal advice."
        />
      }
    />
  );
}
