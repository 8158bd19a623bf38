/**
 * The one line each benchmark prints at its end for `npm run bench` (./run-all.ts):
 * `BENCH_RESULT ` and its figures as JSON. Only figures, never verdicts: the table
 * (./bench-table.ts) computes every ratio from them and compares it with its target.
 */

export const resultPrefix = 'BENCH_RESULT ';

/** `npm run bench:ingest`: activities through the API against plain BatchWriteItem, in the same run. */
export interface IngestResult {
  bench: 'ingest';
  /** Activities posted through `POST /api/v1/activities:batch`, and the seconds they took. */
  api: { activities: number; batchSize: number; seconds: number };
  /** Items of the same size written with plain BatchWriteItem (25 a call), and the seconds they took. */
  plain: { items: number; seconds: number };
  /** The size of a stored activity item, and of each plain item, in bytes of JSON. */
  itemBytes: { api: number; plain: number };
}

export interface Percentiles {
  p50: number;
  p95: number;
}

/** `npm run bench:metrics`: the metric queries at a small and a large size (milliseconds). */
export interface MetricsResult {
  bench: 'metrics';
  signatories: number;
  months: number;
  /** Activities loaded at each size. */
  sizes: { small: number; large: number };
  samples: { signatory: number; partnership: number };
  signatory: { small: Percentiles; large: Percentiles };
  partnership: { small: Percentiles; large: Percentiles };
  /** Seconds each size took to load (as loaded, when a kept store was reused). */
  loadSeconds: { small: number; large: number };
  /**
   * At the large size, in the same process and turns: one signatory page's query, the board
   * report's query (what its HTML page renders) and the evidence pack's files zipped (its PDF
   * print left out), for the last financial quarter ended.
   */
  reports?: {
    samples: number;
    quarter: string;
    signatory: Percentiles;
    boardReport: Percentiles;
    evidencePack: Percentiles;
  };
}

/** `npm run bench:cold`: each Lambda bundle's size and load time, with the baseline's, in the same rounds. */
export interface ColdResult {
  bench: 'cold';
  rounds: number;
  /** Every bundle, the baseline included (named `baseline`); load times in milliseconds. */
  bundles: { name: string; bytes: number; p50: number; p95: number }[];
}

/** `npm run bench:web`: what each public page costs a phone. */
export interface WebResult {
  bench: 'web';
  pages: {
    name: string;
    path: string;
    /** Gzipped JavaScript, in kB of 1,024 bytes. */
    firstLoadKb: number;
    allChartsKb: number;
    charts: number;
    /** Lighthouse's scores, when it ran. */
    performance?: number;
    accessibility?: number;
  }[];
}

/** `npm run bench:feedback`: families' answers through the real server against plain PutItem, in the same run. */
export interface FeedbackResult {
  bench: 'feedback';
  /** Answers posted to `/f/{token}` on the local server (pages and API), how many at once, and the seconds they took. */
  server: { answers: number; concurrency: number; seconds: number };
  /** Items of the same size written with plain PutItem, as many at once, and the seconds they took. */
  plain: { items: number; seconds: number };
  /** The size of the activity's feedback item the plain items copy, in bytes of JSON. */
  itemBytes: number;
}

export type BenchResult = IngestResult | MetricsResult | ColdResult | WebResult | FeedbackResult;

/** Prints a benchmark's result line (the last thing it prints). */
export function printResult(result: BenchResult): void {
  console.log(`${resultPrefix}${JSON.stringify(result)}`);
}

/** The result lines in a benchmark's output; lines that are not valid JSON are left out. */
export function parseResults(output: string): BenchResult[] {
  const results: BenchResult[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith(resultPrefix)) continue;
    try {
      const value = JSON.parse(line.slice(resultPrefix.length)) as BenchResult;
      if (typeof value === 'object' && value !== null && typeof value.bench === 'string') results.push(value);
    } catch {
      // A line cut off part way: the table shows that benchmark as not measured.
    }
  }
  return results;
}
