/** Pieces every route's OpenAPI definition shares: the problem body, ids, paging, ETags. */
import * as z from 'zod/mini';
import { ruleCodes } from '@equal-partners/shared';
import { component } from './routes.ts';

/** What a rule's code and values say beside the English, for a client that words the message itself. */
const ruleFields = {
  rule: z.optional(
    z.enum(ruleCodes).check(z.describe('The code of the rule broken (stable, where the message may be reworded)')),
  ),
  values: z.optional(
    z.record(z.string(), z.string()).check(z.describe('The values the message names, e.g. `{ "id": "be-nice" }`')),
  ),
};

const fieldError = z.object({ pointer: z.string(), message: z.string(), ...ruleFields });

export const problemSchema = component(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().check(z.int()),
    detail: z.string(),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(fieldError)),
    // A problem about no one field (a refusal, a record not found) names the rule of its detail.
    ...ruleFields,
  }),
);

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

export const idParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

export const pageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(2000), z.describe('The `nextCursor` of the previous page'))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
};

export const ifMatch = z.object({
  'if-match': z.optional(z.string().check(z.describe('The ETag of the version you read, e.g. "3"'))),
});

export const bearer = [{ bearer: [] }];
