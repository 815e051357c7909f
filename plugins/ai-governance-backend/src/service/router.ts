import express from 'express';
import { createOpenApiRouter } from '../schema/openapi';
import {
  bodyError,
  contentTypeGuard,
  errorMapper,
  heldBackContentTypeError,
} from './http';
import { assessmentRoutes } from './routes/assessmentRoutes';
import { baselineRoutes } from './routes/baselineRoutes';
import { changeRoutes } from './routes/changeRoutes';
import { taskRoutes } from './routes/taskRoutes';
import { incidentRoutes } from './routes/incidentRoutes';
import { nonconformityRoutes } from './routes/nonconformityRoutes';
import { aimsRoutes } from './routes/aimsRoutes';
import { auditRoutes } from './routes/auditRoutes';
import { aimsContextRoutes } from './routes/aimsContextRoutes';
import { policyRoutes } from './routes/policyRoutes';
import { managementReviewRoutes } from './routes/managementReviewRoutes';
import { trainingRoutes } from './routes/trainingRoutes';
import { objectiveRoutes } from './routes/objectiveRoutes';
import { readinessRoutes } from './routes/readinessRoutes';
import type { RouteContext } from './routes/context';
import { controlRoutes, libraryRoutes } from './routes/controlRoutes';
import { EVIDENCE_CONTENT_PATH, evidenceRoutes } from './routes/evidenceRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { historyRoutes } from './routes/historyRoutes';
import { riskRoutes } from './routes/riskRoutes';
import { scorecardRoutes } from './routes/scorecardRoutes';

/** What the router needs: the services, the authorization layer and the request context. */
export type RouterOptions = RouteContext & {
  /** Fail answers that do not conform to the spec (development and tests). */
  validateResponses?: boolean;
};

/** The REST API of the ai-governance plugin, as described in src/schema/openapi.yaml. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const json = express.json({ limit: '1mb' });
  const router = await createOpenApiRouter({
    // Runs before the spec router reads the request. Its errors, and the
    // bodies, are dealt with below, after the spec router's error
    // transformer (which keeps only an error's message), so that their
    // errors keep the fields they name.
    middleware: [contentTypeGuard(EVIDENCE_CONTENT_PATH)],
    validatorOptions: {
      // Requests are checked by the shared schemas of -common (the ones the
      // frontend's forms use), whose field-by-field details the API answers
      // with; the spec validator's errors reach us as one message.
      validateRequests: false,
      validateResponses: options.validateResponses ?? false,
      // Authentication is Backstage's httpAuth, not the spec's security.
      validateSecurity: false,
      // The spec's server is the mount path (/api/ai-governance), so paths
      // are matched on the full URL.
      useRequestUrl: false,
      // Evidence content is raw bytes both ways.
      ignorePaths: /\/evidence\/[^/]+\/content$/,
    },
  });

  router.use(heldBackContentTypeError);
  // Evidence files are raw bytes, read after the upload is authorised.
  router.use((req, res, next) =>
    EVIDENCE_CONTENT_PATH.test(req.path)
      ? next()
      : json(req, res, error => next(error && bodyError(error))),
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
    changeRoutes,
    taskRoutes,
    incidentRoutes,
    nonconformityRoutes,
    aimsRoutes,
    auditRoutes,
    aimsContextRoutes,
    policyRoutes,
    managementReviewRoutes,
    trainingRoutes,
    objectiveRoutes,
    readinessRoutes,
    scorecardRoutes,
    historyRoutes,
    exportRoutes,
  ]) {
    routes(router, options);
  }

  router.use(errorMapper(options.logger));
  return router;
}
