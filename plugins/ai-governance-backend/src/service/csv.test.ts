import { Writable } from 'node:stream';
import type { Response } from 'express';
import { sendCsv } from './csv';

/** A response that keeps its headers and body, as express would send them. */
function fakeResponse() {
  const chunks: Buffer[] = [];
  const headers: Record<string, string> = {};
  const res = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  }) as Writable & { setHeader(name: string, value: string): void };
  res.setHeader = (name, value) => {
    headers[name.toLowerCase()] = value;
  };
  return { res, headers, body: () => Buffer.concat(chunks).toString('utf8') };
}

describe('sendCsv', () => {
  it('quotes every cell, ends lines with CRLF and defuses spreadsheet formulas', async () => {
    const { res, headers, body } = fakeResponse();
    await sendCsv(
      res as unknown as Response,
      'risks.csv',
      ['Title', 'Score', 'Owner'],
      [
        ['=HYPERLINK("http://x")', 12, null],
        ['+1', -3, '@owner'],
        ['say "hi"', 0, undefined],
      ],
    );
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-disposition']).toBe(
      'attachment; filename="risks.csv"',
    );
    expect(body()).toBe(
      [
        '"Title","Score","Owner"',
        `"'=HYPERLINK(""http://x"")","12",""`,
        `"'+1","-3","'@owner"`,
        '"say ""hi""","0",""',
        '',
      ].join('\r\n'),
    );
  });
});
