import type { ReviewInputs as Inputs } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { formatTimestamp } from '../../shared';

/**
 * The inputs of a review by section, as they were frozen when the review
 * was created: when they were assembled, and for each section where it
 * came from, its summary, its figures and the records it names.
 */
export function ReviewInputs(props: { inputs: Inputs }) {
  const { inputs } = props;
  return (
    <Box component="section" aria-labelledby="review-inputs-heading" mt={3}>
      <Typography variant="h6" component="h3" id="review-inputs-heading">
        Inputs
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Assembled at {formatTimestamp(inputs.assembledAt)}
        {inputs.since
          ? `, counting changes since ${formatTimestamp(inputs.since)}`
          : ''}
        . Frozen with the review: later changes to the records do not alter
        them.
      </Typography>
      <Box display="grid" gridGap={12}>
        {inputs.sections.map(section => (
          <Paper
            key={section.id}
            variant="outlined"
            component="section"
            aria-label={section.title}
          >
            <Box p={2}>
              <Typography variant="subtitle1" component="h4">
                {section.title}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                Source: {section.source}
              </Typography>
              <Typography variant="body2" paragraph>
                {section.summary}
              </Typography>
              <Box display="flex" flexWrap="wrap" gridGap={16}>
                {section.figures.map(f => (
                  <Box key={f.label}>
                    <Typography variant="h6" component="span">
                      {f.value}
                    </Typography>{' '}
                    <Typography variant="body2" component="span">
                      {f.label}
                    </Typography>
                  </Box>
                ))}
              </Box>
              {section.items.length > 0 && (
                <Box component="ul" mt={1} mb={0}>
                  {section.items.map((item, i) => (
                    <li key={`${item.ref ?? ''}-${i}`}>
                      <Typography variant="body2">{item.text}</Typography>
                    </li>
                  ))}
                </Box>
              )}
            </Box>
          </Paper>
        ))}
      </Box>
    </Box>
  );
}
