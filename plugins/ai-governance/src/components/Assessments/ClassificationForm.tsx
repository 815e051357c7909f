import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import {
  ANNEX_III_AREAS,
  type ClassificationAnswers,
  type ClassificationOption,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  classifyAiSystem,
} from '@aigov/plugin-ai-governance-common';
import type { StoredClassificationResult } from './classification';
import { ClassificationOutcome } from './ClassificationOutcome';

const useStyles = makeStyles(theme => ({
  group: { marginTop: theme.spacing(3), display: 'block' },
  option: { marginBottom: theme.spacing(1) },
  article: { whiteSpace: 'nowrap' },
}));

/** A checkbox per option, each with its plain-words explanation. */
function CheckboxGroup<V extends string>(props: {
  name: string;
  idPrefix: string;
  legend: string;
  help: string;
  options: readonly ClassificationOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  disabled: boolean;
}) {
  const classes = useStyles();
  const toggle = (v: V, on: boolean) =>
    props.onChange(on ? [...props.value, v] : props.value.filter(x => x !== v));
  return (
    <FormControl
      component="fieldset"
      className={classes.group}
      disabled={props.disabled}
    >
      <FormLabel component="legend">{props.legend}</FormLabel>
      <FormHelperText>{props.help}</FormHelperText>
      <FormGroup>
        {props.options.map(o => {
          const helpId = `${props.idPrefix}${props.name}-${o.value}-help`;
          return (
            <div key={o.value} className={classes.option}>
              <FormControlLabel
                control={
                  <Checkbox
                    name={props.name}
                    value={o.value}
                    checked={props.value.includes(o.value)}
                    onChange={e => toggle(o.value, e.target.checked)}
                    inputProps={{ 'aria-describedby': helpId }}
                  />
                }
                label={o.label}
              />
              <FormHelperText id={helpId}>
                {o.help} <span className={classes.article}>({o.article})</span>
              </FormHelperText>
            </div>
          );
        })}
      </FormGroup>
    </FormControl>
  );
}

/** A yes/no question as a switch with its explanation. */
function YesNo(props: {
  name: keyof ClassificationAnswers;
  idPrefix: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
}) {
  const classes = useStyles();
  const helpId = `${props.idPrefix}${props.name}-help`;
  return (
    <FormControl className={classes.group} disabled={props.disabled}>
      <FormControlLabel
        control={
          <Switch
            name={props.name}
            color="primary"
            checked={props.checked}
            onChange={e => props.onChange(e.target.checked)}
            inputProps={{ 'aria-describedby': helpId }}
          />
        }
        label={props.label}
      />
      <FormHelperText id={helpId}>{props.help}</FormHelperText>
    </FormControl>
  );
}

/**
 * The EU AI Act classification questions alone, for forms that show the
 * result their own way. `idPrefix` keeps element ids unique when the
 * questions appear more than once on a page.
 */
export function ClassificationQuestions(props: {
  value: ClassificationAnswers;
  onChange: (value: ClassificationAnswers) => void;
  readOnly: boolean;
  idPrefix?: string;
}) {
  const classes = useStyles();
  const { value, readOnly, idPrefix = '' } = props;
  const set = <K extends keyof ClassificationAnswers>(
    key: K,
    v: ClassificationAnswers[K],
  ) => props.onChange({ ...value, [key]: v });
  return (
    <>
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
      <TextField
        id={`${idPrefix}annexIIIArea`}
        className={classes.group}
        select
        SelectProps={{ native: true }}
        label="Area of use listed in Annex III"
        value={value.annexIIIArea}
        onChange={e =>
          set(
            'annexIIIArea',
            e.target.value as ClassificationAnswers['annexIIIArea'],
          )
        }
        helperText={
          ANNEX_III_AREAS.find(a => a.value === value.annexIIIArea)?.help ??
          'Systems used in these areas are high-risk unless an exemption applies.'
        }
        disabled={readOnly}
        fullWidth
      >
        {ANNEX_III_AREAS.map(a => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </TextField>
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
        name="art6Exemption"
        idPrefix={idPrefix}
        label="Does an Art. 6(3) exemption apply?"
        help="Only for Annex III systems: it does a narrow procedural task, improves the result of work a person already did, spots patterns without replacing human judgement, or only prepares an assessment."
        checked={value.art6Exemption}
        onChange={v => set('art6Exemption', v)}
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
  return (
    <>
      <ClassificationQuestions
        value={value}
        onChange={props.onChange}
        readOnly={props.readOnly}
      />
      <ClassificationOutcome
        id="classification-outcome"
        label={recorded ? 'Recorded tier' : 'Suggested tier'}
        result={recorded ?? classifyAiSystem(value)}
        footnote="This is a first reading for the reviewer, not legal advice."
      />
    </>
  );
}
