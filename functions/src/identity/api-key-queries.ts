/**
 * API keys for a signatory's systems, as board admins manage them: issue one, list them,
 * revoke one. The key is in the answer to issuing it only; afterwards only its prefix,
 * label and last use are shown, and only its hash is stored (./api-keys.ts).
 */
import * as z from 'zod/mini';
import {
  actorOf,
  apiKeyRequest,
  apiKeySummary,
  asZodIssues,
  checkReferences,
  type ApiKeySummary,
  type Principal,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError, fieldErrors, validationProblem } from '../http/problem.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { createApiKey, listApiKeysOfPartnership, listApiKeysOfSignatory, markApiKeyRevoked } from './api-key-entity.ts';
import { generateApiKey } from './api-keys.ts';

/** A key as issued: its summary and, this once, the key itself. */
export const issuedApiKey = z.extend(apiKeySummary, {
  key: z.string().check(z.describe('The key: shown this once, never again. Send it as "Authorization: Bearer <key>".')),
});
export type IssuedApiKey = z.infer<typeof issuedApiKey>;

/** Which keys to list: every one, or a signatory's. */
export const apiKeyFilter = z.object({ signatoryId: z.optional(z.string().check(z.maxLength(64))) });

/** A key as named in an address: by its prefix. */
export const apiKeyPrefix = z.object({ prefix: z.string().check(z.regex(/^ep_[0-9a-f]{8}$/)) });

function parse<S extends z.ZodMiniType>(schema: S, value: unknown, where: 'body' | 'query' | 'path'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationProblem(parsed.error.issues, where);
  return parsed.data;
}

/** Issues a key for a signatory that exists (422 otherwise). */
export async function issueApiKey(
  deps: Pick<QueryDeps, 'store' | 'today' | 'now'>,
  principal: Principal,
  input: { body: unknown },
): Promise<IssuedApiKey> {
  const request = parse(apiKeyRequest, input.body, 'body');
  requireAllowed(principal, 'create', 'api-key', {});
  const issues = checkReferences(request, await loadKnownIds(deps.store), deps.today());
  if (issues.length > 0) {
    throw new ProblemError(
      422,
      'invalid-reference',
      'The request breaks a rule',
      'The signatory does not exist.',
      fieldErrors(asZodIssues(issues)),
    );
  }
  const key = generateApiKey();
  const record: ApiKeySummary = {
    ...request,
    prefix: key.prefix,
    createdAt: deps.now().toISOString(),
    createdBy: actorOf(principal),
    revoked: false,
  };
  await createApiKey(deps.store, key.hash, record);
  return { ...record, key: key.key };
}

/** Every key, or a signatory's, never the keys themselves. */
export async function listApiKeys(
  deps: Pick<QueryDeps, 'store'>,
  principal: Principal,
  input: z.input<typeof apiKeyFilter>,
): Promise<{ items: ApiKeySummary[] }> {
  const { signatoryId } = parse(apiKeyFilter, input, 'query');
  requireAllowed(principal, 'read', 'api-key', {});
  return {
    items: signatoryId
      ? await listApiKeysOfSignatory(deps.store, signatoryId)
      : await listApiKeysOfPartnership(deps.store),
  };
}

/** Revokes the key with `prefix`: it no longer signs in. 404 when there is none. */
export async function revokeApiKey(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  input: { prefix: string },
): Promise<void> {
  const { prefix } = parse(apiKeyPrefix, input, 'path');
  requireAllowed(principal, 'delete', 'api-key', {});
  if (!(await markApiKeyRevoked(deps.store, prefix, deps.now().toISOString(), actorOf(principal))))
    throw ProblemError.ofRule(404, 'not-found', 'Not found', 'apiKeyNotFound', { prefix });
}
