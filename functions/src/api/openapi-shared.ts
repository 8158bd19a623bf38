/** Pieces every route's OpenAPI definition shares: the problem body, ids, paging, ETags. */
import '@hono/zod-openapi';
import * as z from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

export const problemResponses = {
  400: problem('The request has errors; `errors` lists each field'),
  401: problem('No valid credentials'),
  403: problem('Not allowed for this caller'),
  404: problem('No such record'),
  409: problem('A record with this id and different content exists'),
  412: problem('The record changed since you read it'),
  413: problem('Body over 1 MiB'),
  415: problem('Unsupported content type'),
  422: problem('Unknown ids, future dates or other rules broken; `errors` lists each field'),
  428: problem('If-Match is required'),
  429: problem('Too many requests'),
} as const;

export function pick<K extends keyof typeof problemResponses>(...statuses: K[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemResponses[s]])) as Pick<typeof problemResponses, K>;
}

export const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const pageQuery = {
  cursor: z.string().max(2000).optional().openapi({ description: 'The `nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export const ifMatch = z.object({
  'if-match': z.string().optional().openapi({ description: 'The ETag of the version you read, e.g. "3"' }),
});

export const bearer = [{ bearer: [] }];
