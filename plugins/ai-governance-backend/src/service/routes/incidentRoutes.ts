import { z } from 'zod';
import {
  INCIDENT_STATUSES,
  incidentCreatePermission,
  incidentCreateSchema,
  incidentEntryCreateSchema,
  incidentPatchSchema,
  incidentReadPermission,
  incidentUpdatePermission,
  riskCreatePermission,
  riskCreateSchema,
  type Incident,
} from '@aigov/plugin-ai-governance-common';
import { decodeCursor, pageBody } from '../cursor';
import { sendCsv, type CsvCell } from '../csv';
import { ifMatch, parse, sendVersioned } from '../http';
import { incidentReportMarkdown } from '../incidentReport';
import {
  audited,
  reader,
  writeEntity,
  writer,
  type ApiRouter,
  type RouteContext,
} from './context';
import { changeById, createOnEntity, pageOnEntity, readById } from './handlers';
import { ENTITY_PATH, entityRefQuery, idParam, pageQuery } from './params';

const flag = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform(v => v === 'true');

/** `?status=&serious=&overdue=&entityRef=` of the org-wide incident list. */
const incidentQuery = pageQuery.extend({
  status: z
    .enum(INCIDENT_STATUSES, {
      error: `must be one of ${INCIDENT_STATUSES.join(', ')}`,
    })
    .optional(),
  serious: flag.optional(),
  overdue: flag.optional(),
  entityRef: entityRefQuery.optional(),
});

const CSV_COLUMNS = [
  'AI system',
  'Entity ref',
  'Id',
  'Title',
  'Status',
  'Severity',
  'Harm categories',
  'Serious',
  'Serious category',
  'Aware at',
  'Report due at',
  'Report overdue',
  'Art. 73 applies',
  'Report state',
  'Authority',
  'Reporter',
  'Linked risks',
  'Updated at',
];

const csvRow = (i: Incident, title: string | null): CsvCell[] => [
  title,
  i.entityRef,
  i.id,
  i.title,
  i.status,
  i.severity,
  i.harmCategories.join(' '),
  i.serious,
  i.seriousCategory,
  i.awareAt,
  i.reportDueAt,
  i.reportOverdue,
  i.art73Applies,
  i.report.state,
  i.report.authority,
  i.reporter,
  i.riskIds.join(' '),
  i.updatedAt,
];

