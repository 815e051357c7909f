/**
 * One CSV line. Cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return) are prefixed with a quote; everything is quoted.
 */
export function csvLine(
  cells: Array<string | number | boolean | null | undefined>,
): string {
  return `${cells
    .map(cell => {
      let text = cell === null || cell === undefined ? '' : String(cell);
      if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return `"${text.replace(/"/g, '""')}"`;
    })
    .join(',')}\r\n`;
}
