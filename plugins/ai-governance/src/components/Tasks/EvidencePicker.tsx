import type { Evidence } from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import { useEntityEvidence } from '../../hooks';
import {
  EmptyNote,
  EVIDENCE_KIND_LABELS,
  FlagChip,
  LoadError,
  dateOnly,
} from '../shared';

function EvidenceLabel(props: { evidence: Evidence }) {
  const { evidence } = props;
  return (
    <span>
      {evidence.title}{' '}
      <Box component="span" color="text.secondary">
        ({EVIDENCE_KIND_LABELS[evidence.kind] ?? evidence.kind}, collected{' '}
        {dateOnly(evidence.collectedAt)})
      </Box>
      {evidence.expired && <FlagChip label="expired" />}
    </span>
  );
}

/**
 * Picks any of the entity's evidence to link to a completed task; the API
 * accepts only evidence of the task's own entity, so only that is offered.
 */
export function EvidencePicker(props: {
  entityRef: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { entityRef, selected, onChange, error } = props;
  const evidence = useEntityEvidence(entityRef);

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter(s => s !== id));

  let body;
  if (evidence.error) {
    body = (
      <LoadError
        error={evidence.error}
        what="evidence"
        of="this AI system"
        onRetry={evidence.retry}
      />
    );
  } else if (!evidence.value) {
    body = <Progress />;
  } else if (evidence.value.length === 0) {
    body = (
      <EmptyNote>
        This AI system has no evidence yet; add it on its Controls tab to link
        it here.
      </EmptyNote>
    );
  } else {
    body = (
      // A long evidence list scrolls inside the dialog instead of pushing the buttons away.
      <Box maxHeight={240} overflow="auto">
        <FormGroup>
          {evidence.value.map(e => (
            <FormControlLabel
              key={e.id}
              control={
                <Checkbox
                  size="small"
                  checked={selected.includes(e.id)}
                  onChange={event => toggle(e.id, event.target.checked)}
                />
              }
              label={<EvidenceLabel evidence={e} />}
            />
          ))}
        </FormGroup>
      </Box>
    );
  }

  return (
    <FormControl component="fieldset" error={!!error} margin="normal" fullWidth>
      <FormLabel component="legend">
        Evidence that shows it (optional)
      </FormLabel>
      {body}
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
