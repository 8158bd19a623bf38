/**
 * The `api` Lambda: the Hono app the local server runs, behind API Gateway's HTTP API.
 * Expects TABLE_NAME (and AWS_REGION, which Lambda sets).
 */
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.ts';
import { appConfigFromEnv } from '../config.ts';
import { createDocumentClient } from '../store/index.ts';

// Built once per container on cold start, so every invocation reuses the client's connections.
const config = appConfigFromEnv();
const app = createApp({
  store: { client: createDocumentClient(config.store), tableName: config.store.tableName },
  version: config.version,
});

export const handler = handle(app);
