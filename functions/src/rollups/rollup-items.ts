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
  decodeRows,
  decodeSegments,
  emptyMonthRollup,
  emptyRowsText,
  encodeRollupBody,
  encodeRows,
  encodeSegments,
  emptyStanding,
  type MonthRollup,
  type Rows,
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

/**
 * The most text a rows item holds: DynamoDB's items hold at most 400 KB. Rows that would be
 * longer (many hundreds of signatories active in one span) are stored as `null`, and read
 * from the span's parts instead: a quarter's months, a month's signatories' rollups.
 */
export const rowsLimit = 350_000;

/** The stored text of rows (shared/rollups/month-rows.ts), or null when it would not fit in one item. */
export function rowsText(rows: Rows): string | null {
  const text = encodeRows(rows);
  return Buffer.byteLength(text, 'utf8') <= rowsLimit ? text : null;
}

/** The rows text a rows item holds: an item not written yet holds no rows. */
export function storedRowsText(item: Record<string, unknown> | undefined): string | null {
  if (!item || item.rows === undefined) return emptyRowsText;
  return typeof item.rows === 'string' ? item.rows : null;
}

/** The rows a rows item holds; undefined when the item is missing or its rows did not fit in it. */
export function rowsOf(item: Record<string, unknown> | undefined): Rows | undefined {
  return typeof item?.rows === 'string' ? decodeRows(item.rows) : undefined;
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
