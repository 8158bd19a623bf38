/**
 * The OpenAPI document as the `api` Lambda serves it: read from the file written beside
 * the handler when it was bundled (./write-document.ts), on the first request for it.
 */
import { readFile } from 'node:fs/promises';
import type { ApiDocument } from '../api-app.ts';

export const documentFile = 'openapi.json';

export const bundledDocument: ApiDocument = async (_operations, version) => {
  const document = JSON.parse(await readFile(new URL(`./${documentFile}`, import.meta.url), 'utf8')) as {
    info: object;
  };
  return { ...document, info: { ...document.info, version } };
};
