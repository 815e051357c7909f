import type { ReadinessStage1 } from '@aigov/plugin-ai-governance-common';
import {
  LinearGauge,
  Link,
  StatusError,
  StatusOK,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

/**
 * The stage 1 checklist: each piece of documented information an auditor
 * asks for, present or missing, why, and where it is kept, under the
 * progress of the whole list.
 */
export function Stage1Checklist(props: { stage1: ReadinessStage1 }) {
  const { items, presentCount, total } = props.stage1;
  return (
    <Box component="section" aria-labelledby="readiness-stage1" mb={4}>
      <Typography variant="h6" component="h2" id="readiness-stage1">
        Stage 1: documented information
      </Typography>
      <Box display="flex" alignItems="center" gridGap={16} mb={1}>
        <Typography variant="body1">
          {presentCount} of {total} present
        </Typography>
        <Box flexGrow={1} maxWidth={320}>
          <LinearGauge value={total ? presentCount / total : 0} />
        </Box>
      </Box>
      <Paper variant="outlined">
        <Table
          size="small"
          aria-labelledby="readiness-stage1"
          style={{ tableLayout: 'fixed' }}
        >
          <TableHead>
            <TableRow>
              <TableCell style={{ width: '30%' }}>
                What the auditor asks for
              </TableCell>
              <TableCell style={{ width: '8%' }}>Clause</TableCell>
              <TableCell style={{ width: '12%' }}>Status</TableCell>
              <TableCell>Why</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(item => (
              <TableRow key={item.id} data-testid={`stage1-${item.id}`}>
                <TableCell>
                  {item.link ? (
                    <Link to={item.link}>{item.title}</Link>
                  ) : (
                    item.title
                  )}
                </TableCell>
                <TableCell>{item.clause}</TableCell>
                <TableCell>
                  {item.present ? (
                    <StatusOK>Present</StatusOK>
                  ) : (
                    <StatusError>Missing</StatusError>
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="body2">{item.why}</Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
