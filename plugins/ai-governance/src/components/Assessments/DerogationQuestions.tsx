import TextField from '@material-ui/core/TextField';
import {
  ART6_CONDITIONS,
  type Art6Condition,
  MAX_ART6_JUSTIFICATION_LENGTH,
} from '@aigov/plugin-ai-governance-common';
import {
  RadioChoice,
  YesNo,
  useQuestionStyles,
} from './ClassificationControls';

/**
 * The provider's Art. 6(3) derogation for an Annex III system: the claim,
 * then the condition it rests on and the written reasoning, both required
 * for the claim to count. The reasoning is what Art. 6(4) asks the provider
 * to document and hand to authorities.
 */
export function DerogationQuestions(props: {
  idPrefix: string;
  claimed: boolean;
  condition: Art6Condition | undefined;
  justification: string | undefined;
  onClaimedChange: (claimed: boolean) => void;
  onConditionChange: (condition: Art6Condition | undefined) => void;
  onJustificationChange: (justification: string) => void;
  disabled: boolean;
}) {
  const classes = useQuestionStyles();
  const { idPrefix, claimed } = props;
  const blank = !props.justification?.trim();
  return (
    <>
      <YesNo
        name="art6Exemption"
        idPrefix={idPrefix}
        label="Does an Art. 6(3) exemption apply?"
        help="As provider you may decide that this Annex III use is not high-risk when it poses no significant risk of harm and one of four conditions holds. A system that profiles people never qualifies."
        checked={claimed}
        onChange={props.onClaimedChange}
        disabled={props.disabled}
      />
      {claimed && (
        <div className={classes.nested}>
          <RadioChoice
            name="art6Condition"
            idPrefix={idPrefix}
            legend="Which condition holds? (Art. 6(3)(a) to (d))"
            help="Choose the one the claim rests on."
            options={ART6_CONDITIONS}
            value={props.condition}
            onChange={props.onConditionChange}
            disabled={props.disabled}
            error={!props.condition}
          />
          <TextField
            id={`${idPrefix}art6Justification`}
            className={classes.group}
            label="Why the condition holds"
            multiline
            minRows={3}
            maxRows={12}
            required
            error={blank}
            value={props.justification ?? ''}
            onChange={e => props.onJustificationChange(e.target.value)}
            inputProps={{ maxLength: MAX_ART6_JUSTIFICATION_LENGTH }}
            helperText={`The assessment kept with the classification and handed to authorities on request (Art. 6(4)); the system is still registered in the EU database (Art. 49(2)). ${
              props.justification?.length ?? 0
            } of ${MAX_ART6_JUSTIFICATION_LENGTH} characters.`}
            disabled={props.disabled}
            fullWidth
            variant="outlined"
          />
        </div>
      )}
    </>
  );
}
