/**
 * Running many requests to the table a few at a time: enough at once to keep the store
 * busy while an answer travels back, few enough not to queue behind the client's sockets
 * or have DynamoDB throttle a burst (docs/decisions/0109).
 */

/** How many single-item writes of one batch are in flight at once. */
export const writeConcurrency = 16;

/**
 * Runs `task` for every item, at most `limit` at a time, and settles each: the outcomes
 * come back in the items' order, a failure standing for its own item alone.
 */
export async function settleEach<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { status: 'fulfilled', value: await task(items[index]!, index) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return outcomes;
}

/** The reason of the first failure among `outcomes`, thrown; or nothing when all succeeded. */
export function throwFirstFailure(outcomes: readonly PromiseSettledResult<unknown>[]): void {
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
