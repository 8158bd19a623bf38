/**
 * The `api` Lambda: the Hono app the local server runs, behind API Gateway's HTTP API.
 * Expects TABLE_NAME (and AWS_REGION, which Lambda sets); people sign in with Cognito
 * when COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID are set, and the board manages the
 * user pool's accounts through `/api/v1/users`. With ORIGIN_VERIFY_SECRET set it answers
 * only requests that came through CloudFront. Changes reach the audit trail and rollups
 * through the table's stream, not from here. Its OpenAPI document is the file written
 * beside it when it was bundled.
 */
import { handle } from 'hono/aws-lambda';
import { createApiApp } from '../http/api-app.ts';
import { bundledDocument } from '../http/openapi/bundled-document.ts';
import { originSecretFromEnv } from '../http/middleware/origin-secret.ts';
import { appConfigFromEnv } from '../config.ts';
import { authenticatorsFromEnv } from '../identity/authenticators-from-env.ts';
import { createDocumentClient, type Store } from '../table/index.ts';
import { usersFromEnv } from '../identity/users-from-env.ts';

// Built once per container on cold start, so every invocation reuses the client's connections.
// The table's stream delivers every change to the aggregator and the jobs function, so the
// store has no listener of its own, and the api bundles nothing of what follows a write.
const config = appConfigFromEnv();
const store: Store = { client: createDocumentClient(config.store), tableName: config.store.tableName };
const app = createApiApp({
  store,
  version: config.version,
  authenticators: authenticatorsFromEnv(store),
  users: usersFromEnv(store),
  originSecret: originSecretFromEnv(),
  apiDocument: bundledDocument,
});

export const handler = handle(app);
