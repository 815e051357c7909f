import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import FormHelperText from '@material-ui/core/FormHelperText';
import { OwnerPicker, describe } from '../../shared';
import { refName } from './reviewLabels';

/** Attendees as chips, and a catalog picker with an Add button for one more. */
export function AttendeeList(props: {
  idPrefix: string;
  attendees: string[];
  onChange: (attendees: string[]) => void;
  problem?: string;
}) {
  const [next, setNext] = useState('');
  const add = () => {
    const ref = next.trim();
    if (ref && !props.attendees.includes(ref)) {
      props.onChange([...props.attendees, ref]);
    }
    setNext('');
  };
  return (
    <Box mt={2}>
      <Box display="flex" alignItems="flex-end" gridGap={8}>
        <OwnerPicker
          id={`${props.idPrefix}-attendee`}
          label="Attendee"
          value={next}
          onChange={setNext}
          helperText="Pick a user, e.g. user:default/ada, then Add"
        />
        <Button variant="outlined" onClick={add} disabled={!next.trim()}>
          Add
        </Button>
      </Box>
      <Box display="flex" flexWrap="wrap" gridGap={4} mt={1}>
        {props.attendees.map(ref => (
          <Chip
            key={ref}
            label={refName(ref)}
            title={ref}
            onDelete={() =>
              props.onChange(props.attendees.filter(a => a !== ref))
            }
          />
        ))}
      </Box>
      {props.problem && (
        <FormHelperText error>
          {describe('Attendees', props.problem)}
        </FormHelperText>
      )}
    </Box>
  );
}
