/**
 * The OpenAPI 3.1 document of the API, written by zod-openapi from the operations the
 * app serves (./routes.ts) and the components they name. The local server and the tests
 * build it on request; the `api` Lambda serves the copy written when it was bundled
 * (./write-document.ts), so it never loads this module.
 */
import * as z from 'zod/mini';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import './responses.ts';
import { namedComponents, responsesOf, type RouteConfig } from './routes.ts';

export const documentInfo = {
  title: 'Equal Partners API',
  description: 'Collect and analyse co-production charter evidence.',
};

export function openApiDocument(operations: readonly RouteConfig[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of operations) {
    const { method, path, request, responses: _declared, ...operation } = route;
    const responses = responsesOf(route);
    if (!responses) throw new Error(`${method.toUpperCase()} ${path} has no responses`);
    const { params, query, headers, body } = request ?? {};
    const parameters = Object.entries({ path: params, query, header: headers }).filter(([, schema]) => schema);
    (paths[path] ??= {})[method] = {
      ...operation,
      ...(parameters.length > 0 ? { requestParams: Object.fromEntries(parameters) } : {}),
      ...(body ? { requestBody: body } : {}),
      responses,
    } as never;
  }
  return withComponentIds(() =>
    createDocument({
      openapi: '3.1.0',
      info: { ...documentInfo, version },
      paths,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`ep_...`) or a Cognito access token' },
        },
      },
    }),
  );
}

/**
 * Writes with each named component's `id` in zod's global registry, where zod-openapi
 * looks for it: a component is then written once, in the form its operations use (listed
 * in `components` instead, one used only in responses was also written as a request body).
 * The ids are there only while the document is written, because an id may be registered
 * once per process and the web app's build holds its own copy of the route modules.
 */
function withComponentIds<T>(write: () => T): T {
  const named = [...namedComponents()];
  const before = named.map(([, schema]) => z.globalRegistry.get(schema));
  named.forEach(([id, schema], i) => {
    z.globalRegistry.remove(schema);
    z.globalRegistry.add(schema, { ...before[i], id });
  });
  try {
    return write();
  } finally {
    named.forEach(([, schema], i) => {
      z.globalRegistry.remove(schema);
      const meta = before[i];
      if (meta) z.globalRegistry.add(schema, meta);
    });
  }
}
