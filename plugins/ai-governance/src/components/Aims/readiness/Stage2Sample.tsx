import { useEffect, useState } from 'react';
import {
  READINESS_CHECKS,
  readinessQuerySchema,
  type ReadinessCheckId,
  type ReadinessQuery,
  type ReadinessStage2,
} from '@aigov/plugin-ai-governance-common';
import { Link, StatusError, StatusOK } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';

const CHECK_HEADINGS: Record<ReadinessCheckId, string> = {
  'risk-assessment': 'Risk assessment',
  'impact-assessment': 'Impact assessment',
  controls: 'Controls and evidence',
  reviews: 'Reviews on time',
};

/** The problems of the sample id and size fields, by field, as the API would name them. */
function problemsOf(sampleId: string, size: string) {
  const parsed = readinessQuerySchema.safeParse({
    sampleId,
    ...(size ? { size } : {}),
  });
  const problems: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems[String(issue.path[0])] ??= issue.message;
    }
  }
  return problems;
}

/**
 * The stage 2 sample: its id (which draws the same systems again), a way
 * to enter one or draw a new one, and per sampled system each check of its
 * operating evidence, pass or fail with why.
 */
export function Stage2Sample(props: {
  stage2: ReadinessStage2;
  onDraw: (query: ReadinessQuery) => void;
}) {
  const { stage2, onDraw } = props;
  const [sampleId, setSampleId] = useState(stage2.sampleId);
  const [size, setSize] = useState(String(stage2.size));
  // A new answer (a new draw) shows its own id and size in the fields.
  useEffect(() => {
    setSampleId(stage2.sampleId);
    setSize(String(stage2.size));
  }, [stage2.sampleId, stage2.size]);
  const problems = problemsOf(sampleId, size);
  const valid = Object.keys(problems).length === 0;

  return (
    <Box component="section" aria-labelledby="readiness-stage2" mb={4}>
      <Typography variant="h6" component="h2" id="readiness-stage2">
        Stage 2: operating evidence on a sample
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Sample <strong data-testid="sample-id">{stage2.sampleId}</strong>:{' '}
        {stage2.systems.length} of {stage2.inScope} AI systems in scope. The
        same sample id draws the same systems again, so an auditor can check the
        draw.
      </Typography>
      <Box display="flex" alignItems="flex-start" gridGap={16} mb={2}>
        <TextField
          id="readiness-sample-id"
          label="Sample id"
          value={sampleId}
          onChange={e => setSampleId(e.target.value.trim())}
          error={!!problems.sampleId}
          helperText={problems.sampleId}
        />
        <TextField
          id="readiness-sample-size"
          label="Size"
          type="number"
          value={size}
          onChange={e => setSize(e.target.value)}
          error={!!problems.size}
          helperText={problems.size}
          style={{ width: 96 }}
        />
        <Button
          variant="outlined"
          disabled={!valid}
          onClick={() => onDraw({ sampleId, size: Number(size) })}
        >
          Draw this sample
        </Button>
        <Button
          variant="contained"
          color="primary"
          disabled={!!problems.size}
          onClick={() => onDraw({ size: Number(size) })}
        >
          Draw a new sample
        </Button>
      </Box>
      <Paper variant="outlined">
        <Table
          size="small"
          aria-labelledby="readiness-stage2"
          // Fixed widths, so a long system name wraps in its own column
          // instead of squeezing the result.
          style={{ tableLayout: 'fixed' }}
        >
          <TableHead>
            <TableRow>
              <TableCell style={{ width: '18%' }}>AI system</TableCell>
              <TableCell style={{ width: '10%' }}>Result</TableCell>
              {READINESS_CHECKS.map(id => (
                <TableCell key={id} style={{ width: '18%' }}>
                  {CHECK_HEADINGS[id]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {stage2.systems.length === 0 && (
              <TableRow>
                <TableCell colSpan={2 + READINESS_CHECKS.length}>
                  No AI system is in scope to sample.
                </TableCell>
              </TableRow>
            )}
            {stage2.systems.map(system => (
              <TableRow key={system.entityRef}>
                <TableCell>
                  <EntityRefLink
                    entityRef={system.entityRef}
                    title={system.title ?? undefined}
                  />
                  <Typography variant="body2">
                    <Link to={system.link}>Governance tab</Link>
                  </Typography>
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {system.pass ? (
                    <StatusOK>Passes</StatusOK>
                  ) : (
                    <StatusError>Fails</StatusError>
                  )}
                </TableCell>
                {system.checks.map(check => (
                  <TableCell key={check.id}>
                    {check.pass ? (
                      <StatusOK>Pass</StatusOK>
                    ) : (
                      <StatusError>Fail</StatusError>
                    )}
                    <Typography variant="caption" component="div">
                      {check.why}
                    </Typography>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
