import type { ReadinessSurveillance } from '@aigov/plugin-ai-governance-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

/** The certification calendar: the stage audits, the certificate, surveillance and recertification. */
export function SurveillanceCalendar(props: {
  surveillance: ReadinessSurveillance;
}) {
  const s = props.surveillance;
  return (
    <Box component="section" aria-labelledby="readiness-calendar" mb={4}>
      <Typography variant="h6" component="h2" id="readiness-calendar">
        Certification calendar
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {s.certified
          ? `Certified on ${s.certificateDate}${
              s.certificationBody ? ` by ${s.certificationBody}` : ''
            }: surveillance audits follow after one and two years, recertification after three.`
          : `${s.note ?? 'No certificate is held yet'}${
              s.certificationBody ? ` (${s.certificationBody})` : ''
            }.`}
      </Typography>
      {s.events.length > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-labelledby="readiness-calendar">
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Audit</TableCell>
                <TableCell>When</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {s.events.map(e => (
                <TableRow key={e.kind}>
                  <TableCell>{e.date}</TableCell>
                  <TableCell>{e.title}</TableCell>
                  <TableCell>{e.past ? 'Past' : 'Upcoming'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Box>
  );
}
