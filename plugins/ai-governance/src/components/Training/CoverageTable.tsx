import type {
  TeamTrainingCoverage,
  TrainingCourse,
  TrainingCoverage,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { EmptyNote } from '../shared';
import { CoverageBar } from './CoverageBar';
import { courseTitle } from './labels';

/** Per course: how many of those who need it hold it. */
export function courseCounts(
  row: Pick<TeamTrainingCoverage, 'courses'>,
  courses: TrainingCourse[],
) {
  return row.courses
    .map(c => `${courseTitle(courses, c.courseId)} ${c.current}/${c.required}`)
    .join(' · ');
}

/**
 * Coverage per team, with the organisation's total first: members, how
 * many hold every course they need unexpired (as a bar), and per course.
 */
export function CoverageTable(props: {
  coverage: TrainingCoverage;
  courses: TrainingCourse[];
}) {
  const { coverage, courses } = props;
  if (coverage.total.members === 0) {
    return <EmptyNote>The catalog lists no people to count.</EmptyNote>;
  }
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Training coverage per team">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell align="right">Members</TableCell>
            <TableCell align="right">Covered</TableCell>
            <TableCell>Coverage</TableCell>
            <TableCell>Per course (current/needed)</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>
              <strong>Organisation</strong>
            </TableCell>
            <TableCell align="right">{coverage.total.members}</TableCell>
            <TableCell align="right">{coverage.total.covered}</TableCell>
            <TableCell>
              <CoverageBar
                percent={coverage.total.percent}
                label="Organisation coverage"
              />
            </TableCell>
            <TableCell>{courseCounts(coverage.total, courses)}</TableCell>
          </TableRow>
          {coverage.teams.map(t => (
            <TableRow key={t.groupRef}>
              <TableCell>
                <EntityRefLink entityRef={t.groupRef} title={t.title} />
              </TableCell>
              <TableCell align="right">{t.members}</TableCell>
              <TableCell align="right">{t.covered}</TableCell>
              <TableCell>
                <CoverageBar
                  percent={t.percent}
                  label={`${t.title} coverage`}
                />
              </TableCell>
              <TableCell>{courseCounts(t, courses)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
