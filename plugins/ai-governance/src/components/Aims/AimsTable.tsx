import type { ReactNode } from 'react';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { EmptyNote } from '../shared';

/** A column heading of an AimsTable; a count stands on the right. */
export type AimsColumn = string | { label: string; align: 'right' };

/**
 * A table of records on the AIMS pages: outlined and small, named for
 * screen readers, its headings and a row per record; with `empty`, a note
 * stands instead when there is no record.
 */
export function AimsTable<T>(props: {
  label: string;
  columns: readonly AimsColumn[];
  rows: readonly T[];
  empty?: ReactNode;
  children: (row: T) => ReactNode;
}) {
  if (props.empty !== undefined && props.rows.length === 0) {
    return <EmptyNote>{props.empty}</EmptyNote>;
  }
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label={props.label}>
        <TableHead>
          <TableRow>
            {props.columns.map((c, i) =>
              typeof c === 'string' ? (
                <TableCell key={i}>{c}</TableCell>
              ) : (
                <TableCell key={i} align={c.align}>
                  {c.label}
                </TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>{props.rows.map(row => props.children(row))}</TableBody>
      </Table>
    </Paper>
  );
}

/** A record's title in an AimsTable: a link-styled button that opens the record below the table. */
export function OpenLink(props: { onOpen: () => void; children: ReactNode }) {
  return (
    <Link component="button" variant="body2" onClick={props.onOpen}>
      {props.children}
    </Link>
  );
}
