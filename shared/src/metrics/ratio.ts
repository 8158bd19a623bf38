/** Shares and ratios: undefined (null) rather than zero or infinity when there is nothing to divide by. */

/**
 * `numerator / denominator`, or null when the denominator is zero.
 * @example ratio(3, 4) // 0.75
 * @example ratio(0, 0) // null
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Adds the counts of `add` into a copy of `into`, key by key. */
export function addCounts<K extends string>(
  into: Partial<Record<K, number>>,
  add: Partial<Record<K, number>>,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = { ...into };
  addCountsInto(out, add);
  return out;
}

/**
 * Adds the counts of `add` into `into` itself, key by key: for summing many parts into
 * one total without copying the total for every part.
 */
export function addCountsInto<K extends string>(
  into: Partial<Record<K, number>>,
  add: Partial<Record<K, number>>,
): void {
  for (const key in add) {
    const value = add[key];
    if (value) into[key] = (into[key] ?? 0) + value;
  }
}

/** The median of values given as a histogram `{ value: count }`; the mean of the middle two for an even count. */
export function medianOfHistogram(histogram: Readonly<Record<string, number>>): number | null {
  const entries: (readonly [value: number, count: number])[] = [];
  let n = 0;
  let ascending = true;
  for (const key in histogram) {
    const count = histogram[key]!;
    if (!(count > 0)) continue;
    const value = Number(key);
    if (entries.length > 0 && value < entries[entries.length - 1]![0]) ascending = false;
    entries.push([value, count]);
    n += count;
  }
  if (n === 0) return null;
  // Whole numbers of days are listed in ascending order already (JavaScript lists integer keys so).
  if (!ascending) entries.sort((a, b) => a[0] - b[0]);
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const [value, count] of entries) {
      seen += count;
      if (index < seen) return value;
    }
    throw new Error('index beyond the histogram');
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}
