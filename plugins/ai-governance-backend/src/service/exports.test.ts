import {
  alice,
  bob,
  catalogSyncAtStartup,
  CREDIT,
  CREDIT_PATH,
} from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { validRisk } from '../__testUtils__/fixtures';

jest.setTimeout(60_000);

const FRAUD_PATH = '/api/ai-governance/entities/aisystem/default/fraud';

/** The rows of an export as objects by column header (every cell is quoted, lines end with CRLF). */
function rowsOf(csv: string): Array<Record<string, string>> {
  const [header, ...lines] = csv.trim().split('\r\n').map(cellsOf);
  return lines.map(cells =>
    Object.fromEntries(header.map((name, i) => [name, cells[i]])),
  );
}

function cellsOf(line: string): string[] {
  return line
    .slice(1, -1)
    .split('","')
    .map(cell => cell.replace(/""/g, '"'));
}

describeOnEachDatabase('the CSV exports on %s', setup => {
  const { api } = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const riskRegister = async (query: string) =>
    rowsOf(
      (
        await api(alice)
          .get(`/api/ai-governance/exports/risk-register.csv?${query}`)
          .expect(200)
      ).text,
    );
  const soa = async (query: string) =>
    rowsOf(
      (
        await api(alice)
          .get(`/api/ai-governance/exports/soa.csv?${query}`)
          .expect(200)
      ).text,
    );

  beforeAll(async () => {
    const { body: credit } = await api(alice)
      .post(`${CREDIT_PATH}/risks`)
      .send({ ...validRisk, treatment: 'accept' })
      .expect(201);
    await api(bob)
      .post(`/api/ai-governance/risks/${credit.id}/accept`)
      .set('If-Match', '"1"')
      .send({ expiresAt: '2099-01-01', note: 'Within appetite for Q1' })
      .expect(200);
    await api(alice)
      .post(`${FRAUD_PATH}/risks`)
      .send({ ...validRisk, title: 'Missed fraud rings' })
      .expect(201);
    await api(alice)
      .post(`${CREDIT_PATH}/evidence`)
      .send({
        title: 'Bias dashboard',
        kind: 'other',
        url: 'https://dashboards.example.com/bias',
        collectedAt: '2026-10-01',
        controlIds: ['A.7.4'],
      })
      .expect(201);
    await api(alice)
      .post(`${CREDIT_PATH}/evidence`)
      .send({
        title: 'Bias review Q3',
        kind: 'report',
        url: 'https://docs.example.com/bias-q3.pdf',
        collectedAt: '2026-10-01',
        controlIds: ['A.7.4'],
      })
      .expect(201);
  });

  it("gives each risk its description and its acceptance's approver, date, expiry and note", async () => {
    const rows = await riskRegister(`entityRef=${CREDIT}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Title: validRisk.title,
      Description: validRisk.description,
      'Accepted by': 'user:default/bob',
      'Acceptance expires': '2099-01-01',
      'Acceptance note': 'Within appetite for Q1',
    });
    expect(rows[0]['Accepted at']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("exports a team's risks with its child groups' and a child team's alone", async () => {
    const department = await riskRegister('owner=group:default/risk');
    expect(department.map(r => r['AI system']).sort()).toEqual([
      'Credit scoring',
      'fraud',
    ]);
    const team = await riskRegister('owner=group:default/lending');
    expect(team.map(r => r.Entity)).toEqual([CREDIT]);
    expect(await riskRegister('owner=group:default/nobody')).toEqual([]);
  });

  it('lists every evidence URL of a control in one cell of the Statement of Applicability', async () => {
    const rows = await soa(`entityRef=${CREDIT}`);
    const control = rows.find(r => r.Control === 'A.7.4');
    expect(control?.['Evidence URLs']?.split('\n').sort()).toEqual([
      'https://dashboards.example.com/bias',
      'https://docs.example.com/bias-q3.pdf',
    ]);
    expect(rows.find(r => r.Control === 'A.2.2')?.['Evidence URLs']).toBe('');
  });

  it("exports a team's Statement of Applicability for its systems only", async () => {
    const team = await soa('owner=group:default/lending');
    expect(new Set(team.map(r => r.Entity))).toEqual(new Set([CREDIT]));
    const department = await soa('owner=group:default/risk');
    expect(new Set(department.map(r => r.Entity)).size).toBe(2);
  });

  it('answers 400 naming owner when it is not an entity reference', async () => {
    const res = await api(alice).get(
      '/api/ai-governance/exports/soa.csv?owner=',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('owner');
  });
});
