import type { TrainingCatalogue } from '@aigov/plugin-ai-governance-common';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { requirementWho, validityOf } from './labels';

/** The course catalogue: each course, how long a completion counts, and who needs it. */
export function CoursesTable(props: { catalogue: TrainingCatalogue }) {
  const { items, requirements } = props.catalogue;
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Courses">
        <TableHead>
          <TableRow>
            <TableCell>Course</TableCell>
            <TableCell>Valid for</TableCell>
            <TableCell>Required of</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(course => {
            const who = requirements
              .filter(r => r.courseId === course.id)
              .map(requirementWho);
            return (
              <TableRow key={course.id}>
                <TableCell>
                  <Typography variant="body2">
                    <strong>{course.title}</strong>
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {course.description}
                  </Typography>
                </TableCell>
                <TableCell>{validityOf(course)}</TableCell>
                <TableCell>
                  {who.length ? who.join('; ') : 'Optional'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
