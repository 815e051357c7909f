import type { ReactNode } from 'react';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Switch from '@material-ui/core/Switch';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ClassificationAnswers,
  ClassificationOption,
} from '@aigov/plugin-ai-governance-common';

/*
 * The building blocks of the classification questions: every choice shows
 * its plain-words explanation and the provision behind it, tied to the
 * control with aria-describedby.
 */

export const useQuestionStyles = makeStyles(theme => ({
  group: { marginTop: theme.spacing(3), display: 'block' },
  option: { marginBottom: theme.spacing(1) },
  article: { whiteSpace: 'nowrap' },
  nested: {
    marginLeft: theme.spacing(2),
    paddingLeft: theme.spacing(2),
    borderLeft: `2px solid ${theme.palette.divider}`,
  },
  carveOut: {
    display: 'block',
    marginTop: theme.spacing(0.5),
    color: theme.palette.text.primary,
  },
}));

/** A choice's explanation and provision, with an optional extra line. */
function OptionHelp(props: {
  id: string;
  option: ClassificationOption;
  extra?: ReactNode;
}) {
  const classes = useQuestionStyles();
  const { option } = props;
  return (
    <FormHelperText id={props.id}>
      {option.help} <span className={classes.article}>({option.article})</span>
      {props.extra}
    </FormHelperText>
  );
}

/** A checkbox per option, each with its plain-words explanation. */
export function CheckboxGroup<V extends string>(props: {
  name: string;
  idPrefix: string;
  legend: string;
  help: ReactNode;
  options: readonly ClassificationOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  disabled: boolean;
}) {
  const classes = useQuestionStyles();
  // Kept in option order, so the stored list does not depend on click order.
  const toggle = (v: V, on: boolean) =>
    props.onChange(
      props.options
        .map(o => o.value)
        .filter(x => (x === v ? on : props.value.includes(x))),
    );
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
              <OptionHelp id={helpId} option={o} />
            </div>
          );
        })}
      </FormGroup>
    </FormControl>
  );
}

/**
 * One choice among options as radio buttons; `note` adds a line to an
 * option's explanation (the Annex III carve-outs), and `none` offers an
 * explicit "not chosen" first choice stored as undefined.
 */
export function RadioChoice<V extends string>(props: {
  name: string;
  idPrefix: string;
  legend: string;
  help: ReactNode;
  options: readonly ClassificationOption<V>[];
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  disabled: boolean;
  none?: { label: string; help: string };
  note?: (option: ClassificationOption<V>) => ReactNode;
  error?: boolean;
}) {
  const classes = useQuestionStyles();
  const noneValue = '';
  const legendId = `${props.idPrefix}${props.name}-legend`;
  return (
    <FormControl
      component="fieldset"
      className={classes.group}
      disabled={props.disabled}
      error={props.error}
    >
      <FormLabel component="legend" id={legendId}>
        {props.legend}
      </FormLabel>
      <FormHelperText>{props.help}</FormHelperText>
      <RadioGroup
        name={`${props.idPrefix}${props.name}`}
        aria-labelledby={legendId}
        value={props.value ?? noneValue}
        onChange={e =>
          props.onChange(
            e.target.value === noneValue ? undefined : (e.target.value as V),
          )
        }
      >
        {props.none && (
          <div className={classes.option}>
            <FormControlLabel
              value={noneValue}
              control={
                <Radio
                  inputProps={{
                    'aria-describedby': `${props.idPrefix}${props.name}-none-help`,
                  }}
                />
              }
              label={props.none.label}
            />
            <FormHelperText id={`${props.idPrefix}${props.name}-none-help`}>
              {props.none.help}
            </FormHelperText>
          </div>
        )}
        {props.options.map(o => {
          const helpId = `${props.idPrefix}${props.name}-${o.value}-help`;
          return (
            <div key={o.value} className={classes.option}>
              <FormControlLabel
                value={o.value}
                control={<Radio inputProps={{ 'aria-describedby': helpId }} />}
                label={o.label}
              />
              <OptionHelp id={helpId} option={o} extra={props.note?.(o)} />
            </div>
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}

/** A yes/no question as a switch with its explanation. */
export function YesNo(props: {
  name: keyof ClassificationAnswers;
  idPrefix: string;
  label: string;
  help: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
}) {
  const classes = useQuestionStyles();
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
