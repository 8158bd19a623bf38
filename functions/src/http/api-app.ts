/**
 * The HTTP API as one Hono app: the same object serves Lambda (through API Gateway)
 * and the local server, and the web app calls it in-process for server rendering.
 * Request flow: security headers, request id and log line, the answer's Cache-Control, the
 * CloudFront origin check (in AWS), the rate limits (failed authentications per address,
 * requests per client), body size and content type checks, authentication, idempotency,
 * then the resource's route.
 *
 * Hosts build it with `createApp` (./app.ts), which writes the OpenAPI document on
 * request; the `api` Lambda builds it here, with the document written when it was
 * bundled, and the `web` Lambda, whose pages call it in-process, without a document.
 */
import { requestId } from 'hono/request-id';
import { apiKeyAuthenticator } from '../identity/api-key-authenticator.ts';
import { createHost, type Host, type HostOptions } from '../host.ts';
import type { ApiEnv } from './env.ts';
import { logger } from './logger.ts';
import { authenticate } from './middleware/authenticate.ts';
import { markCacheability } from './middleware/cache-control.ts';
import { idempotency } from './middleware/idempotency.ts';
import { requireOriginSecret } from './middleware/origin-secret.ts';
import { limitFailedAuthentication, limitRate } from './middleware/rate-limit.ts';
import { limitBodySize, requireContentType } from './middleware/request-guards.ts';
import { ApiRoutes, type RouteConfig } from './openapi/routes.ts';
import { securityHeaders } from './security-headers.ts';
import { ProblemError, problemResponse, toProblem } from './problem.ts';
import { recordRoutes } from '../records/record-routes.ts';
import { activities, activityImport } from '../activities/activity-resource.ts';
import { assessments } from '../assessments/assessment-resource.ts';
import { challenges } from '../challenges/challenge-resource.ts';
import { loopImport, loops } from '../loops/loop-resource.ts';
import { baselines } from '../partnership/baseline-resource.ts';
import { signatories } from '../signatories/signatory-resource.ts';
import { activityBatchRoutes } from '../activities/activity-batch.ts';
import { apiKeyRoutes } from '../identity/api-key-routes.ts';
import { auditRoutes } from '../audit/audit-routes.ts';
import { csvImportRoutes, importStatusRoutes } from '../imports/csv-import.ts';
import { healthRoutes } from './health.ts';
import { meRoutes } from '../identity/me-routes.ts';
import { metricsRoutes } from '../reports/metrics-routes.ts';
import { publicMetricsRoutes } from '../reports/public-metrics-routes.ts';
import { partnershipActivityRoutes } from '../reports/partnership-activity-routes.ts';
import { partnershipRoutes } from '../partnership/partnership-routes.ts';
import { feedbackRoutes } from '../feedback/feedback-routes.ts';
import { publicationRoutes } from '../publication/publication-routes.ts';
import { publicRecordRoutes } from '../publication/public-records-routes.ts';
import { userRoutes } from '../identity/user-routes.ts';

export interface AppOptions {
  version: string;
  /** Requests per minute per client (credential, or address without one) before 429. */
  rateLimitPerMinute?: number;
  /** Failed authentications per minute from one address before its requests with credentials get 429; a twentieth of `rateLimitPerMinute` by default. */
  failedAuthenticationsPerMinute?: number;
  /** When set, only requests carrying it in the origin header that CloudFront adds are answered (403 otherwise). */
  originSecret?: string | undefined;
}

/**
 * The app's options and what it serves from: the host, when the process also serves pages
 * from it (../host.ts), or what to build one from.
 */
export type AppDependencies = AppOptions & ({ host: Host } | (HostOptions & { host?: undefined }));

/**
 * The OpenAPI document of the operations served, for `/api/openapi.json` and the reference
 * page `/api/docs`; without one (the pages' in-process API) neither is served.
 */
export type ApiDocument = (operations: readonly RouteConfig[], version: string) => unknown;

export function createApiApp({
  version,
  rateLimitPerMinute = 600,
  failedAuthenticationsPerMinute = Math.max(1, Math.ceil(rateLimitPerMinute / 20)),
  originSecret,
  apiDocument,
  ...served
}: AppDependencies & { apiDocument?: ApiDocument | undefined }) {
  const host = served.host ?? createHost(served);
  const { store } = host.deps;
  const app = new ApiRoutes<ApiEnv>();

  // First, so every response carries them, problems included.
  app.use(securityHeaders());
  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(markCacheability);
  if (originSecret) app.use(requireOriginSecret(originSecret));
  // Before authentication, so failed attempts are counted and refused without a store lookup.
  app.use('/api/*', limitFailedAuthentication(failedAuthenticationsPerMinute), limitRate(rateLimitPerMinute));
  app.use('/api/*', limitBodySize, requireContentType);
  app.use('/api/*', authenticate([apiKeyAuthenticator(store), ...host.authenticators]));
  app.use('/api/v1/*', idempotency(store));

  app.add('/api/health', healthRoutes(store, version));
  app.add('/api/v1', meRoutes(host.deps));
  app.add('/api/v1', partnershipRoutes(host.deps));
  for (const resource of [signatories, baselines, activities, loops, assessments, challenges]) {
    app.add('/api/v1', recordRoutes(host.deps, resource, host.deps.cursors));
  }
  app.add('/api/v1', activityBatchRoutes(host.deps));
  app.add('/api/v1', csvImportRoutes(host.deps, activityImport));
  app.add('/api/v1', csvImportRoutes(host.deps, loopImport));
  app.add('/api/v1', importStatusRoutes(host.deps));
  app.add('/api/v1', apiKeyRoutes(host.deps));
  app.add('/api/v1', userRoutes(host.deps));
  app.add('/api/v1', auditRoutes(host.deps));
  app.add('/api/v1/metrics/partnership/activities-by-month', partnershipActivityRoutes(host.deps));
  app.add('/api/v1', metricsRoutes(host.deps));
  app.add('/api/v1', publicMetricsRoutes(host.deps));
  app.add('/api/v1', publicRecordRoutes(host.deps));
  app.add('/api/v1', publicationRoutes(host.deps));
  app.add('/api/v1', feedbackRoutes(host.deps));

  if (apiDocument) {
    let document: Promise<unknown> | undefined;
    app.get('/api/openapi.json', async (c) =>
      c.json(await (document ??= Promise.resolve(apiDocument(app.operations, version)))),
    );
    app.get('/api/docs', (c) => c.html(apiReferencePage));
  }

  app.notFound((c) =>
    problemResponse(c, new ProblemError(404, 'not-found', 'Not found', `There is nothing at ${c.req.path}.`).problem),
  );
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500)
      logger.error('unhandled error', { requestId: c.get('requestId'), error: error as Error });
    return problemResponse(c, problem);
  });
  return app;
}

export type ApiApp = ReturnType<typeof createApiApp>;

/** The interactive API reference; its scripts are static assets of the web app (web/static/api-docs). */
const apiReferencePage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Equal Partners API reference</title>
    <link rel="stylesheet" href="/api-docs/vendor/swagger-ui.css" />
  </head>
  <body>
    <main id="api-reference"></main>
    <script src="/api-docs/vendor/swagger-ui-bundle.js"></script>
    <script src="/api-docs/start.js"></script>
  </body>
</html>`;
