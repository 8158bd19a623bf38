/**
 * Writes the OpenAPI document to a file, for the `api` Lambda to serve: the Lambda
 * construct runs this after bundling, so the document ships beside the handler.
 * @example node functions/src/http/openapi/write-document.ts cdk.out/bundle/openapi.json
 */
import { writeFileSync } from 'node:fs';
import { createApp } from '../app.ts';
import type { Store } from '../../table/index.ts';
import { documentFile } from './bundled-document.ts';

/** Writes the document of every operation the `api` Lambda serves, from the same app. */
export async function writeDocument(file: string): Promise<void> {
  // Routes are declared without touching the store, and this app serves no request but the document.
  const app = createApp({ store: { tableName: 'unused' } as Store, version: 'bundled' });
  const response = await app.request('/api/openapi.json');
  writeFileSync(file, await response.text());
}

if (import.meta.main) await writeDocument(process.argv[2] ?? documentFile);
