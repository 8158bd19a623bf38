/** The true monthly counts behind the public figures, read as a board admin from the exact figures. */
import { inPool } from './harvest.ts';
import { chainName, feedbackCounts, metricCounts } from './observations.ts';
import type { Truth } from './attack.ts';

export async function monthlyTruth(
  get: (path: string) => Promise<Response>,
  orgs: readonly string[],
  chains: Iterable<string>,
  months: readonly string[],
): Promise<Truth> {
  const filters = new Set<string | undefined>([undefined]);
  for (const chain of chains) if (chain.includes('|')) filters.add(chain.split('|')[0]);
  const values = new Map<string, number>();
  const tasks = orgs.flatMap((org) =>
    [...filters].flatMap((filter) =>
      months.map((month) => async () => {
        const query = filter ? `&${filter}` : '';
        const response = await get(`/api/v1/metrics/signatories/${org}?period=${month}${query}`);
        if (response.status !== 200) throw new Error(`exact figures of ${org} ${month} answered ${response.status}`);
        const body = (await response.json()) as { metrics: unknown; participantFeedback?: { figures?: unknown } };
        const counts = [...metricCounts(body.metrics), ...feedbackCounts(body.participantFeedback?.figures)];
        for (const [measure, value] of counts) {
          if (typeof value === 'number') values.set(`${org}|${chainName(filter, measure)}|${month}`, value);
        }
      }),
    ),
  );
  await inPool(tasks, 4);
  return (org, chain, month) => values.get(`${org}|${chain}|${month}`) ?? 0;
}