/** Incidents: reporting one on any AI system, the org-wide register, triage under If-Match, the timeline, risks from an incident, the report draft and the CSV. */
export function incidentRoutes(router: ApiRouter, ctx: RouteContext) {
  const load = (id: string) => ctx.incidents.get(id);

  const listQuery = async (req: Parameters<typeof reader>[1]) => {
    const query = parse(incidentQuery, req.query, 'query');
    const credentials = await reader(ctx, req);
    if (query.entityRef) {
      await ctx.entities.resolve(query.entityRef, credentials, 'read');
    }
    const scope = await ctx.authz.scope(
      incidentReadPermission,
      credentials,
      query.entityRef,
    );
    return { query, scope };
  };

  router.get('/incidents', async (req, res) => {
    const { query, scope } = await listQuery(req);
    const page = await ctx.incidents.list(
      scope,
      {
        status: query.status,
        serious: query.serious,
        overdue: query.overdue,
        entityRef: query.entityRef,
      },
      { before: decodeCursor(query.cursor), limit: query.limit },
    );
    res.json(pageBody(page));
  });

  router.get('/exports/incidents.csv', async (req, res) => {
    const { query, scope } = await listQuery(req);
    const incidents: Incident[] = [];
    for (let before: number | undefined; ; ) {
      const page = await ctx.incidents.list(
        scope,
        {
          status: query.status,
          serious: query.serious,
          overdue: query.overdue,
        },
        { before, limit: 500 },
      );
      incidents.push(...page.items);
      if (page.last === undefined) break;
      before = page.last;
    }
    const titles = new Map(
      (await ctx.entityStore.listInScope(scope)).map(t => [
        t.entityRef,
        t.title,
      ]),
    );
    await sendCsv(
      res,
      'incidents.csv',
      CSV_COLUMNS,
      incidents.map(i => csvRow(i, titles.get(i.entityRef) ?? null)),
    );
  });

  router.get(`${ENTITY_PATH}/incidents`, (req, res) =>
    pageOnEntity(ctx, req, res, {
      permission: incidentReadPermission,
      list: (entityRef, page) => ctx.incidents.listForEntity(entityRef, page),
    }),
  );

  // Reporting must never be blocked: the create permission is meant for
  // every signed-in user, whoever owns the system.
  router.post(`${ENTITY_PATH}/incidents`, (req, res) =>
    createOnEntity(ctx, req, res, {
      schema: incidentCreateSchema,
      permission: incidentCreatePermission,
      eventId: 'incident-mutate',
      meta: body => ({ serious: body.serious }),
      location: incident => `/incidents/${incident.id}`,
      create: (entityRef, body, actor) =>
        ctx.incidents.create(entityRef, body, actor),
    }),
  );

  router.get('/incidents/:id', (req, res) =>
    readById(ctx, req, res, { permission: incidentReadPermission, load }),
  );

  router.patch('/incidents/:id', (req, res) =>
    changeById(ctx, req, res, {
      schema: incidentPatchSchema,
      permission: incidentUpdatePermission,
      eventId: 'incident-mutate',
      load,
      meta: (incident, body) => ({
        action: 'update',
        incidentId: incident.id,
        fields: Object.keys(body),
      }),
      change: (incident, version, body, actor) =>
        ctx.incidents.update(incident.id, version, body, actor),
    }),
  );

  router.get('/incidents/:id/entries', async (req, res) => {
    const credentials = await reader(ctx, req);
    const incident = await load(idParam(req.params.id));
    await ctx.authz.authorize(
      incidentReadPermission,
      incident.entityRef,
      credentials,
    );
    res.json({ items: await ctx.incidents.entries(incident.id) });
  });

  // A comment or attachment adds to the timeline without changing the
  // incident, so it needs no If-Match; it is part of triage, so update.
  router.post('/incidents/:id/entries', async (req, res) => {
    const credentials = await writer(ctx, req);
    const incident = await load(idParam(req.params.id));
    const body = parse(incidentEntryCreateSchema, req.body ?? {});
    const { actor } = await writeEntity(
      ctx,
      credentials,
      incident.entityRef,
      incidentUpdatePermission,
    );
    const entry = await audited(
      ctx,
      req,
      'incident-mutate',
      { action: 'entry', incidentId: incident.id, kind: body.kind },
      () => ctx.incidents.entry(incident.id, body, actor),
    );
    res.status(201).json(entry);
  });

  router.post('/incidents/:id/risks', async (req, res) => {
    const credentials = await writer(ctx, req);
    const incident = await load(idParam(req.params.id));
    const version = ifMatch(req, true)!;
    const body = parse(riskCreateSchema, req.body ?? {});
    const { actor } = await writeEntity(
      ctx,
      credentials,
      incident.entityRef,
      incidentUpdatePermission,
      riskCreatePermission,
    );
    const { risk } = await audited(
      ctx,
      req,
      'incident-mutate',
      { action: 'risk', incidentId: incident.id },
      () => ctx.incidents.createRisk(incident.id, version, body, actor),
    );
    res.setHeader('Location', `${req.baseUrl}/risks/${risk.id}`);
    sendVersioned(res, 201, risk);
  });

  router.get('/incidents/:id/report.md', async (req, res) => {
    const credentials = await reader(ctx, req);
    const incident = await load(idParam(req.params.id));
    const system = await ctx.entities.resolve(
      incident.entityRef,
      credentials,
      'read',
    );
    await ctx.authz.authorize(
      incidentReadPermission,
      incident.entityRef,
      credentials,
    );
    const entries = await ctx.incidents.entries(incident.id);
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    res.send(incidentReportMarkdown(incident, entries, system));
  });
}
