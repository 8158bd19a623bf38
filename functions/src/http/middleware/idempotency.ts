/**
 * `Idempotency-Key` makes any POST safe to retry: the first request's response is
 * stored (Powertools idempotency, in the same table, expiring after a day) and a
 * retry with the same key and body gets it back without running again. The same key
 * with a different body is refused. Keys are scoped to the caller and the path.
 */
import { createHash } from 'node:crypto';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createMiddleware } from 'hono/factory';
import type { Store } from '../../table/index.ts';
import { actorOf } from '@equal-partners/shared';
import type { ApiEnv } from '../env.ts';
import { idempotencyPartition } from '../idempotency-entity.ts';
import { ProblemError } from '../problem.ts';

interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const replayedHeaders = ['content-type', 'location', 'etag'];

/** How long a request is taken to be in progress: the api function's timeout. */
const inProgressLimitMs = 10_000;

export function idempotency(store: Store) {
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName: store.tableName,
    // The document client is an SDK v3 client; the layer sends its own marshalled commands through it.
    awsSdkV3Client: store.client as unknown as DynamoDBClient,
    keyAttr: 'pk',
    sortKeyAttr: 'sk',
    staticPkValue: idempotencyPartition,
  });

  return createMiddleware<ApiEnv>(async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!/^[\w.:-]{8,128}$/.test(key)) {
      throw new ProblemError(
        400,
        'validation',
        'Invalid Idempotency-Key',
        'The Idempotency-Key header must be 8 to 128 letters, digits, dots, colons, hyphens or underscores.',
      );
    }
    const body = await c.req.raw.clone().text();
    const config = new IdempotencyConfig({
      eventKeyJmesPath: 'key',
      payloadValidationJmesPath: 'bodyHash',
      expiresAfterSeconds: 24 * 60 * 60,
    });
    // A request runs at most as long as the api function may (10 s, cdk/src/constructs/api.ts): a
    // retry after that is not refused as "in progress" by a request that can no longer be running.
    config.registerLambdaContext({ getRemainingTimeInMillis: () => inProgressLimitMs } as never);
    let ran = false;
    const run = makeIdempotent(
      async (_request: { key: string; bodyHash: string }): Promise<StoredResponse> => {
        ran = true;
        await next();
        const response = c.res;
        // Failures on our side are not remembered: a retry should run again.
        if (response.status >= 500) throw new Error(`request failed with ${response.status}`);
        const headers: Record<string, string> = {};
        for (const name of replayedHeaders) {
          const value = response.headers.get(name);
          if (value) headers[name] = value;
        }
        return { status: response.status, headers, body: await response.clone().text() };
      },
      { persistenceStore, config },
    );
    try {
      const stored = await run({
        key: `${actorOf(c.get('principal'))} ${c.req.path} ${key}`,
        bodyHash: createHash('sha256').update(body).digest('hex'),
      });
      // A 204 (`/me:sign-out`) may carry no body at all, not even an empty one.
      c.res = new Response(stored.status === 204 ? null : stored.body, {
        status: stored.status,
        headers: { ...stored.headers, 'idempotent-replayed': String(!ran) },
      });
    } catch (error) {
      if (error instanceof IdempotencyValidationError) {
        throw new ProblemError(
          422,
          'idempotency-key-reused',
          'Idempotency key already used',
          'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
        );
      }
      if (error instanceof IdempotencyAlreadyInProgressError) {
        const until = error.existingRecord?.inProgressExpiryTimestamp ?? Date.now() + inProgressLimitMs;
        c.header('Retry-After', String(Math.max(1, Math.ceil((until - Date.now()) / 1000))));
        throw new ProblemError(
          409,
          'request-in-progress',
          'Request in progress',
          'A request with this Idempotency-Key is still being handled. Try again in a moment.',
        );
      }
      throw error;
    }
  });
}
