/**
 * How rollups are stored: the figures as compact canonical JSON text (see
 * `rollup-codec.ts` in shared) in one attribute (`body`) of the rollup item, and the channel and audience segments as text in a
 * second item beside it that only filtered queries read (DynamoDB and dynalite read
 * whole items, so a projection would not spare unfiltered reads their size).
 * DynamoDB never looks inside a rollup, and one text attribute is far cheaper to
 * read than a deep map.
 */
import {
  canonicalJson,
  decodeRollupBody,
  decodeSegments,
  emptyMonthRollup,
  encodeRollupBody,
  encodeSegments,
  emptyStanding,
  type MonthRollup,
  type Standing,
} from '@equal-partners/shared';

export interface StoredRollupText {
  body: string;
  segments: string;
}

export function rollupText(rollup: MonthRollup): StoredRollupText {
  return { body: encodeRollupBody(rollup.activities, rollup.loops), segments: encodeSegments(rollup.segments) };
}

export const emptyRollupText: StoredRollupText = rollupText(emptyMonthRollup());

/** The rollup two items hold; no item (or one without figures yet) holds an empty rollup. */
export function rollupOf(
  item: Record<string, unknown> | undefined,
  segmentsItem?: Record<string, unknown> | undefined,
): MonthRollup {
  if (!item || typeof item.body !== 'string') return emptyMonthRollup();
  const { activities, loops } = decodeRollupBody(item.body);
  const segments = typeof segmentsItem?.segments === 'string' ? decodeSegments(segmentsItem.segments) : {};
  return { activities, loops, segments };
}

/** The stored text of a rollup's two items, treating missing items as an empty rollup. */
export function storedText(
  item: Record<string, unknown> | undefined,
  segmentsItem: Record<string, unknown> | undefined,
): StoredRollupText {
  return {
    body: typeof item?.body === 'string' ? item.body : emptyRollupText.body,
    segments: typeof segmentsItem?.segments === 'string' ? segmentsItem.segments : emptyRollupText.segments,
  };
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
