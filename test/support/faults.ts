/**
 * Faults injected into a store's DynamoDB client through the AWS SDK's own middleware
 * stack, never by changing the code under test:
 * - `throttle`: a call is refused before it reaches the table, as DynamoDB refuses a
 *   throttled request (the SDK's retries see it and try again);
 * - `timeout`: a call reaches the table and is applied, but its answer is lost, so the
 *   SDK (or the caller) retries something that already happened;
 * - `unprocessed`: a batch write writes only part of its items and hands the rest back
 *   as `UnprocessedItems`, as DynamoDB does under load.
 * Each fault strikes a given share of calls, chosen by a seeded generator so a failing
 * run can be repeated.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface FaultPlan {
  /** The seed of the generator that picks which calls fail. */
  seed: number;
  /** The share of calls refused as throttled before they reach the table. */
  throttle?: number;
  /** The share of write calls whose answer is lost after the table applied them. */
  timeout?: number;
  /** The share of a batch write's items left unprocessed. */
  unprocessed?: number;
}

export interface Faults {
  /** How many of each fault struck. */
  struck: { throttle: number; timeout: number; unprocessed: number };
  /** Stops injecting (the middleware stays, doing nothing). */
  stop(): void;
}

const writes = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

/** A small seeded generator (mulberry32): the same seed picks the same calls. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An error the SDK treats as DynamoDB's own (`name`, `$metadata`, `$fault`). */
function serviceError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

export function injectFaults(client: DynamoDBDocumentClient, plan: FaultPlan): Faults {
  const random = generator(plan.seed);
  const struck = { throttle: 0, timeout: 0, unprocessed: 0 };
  let active = true;
  const stack = client.middlewareStack;

  // Inside the SDK's retry loop: each attempt may be throttled, or lose its answer.
  stack.add(
    (next, context) => async (args) => {
      if (!active) return next(args);
      if (plan.throttle && random() < plan.throttle) {
        struck.throttle += 1;
        throw serviceError('ProvisionedThroughputExceededException', 'Injected: the request rate is too high.');
      }
      const answer = await next(args);
      if (plan.timeout && writes.has(context.commandName ?? '') && random() < plan.timeout) {
        struck.timeout += 1;
        throw Object.assign(new Error('Injected: the answer was lost after the write was applied.'), {
          name: 'TimeoutError',
          $metadata: {},
        });
      }
      return answer;
    },
    { step: 'deserialize', name: 'injectedFaults', priority: 'high' },
  );

  // Before the SDK's marshalling, where a batch's items are plain records: leave some unprocessed.
  stack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      if (!active || !plan.unprocessed || context.commandName !== 'BatchWriteItemCommand' || !input.RequestItems)
        return next(args);
      const sent: Record<string, unknown[]> = {};
      const held: Record<string, unknown[]> = {};
      for (const [table, requests] of Object.entries(input.RequestItems)) {
        sent[table] = [];
        held[table] = [];
        for (const request of requests) (random() < plan.unprocessed ? held[table] : sent[table]).push(request);
        // DynamoDB processes at least one item of a batch it accepts.
        if (sent[table].length === 0 && held[table].length > 0) sent[table].push(held[table].shift());
        struck.unprocessed += held[table].length;
      }
      const answer = await next({ ...args, input: { ...input, RequestItems: sent } });
      const output = answer.output as { UnprocessedItems?: Record<string, unknown[]> };
      const unprocessed = { ...(output.UnprocessedItems ?? {}) };
      for (const [table, requests] of Object.entries(held))
        if (requests.length > 0) unprocessed[table] = [...(unprocessed[table] ?? []), ...requests];
      return { ...answer, output: { ...output, UnprocessedItems: unprocessed } } as typeof answer;
    },
    { step: 'initialize', name: 'injectedUnprocessedItems', priority: 'high' },
  );

  return {
    struck,
    stop: () => {
      active = false;
    },
  };
}

/** A store failure on one chosen write: the store answers a server error for it, and for nothing else. */
export interface FailedWrite {
  /** How many calls it struck: 1 once the chosen write was reached. */
  struck: number;
  /** Stops failing (the middleware stays, doing nothing). */
  stop(): void;
}

/**
 * Fails the write `command` that comes after `after` others like it (those `when` picks),
 * once, with a server error, before the SDK's retries, as a store failure that outlasts
 * them: the caller is told the write failed and it is not applied.
 */
export function failWrite(
  client: DynamoDBDocumentClient,
  plan: { command: string; after: number; when?: (input: Record<string, unknown>) => boolean },
): FailedWrite {
  let seen = 0;
  let active = true;
  const fault = { struck: 0, stop: () => (active = false) };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      if (!active || context.commandName !== plan.command || !(plan.when?.(input) ?? true)) return next(args);
      seen += 1;
      if (seen !== plan.after + 1) return next(args);
      fault.struck += 1;
      throw Object.assign(new Error('Injected: the store failed this write.'), {
        name: 'InternalServerError',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
      });
    },
    { step: 'initialize', name: 'injectedFailedWrite', priority: 'high' },
  );
  return fault;
}
