/**
 * The few small reads the metric reports make besides rollups: the population
 * baselines, a signatory's challenges (for award eligibility), and, only when a
 * standing cannot answer, a signatory's loops.
 */
import type { Challenge, FeedbackLoop, PopulationBaseline } from '@equal-partners/shared';
import { queryAll, withoutKeys, type Store } from '../table/index.ts';
import { baselineKeys } from '../partnership/partnership-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { challengeKeys } from '../challenges/challenge-entity.ts';

export async function listBaselines(store: Store): Promise<PopulationBaseline[]> {
  const items = await queryAll<PopulationBaseline>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': baselineKeys({ year: 0 }).pk },
  });
  return items.map((item) => withoutKeys(item));
}

/** The baseline for a year: that year's, else the latest before it, else the earliest there is. */
export function baselineFor(baselines: readonly PopulationBaseline[], year: number): PopulationBaseline | undefined {
  const sorted = [...baselines].sort((a, b) => a.year - b.year);
  return sorted.filter((b) => b.year <= year).at(-1) ?? sorted[0];
}

export async function listChallengesOfSignatory(store: Store, signatoryId: string): Promise<Challenge[]> {
  const items = await queryAll<Challenge>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': challengeKeys({ id: '', signatoryId, raisedOn: '' }).gsi1pk },
  });
  return items.map((item) => withoutKeys(item));
}

export async function listLoopsOfSignatory(store: Store, signatoryId: string): Promise<FeedbackLoop[]> {
  const items = await queryAll<FeedbackLoop>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': loopKeys({ id: '', signatoryId, raisedOn: '' }).gsi1pk },
  });
  return items.map((item) => withoutKeys(item));
}
