import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/** A CSV cell as exports produce it. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Guards spreadsheet users: a cell that a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return) is prefixed with a quote.
 */
const defuse = (value: string) =>
  /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

/**
 * Streams rows as an attachment: every cell quoted, CRLF line ends, so the
 * file opens the same way in every spreadsheet.
 */
export async function sendCsv(
  res: Response,
  fileName: string,
  header: string[],
  rows: Iterable<CsvCell[]> | AsyncIterable<CsvCell[]>,
): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const csv = stringify({
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    cast: { string: defuse, number: String, boolean: v => String(v) },
  });
  csv.pipe(res);
  csv.write(header);
  for await (const row of rows) {
    csv.write(row.map(cell => (cell === null ? undefined : cell)));
  }
  csv.end();
  await new Promise<void>((resolve, reject) => {
    res.on('finish', resolve);
    csv.on('error', reject);
  });
}
