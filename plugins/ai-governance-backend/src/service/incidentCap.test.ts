import { alice, bob, catalogSyncAtStartup } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { approveRiskAssessment } from '../__testUtils__/assessments';

jest.setTimeout(120_000);

/*
 * An open serious incident caps its system at bronze, through the API:
 * gold before, bronze with the gap named while the incident is open, and
 * gold again once it is closed. Incidents that are not serious, or that
 * were rejected, do not cap. The owning team's row counts the incidents
 * still open and the serious ones among them; closed and rejected ones not.
 */

const API = '/api/ai-governance';
const PATH = `${API}/entities/aisystem/default/fraud`;
/** The team that owns fraud; its child team's system has no incidents. */
const TEAM = 'group:default/risk';
const GAP =
  'Resolve 1 open serious incident(s): remediate and close, or reject with a reason';

describeOnEachDatabase('the serious incident cap on %s', setup => {
  const { api } = setup.governanceBackend({
    // Gold without controls: the incidents alone decide the level.
    config: {
      aiGovernance: {
        scorecard: { silverMinCompliance: 0, goldMinCompliance: 0 },
      },
    },
    extraFeatures: [catalogSyncAtStartup()],
  });
  const scorecard = async () =>
    (await api(alice).get(`${PATH}/scorecard`).expect(200)).body;
  const incidentCounts = async () => {
    const res = await api(alice)
      .get(`${API}/scorecards?groupBy=owner`)
      .expect(200);
    const team = res.body.items.find((t: any) => t.groupRef === TEAM);
    return {
      open: team.openIncidents,
      serious: team.openSeriousIncidents,
    };
  };
  const report = async (serious: boolean) =>
    (
      await api(bob)
        .post(`${PATH}/incidents`)
        .send({
          title: 'Flagged every payment of one shop',
          detectedAt: '2026-09-01T08:00:00Z',
          awareAt: '2026-09-01T09:00:00Z',
          severity: 'critical',
          serious,
          seriousCategory: serious ? 'other-serious-harm' : null,
        })
        .expect(201)
    ).body;
  const move = async (incident: any, body: object) =>
    (
      await api(alice)
        .patch(`${API}/incidents/${incident.id}`)
        .set('If-Match', `"${incident.version}"`)
        .send(body)
        .expect(200)
    ).body;

  beforeAll(async () => {
    await approveRiskAssessment(PATH, api(alice), api(bob));
  });

  it('is gold with an incident that is not serious, which its team counts as open', async () => {
    expect(await incidentCounts()).toEqual({ open: 0, serious: 0 });
    await report(false);
    expect(await scorecard()).toMatchObject({ level: 'gold' });
    expect(await incidentCounts()).toEqual({ open: 1, serious: 0 });
  });

  it('holds the system at bronze while a serious incident is open, and lifts the cap and the team count once it is closed', async () => {
    let incident = await report(true);
    expect(await scorecard()).toMatchObject({
      level: 'bronze',
      nextLevel: 'silver',
      missingForNextLevel: [GAP],
    });
    expect(await incidentCounts()).toEqual({ open: 2, serious: 1 });
    for (const status of ['triaged', 'investigating', 'remediating']) {
      incident = await move(incident, { status });
      expect((await scorecard()).level).toBe('bronze');
    }
    expect(await incidentCounts()).toEqual({ open: 2, serious: 1 });
    await move(incident, { status: 'closed' });
    expect(await scorecard()).toMatchObject({
      level: 'gold',
      missingForNextLevel: [],
    });
    // Closed: the team no longer counts it, the other incident still open.
    expect(await incidentCounts()).toEqual({ open: 1, serious: 0 });
  });

  it('lifts the cap and the team count when a serious incident is rejected', async () => {
    const incident = await report(true);
    expect((await scorecard()).level).toBe('bronze');
    expect(await incidentCounts()).toEqual({ open: 2, serious: 1 });
    await move(incident, {
      status: 'rejected',
      rejectionReason: 'A planned test of the alerting, not an incident.',
    });
    expect((await scorecard()).level).toBe('gold');
    expect(await incidentCounts()).toEqual({ open: 1, serious: 0 });
  });
});
