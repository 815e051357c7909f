import express from 'express';
import Router from 'express-promise-router';
import { errorMapper } from './http';
import { assessmentRoutes } from './routes/assessmentRoutes';
import { baselineRoutes } from './routes/baselineRoutes';
import type { RouteContext } from './routes/context';
import { controlRoutes, libraryRoutes } from './routes/controlRoutes';
import { EVIDENCE_CONTENT_PATH, evidenceRoutes } from './routes/evidenceRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { historyRoutes } from './routes/historyRoutes';
import { riskRoutes } from './routes/riskRoutes';
import { scorecardRoutes } from './routes/scorecardRoutes';

/** What the router needs: the services, the authorization layer and the request context. */
export type RouterOptions = RouteContext;

/** The REST API of the ai-governance plugin, as described in src/schema/openapi.yaml. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  const json = express.json({ limit: '1mb' });
  // Evidence files are raw bytes, read after the upload is authorised.
  router.use((req, res, next) =>
    EVIDENCE_CONTENT_PATH.test(req.path) ? next() : json(req, res, next),
  );

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  for (const routes of [
    libraryRoutes,
    riskRoutes,
    controlRoutes,
    evidenceRoutes,
    assessmentRoutes,
    baselineRoutes,
    scorecardRoutes,
    historyRoutes,
    exportRoutes,
  ]) {
    routes(router, options);
  }

  router.use(errorMapper(options.logger));
  return router;
}
