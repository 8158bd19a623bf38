/**
 * The HTTP API as one Hono app: the same object serves Lambda (through API Gateway)
 * and the local server, and the web app calls it in-process for server rendering.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import type { Store } from '../store/index.ts';
import { logger } from './logger.ts';
import { ProblemError, problemResponse, toProblem, validationProblem } from './problem.ts';
import { healthRoutes } from './routes/health.ts';
import { partnershipActivityRoutes } from './routes/partnership-activity.ts';
import { partnershipRoutes } from './routes/partnership.ts';
import { signatoryRoutes } from './routes/signatories.ts';

export interface AppDependencies {
  store: Store;
  version: string;
  /** The clock, so tests can fix "today". */
  today?: () => Date;
}

export function createApp({ store, version, today = () => new Date() }: AppDependencies) {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success)
        throw validationProblem(
          result.error.issues,
          result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : 'query',
        );
    },
  });

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

  app.route('/api/health', healthRoutes(store, version));
  app.route('/api/v1/partnership', partnershipRoutes(store));
  app.route('/api/v1/signatories', signatoryRoutes(store));
  app.route('/api/v1/metrics/partnership/activities-by-month', partnershipActivityRoutes(store, today));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Equal Partners API', version, description: 'Collect and analyse co-production charter evidence.' },
  });

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

export type ApiApp = ReturnType<typeof createApp>;
