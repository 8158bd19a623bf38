/**
 * The API app as the local server, the web app and the tests run it: ./api-app.ts with
 * the OpenAPI document written on request from the operations it serves.
 */
import { createApiApp, type AppDependencies } from './api-app.ts';
import { openApiDocument } from './openapi/document.ts';

export type { ApiApp, AppDependencies } from './api-app.ts';

export function createApp(deps: AppDependencies) {
  return createApiApp({ ...deps, apiDocument: openApiDocument });
}
