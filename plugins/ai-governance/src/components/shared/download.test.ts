import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameFrom('attachment; filename="soa.csv"')).toBe('soa.csv');
    expect(
      fileNameFrom("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv"),
    ).toBe('résumé.csv');
    expect(fileNameFrom(null)).toBeUndefined();
  });
});
