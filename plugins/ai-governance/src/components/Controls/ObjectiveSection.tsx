import { memo } from 'react';
import type {
  AnnexAObjective,
  EntityControl,
  Evidence,
} from '@aigov/plugin-ai-governance-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ControlRow } from './ControlRow';
import { type Guard, WhyDisabled } from '../shared';

const useStyles = makeStyles(theme => ({
  summary: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(2) },
  details: { padding: 0, overflowX: 'auto' },
  // Headers wrap between words only ("Applicability" stays whole).
  head: { '& th': { wordBreak: 'keep-all', hyphens: 'manual' } },
}));

/** "n of m implemented", counting only controls that apply. */
export function implementedCount(controls: EntityControl[]) {
  const applicable = controls.filter(c => c.applicable);
  return {
    implemented: applicable.filter(c => c.status === 'implemented').length,
    applicable: applicable.length,
  };
}

/**
 * The controls of one Annex A objective, in a section that can be folded.
 * Memoised: opening a dialog or selecting a row elsewhere need not redraw
 * all 38 rows.
 */
export const ObjectiveSection = memo(function ObjectiveSectionView(props: {
  objective: AnnexAObjective;
  controls: EntityControl[];
  evidence?: Map<string, Evidence>;
  selected: ReadonlySet<string>;
  onSelect: (controlIds: string[], selected: boolean) => void;
  onEdit: (control: EntityControl) => void;
  onAddEvidence: (control: EntityControl) => void;
  canEdit: Guard;
  canAddEvidence: Guard;
}) {
  const classes = useStyles();
  const { objective, controls, selected } = props;
  const { implemented, applicable } = implementedCount(controls);
  const ids = controls.map(c => c.controlId);
  const selectedHere = ids.filter(id => selected.has(id)).length;
  const headerId = `objective-${objective.id}-header`;
  return (
    <Accordion defaultExpanded>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={headerId}
        aria-controls={`objective-${objective.id}-controls`}
      >
        <div className={classes.summary}>
          <Typography variant="subtitle1">
            {objective.id} {objective.title}
          </Typography>
          <Typography variant="subtitle1" color="textSecondary">
            {implemented} of {applicable} implemented
          </Typography>
        </div>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        <Table
          size="small"
          aria-label={`Controls of ${objective.id} ${objective.title}`}
        >
          <TableHead className={classes.head}>
            <TableRow>
              <TableCell padding="checkbox">
                <WhyDisabled reason={props.canEdit.reason}>
                  <Checkbox
                    checked={selectedHere > 0 && selectedHere === ids.length}
                    indeterminate={
                      selectedHere > 0 && selectedHere < ids.length
                    }
                    onChange={e => props.onSelect(ids, e.target.checked)}
                    disabled={!props.canEdit.allowed}
                    inputProps={{
                      'aria-label': `Select all controls of ${objective.id}`,
                    }}
                  />
                </WhyDisabled>
              </TableCell>
              <TableCell>Control</TableCell>
              <TableCell>Applicability</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Owner and due date</TableCell>
              <TableCell>Evidence</TableCell>
              <TableCell>
                <Typography variant="srOnly">Actions</Typography>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {controls.map(c => (
              <ControlRow
                key={c.controlId}
                control={c}
                evidence={props.evidence}
                selected={selected.has(c.controlId)}
                onSelect={s => props.onSelect([c.controlId], s)}
                onEdit={() => props.onEdit(c)}
                onAddEvidence={() => props.onAddEvidence(c)}
                canEdit={props.canEdit}
                canAddEvidence={props.canAddEvidence}
              />
            ))}
          </TableBody>
        </Table>
      </AccordionDetails>
    </Accordion>
  );
});
