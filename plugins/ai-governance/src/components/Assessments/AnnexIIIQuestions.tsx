import TextField from '@material-ui/core/TextField';
import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  type AnnexIIIArea,
  type AnnexIIIUseCase,
  type ClassificationOption,
  annexIIIUseCasesOf,
} from '@aigov/plugin-ai-governance-common';
import { RadioChoice, useQuestionStyles } from './ClassificationControls';

/** What an Annex III point leaves out, shown beside the point so it is read before choosing. */
function carveOutOf(option: ClassificationOption<AnnexIIIUseCase>) {
  return ANNEX_III_USE_CASES.find(o => o.value === option.value)?.carveOut;
}

/**
 * Annex III as the area first, then the point within it: the point decides
 * carve-outs (fraud detection is not 5(b), identity verification is not
 * 1(a)) and whether a deployer owes the Art. 27 impact assessment.
 */
export function AnnexIIIQuestions(props: {
  idPrefix: string;
  area: AnnexIIIArea;
  useCase: AnnexIIIUseCase | undefined;
  onAreaChange: (area: AnnexIIIArea) => void;
  onUseCaseChange: (useCase: AnnexIIIUseCase | undefined) => void;
  disabled: boolean;
}) {
  const classes = useQuestionStyles();
  const { idPrefix, area } = props;
  const points = annexIIIUseCasesOf(area);
  return (
    <>
      <TextField
        id={`${idPrefix}annexIIIArea`}
        className={classes.group}
        select
        SelectProps={{ native: true }}
        label="Area of use listed in Annex III"
        value={area}
        onChange={e => props.onAreaChange(e.target.value as AnnexIIIArea)}
        helperText={
          ANNEX_III_AREAS.find(a => a.value === area)?.help ??
          'Systems used in these areas are high-risk unless a derogation applies.'
        }
        disabled={props.disabled}
        fullWidth
      >
        {ANNEX_III_AREAS.map(a => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </TextField>
      {points.length > 0 && (
        <div className={classes.nested}>
          <RadioChoice
            name="annexIIIUseCase"
            idPrefix={idPrefix}
            legend="Which use in this area? (Annex III point)"
            help="The point decides what the area leaves out and whether deployers must assess the impact on fundamental rights."
            options={points}
            value={props.useCase}
            onChange={props.onUseCaseChange}
            disabled={props.disabled}
            none={
              points.length > 1
                ? {
                    label: 'Not decided yet',
                    help: 'The area alone decides the tier; the impact assessment for private deployers under points 5(b) and 5(c) cannot be told yet.',
                  }
                : undefined
            }
            note={o => {
              const carveOut = carveOutOf(o);
              return (
                carveOut && (
                  <span className={classes.carveOut}>
                    <strong>Not covered:</strong> {carveOut}
                  </span>
                )
              );
            }}
          />
        </div>
      )}
    </>
  );
}
