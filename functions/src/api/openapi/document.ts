/**
 * The OpenAPI 3.1 document of the API, written by zod-openapi from the operations the
 * app serves (./routes.ts) and the components they name. The local server and the tests
 * build it on request; the `api` Lambda serves the copy written when it was bundled
 * (./write-document.ts), so it never loads this module.
 */
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { namedComponents, type RouteConfig } from './routes.ts';

export const documentInfo = {
  title: 'Equal Partners API',
  description: 'Collect and analyse co-production charter evidence.',
};

export function openApiDocument(operations: readonly RouteConfig[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const { method, path, request, responses, ...operation } of operations) {
    const { params, query, headers, body } = request ?? {};
    const parameters = Object.entries({ path: params, query, header: headers }).filter(([, schema]) => schema);
    (paths[path] ??= {})[method] = {
      ...operation,
      ...(parameters.length > 0 ? { requestParams: Object.fromEntries(parameters) } : {}),
      ...(body ? { requestBody: body } : {}),
      responses,
    } as never;
  }
  return createDocument({
    openapi: '3.1.0',
    info: { ...documentInfo, version },
    paths,
    components: {
      schemas: Object.fromEntries(namedComponents()),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`ep_...`) or a Cognito access token' },
      },
    },
  });
}
