/**
 * How rollups are stored: the figures as canonical JSON text in one attribute
 * (`body`), and the channel and audience segments in another (`segments`) that
 * only filtered queries read. DynamoDB never looks inside a rollup, and reading
 * one text attribute is far cheaper than unmarshalling a deep map.
 */
import {
  canonicalJson,
  emptyMonthRollup,
  emptyStanding,
  type MonthRollup,
  type Standing,
} from '@equal-partners/shared';

export interface StoredRollupText {
  body: string;
  segments: string;
}

export function rollupText(rollup: MonthRollup): StoredRollupText {
  return {
    body: canonicalJson({ activities: rollup.activities, loops: rollup.loops }),
    segments: canonicalJson(rollup.segments),
  };
}

export const emptyRollupText: StoredRollupText = rollupText(emptyMonthRollup());

/** The rollup an item holds; an item without figures yet (or no item) holds an empty rollup. */
export function rollupOf(item: Record<string, unknown> | undefined): MonthRollup {
  if (!item || typeof item.body !== 'string') return emptyMonthRollup();
  const { activities, loops } = JSON.parse(item.body) as Pick<MonthRollup, 'activities' | 'loops'>;
  const segments = typeof item.segments === 'string' ? (JSON.parse(item.segments) as MonthRollup['segments']) : {};
  return { activities, loops, segments };
}

/** The stored text of an item, treating a missing item as an empty rollup. */
export function storedText(item: Record<string, unknown> | undefined): StoredRollupText {
  if (!item || typeof item.body !== 'string') return emptyRollupText;
  return { body: item.body, segments: typeof item.segments === 'string' ? item.segments : emptyRollupText.segments };
}

export function standingOf(item: Record<string, unknown> | undefined): Standing | undefined {
  if (!item || typeof item.body !== 'string') return undefined;
  return JSON.parse(item.body) as Standing;
}

export function standingText(standing: Standing): string {
  return canonicalJson(standing);
}

export function emptyStandingText(options: { asOf: string; loopDueDays: number }): string {
  return standingText(emptyStanding(options));
}
