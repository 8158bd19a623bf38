import { describe, expect, it } from 'vitest';
import { parseResults, resultPrefix, type BenchResult } from './bench-result.ts';
import { benchRows, benchTable, type TableRow } from './bench-table.ts';

const ingest: BenchResult = {
  bench: 'ingest',
  api: { activities: 500, batchSize: 100, seconds: 50 },
  plain: { items: 2500, seconds: 2.5 },
  itemBytes: { api: 954, plain: 954 },
};
const feedback: BenchResult = {
  bench: 'feedback',
  server: { answers: 400, concurrency: 4, seconds: 8 },
  plain: { items: 400, seconds: 2 },
  itemBytes: 1200,
};
const metrics: BenchResult = {
  bench: 'metrics',
  signatories: 300,
  months: 36,
  sizes: { small: 10_000, large: 100_000 },
  samples: { signatory: 200, partnership: 60 },
  signatory: { small: { p50: 20, p95: 30 }, large: { p50: 22, p95: 60 } },
  partnership: { small: { p50: 200, p95: 300 }, large: { p50: 240, p95: 330 } },
  loadSeconds: { small: 30, large: 300 },
  reports: {
    samples: 10,
    quarter: 'FY2026-Q2',
    signatory: { p50: 20, p95: 30 },
    boardReport: { p50: 400, p95: 500 },
    evidencePack: { p50: 1200, p95: 1500 },
  },
};
const cold: BenchResult = {
  bench: 'cold',
  rounds: 40,
  bundles: [
    { name: 'baseline', bytes: 90_000, p50: 80, p95: 90 },
    { name: 'api', bytes: 318_000, p50: 120, p95: 140 },
    { name: 'aggregator', bytes: 360_000, p50: 80, p95: 85 },
    { name: 'jobs', bytes: 200_000, p50: 88, p95: 95 },
  ],
};
const web: BenchResult = {
  bench: 'web',
  pages: [
    { name: 'home', path: '/', firstLoadKb: 100, allChartsKb: 108, charts: 2, performance: 95, accessibility: 100 },
    { name: 'public overview', path: '/public', firstLoadKb: 60, allChartsKb: 126, charts: 1 },
    { name: 'public signatory', path: '/public/s', firstLoadKb: 65, allChartsKb: 116, charts: 8 },
    { name: 'public signatory (cy)', path: '/cy/public/s', firstLoadKb: 66, allChartsKb: 117, charts: 8 },
  ],
};
const machine = {
  date: '2026-12-03',
  cores: 2,
  cpu: 'Test CPU',
  node: 'v24.21.0',
  load: { start: 3.2, end: 4 },
  seconds: 600,
};

const row = (rows: TableRow[], measure: string) => {
  const found = rows.find((r) => r.measure.startsWith(measure));
  if (!found) throw new Error(`no row "${measure}" in ${rows.map((r) => r.measure).join('; ')}`);
  return found;
};

describe('the benchmark table', () => {
  it('reads the result lines out of a benchmark output, skipping other lines and cut-off ones', () => {
    const output = [
      'loading...',
      `${resultPrefix}${JSON.stringify(ingest)}`,
      `${resultPrefix}{"bench":"web","pages":[`,
      `${resultPrefix}${JSON.stringify(cold)}`,
    ].join('\n');
    expect(parseResults(output)).toEqual([ingest, cold]);
  });

  it('computes each ratio from the figures and says whether its target is met', () => {
    const rows = benchRows([ingest, metrics, cold, web]);
    // 10 activities a second against 1,000 items a second.
    expect(row(rows, 'Ingest efficiency')).toMatchObject({ ratio: '0.010', met: 'no' });
    expect(row(rows, 'Ingest efficiency').figures).toContain('10.0 a second');
    expect(row(rows, 'Ingest efficiency').figures).toContain('1,000 a second');
    // p50 22 / 20, p95 60 / 30: the p95 is over 1.5.
    expect(row(rows, 'Metric query flatness, one signatory')).toMatchObject({ ratio: '1.10, 2.00', met: 'no' });
    expect(row(rows, 'Metric query flatness, partnership overview')).toMatchObject({ ratio: '1.20, 1.10', met: 'yes' });
    expect(row(rows, 'Partnership overview / one signatory')).toMatchObject({ ratio: '10.9', met: 'no' });
    expect(row(rows, 'api bundle size')).toMatchObject({ ratio: '0.91', met: 'yes' });
    expect(row(rows, 'aggregator bundle size')).toMatchObject({ ratio: '1.03', met: 'no' });
    expect(row(rows, 'api bundle load time')).toMatchObject({ ratio: '1.50', met: '' });
    expect(row(rows, 'jobs bundle load time')).toMatchObject({ ratio: '1.10' });
    expect(row(rows, 'Public page JavaScript, home')).toMatchObject({ ratio: '0.90', met: 'yes' });
    expect(row(rows, 'Public page JavaScript, home').figures).toContain(
      '108.0 kB with 2 charts drawn; Lighthouse performance 95, accessibility 100',
    );
    expect(row(rows, 'Public page JavaScript, public overview')).toMatchObject({ ratio: '1.05', met: 'no' });
    expect(row(rows, 'Public page JavaScript, public overview').figures).toContain(
      '126.0 kB with 1 chart drawn; Lighthouse in `npm run bench:web`',
    );
    // The report 400 / 20 is within 50; the pack 1,200 / 20 is not.
    expect(row(rows, 'Report production')).toMatchObject({ ratio: '20.0, 60.0', met: 'no' });
    expect(row(rows, 'Report production').figures).toContain('report 400 ms, pack 1,200 ms');
    expect(row(rows, 'Report production').figures).toContain('against 20.0 ms (FY2026-Q2, 300 signatories');
    const { reports: _, ...untimed } = metrics as Extract<BenchResult, { bench: 'metrics' }>;
    expect(row(benchRows([untimed]), 'Report production').figures).toBe(
      'not measured: `npm run bench:metrics` did not time the reports',
    );
  });

  it('gives families’ answers through the server against plain PutItem as a ratio, with the figures', () => {
    const answers = row(benchRows([feedback]), "Families' feedback submissions");
    expect(answers).toMatchObject({ ratio: '0.250', target: '≥ 0.3 (issue 14)', met: 'no' });
    expect(answers.figures).toBe(
      '50.0 a second (400 answers posted to /f/{token}, 4 at once) against 200 a second (400 PutItems of 1,200 bytes)',
    );
    const faster = { ...feedback, server: { ...feedback.server, seconds: 4 } } as BenchResult;
    expect(row(benchRows([faster]), "Families' feedback submissions")).toMatchObject({ ratio: '0.500', met: 'yes' });
  });

  it('keeps every row when a benchmark did not report, as not measured with the reason', () => {
    const rows = benchRows([cold], { metrics: '`npm run bench:metrics` exited with code 1 before reporting' });
    const all = benchRows([ingest, metrics, cold, web]);
    expect(rows.map((r) => r.measure.split(',')[0])).toEqual(benchRows([]).map((r) => r.measure.split(',')[0]));
    expect(row(rows, 'Metric query flatness, one signatory')).toMatchObject({
      figures: 'not measured: `npm run bench:metrics` exited with code 1 before reporting',
      ratio: '',
      met: '',
    });
    expect(row(rows, 'Ingest efficiency').figures).toBe('not measured: `npm run bench:ingest` did not report');
    expect(row(rows, 'Public page JavaScript, public signatory (cy)').figures).toMatch(/^not measured/);
    const onePage = benchRows([{ bench: 'web', pages: [web.pages[0]!] }]);
    expect(row(onePage, 'Public page JavaScript, home').ratio).toBe('0.90');
    expect(row(onePage, 'Public page JavaScript, public overview').figures).toBe(
      'not measured: `npm run bench:web` did not measure this page',
    );
    expect(row(rows, 'api bundle size').ratio).toBe('0.91');
    expect(all.filter((r) => r.figures.startsWith('not measured')).map((r) => r.measure)).toEqual([
      "Families' feedback submissions a second through the server / plain PutItem",
    ]);
  });

  it('prints Markdown with the date, machine and sizes, one line per row', () => {
    const results: BenchResult[] = [metrics, { bench: 'web', pages: [{ ...web.pages[0]!, name: 'a|b' }] }];
    const table = benchTable(results, machine);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toContain('2026-12-03: 2 cores (Test CPU), Node v24.21.0');
    expect(lines[0]).toContain('300 signatories over 36 months with 10,000 and 100,000 activities');
    expect(lines[0]).toContain('10 minutes');
    expect(lines[2]).toBe('| measure | this run | ratio | target | met |');
    expect(lines.slice(4)).toHaveLength(benchRows(results).length);
    expect(benchRows(results)).toHaveLength(benchRows([]).length + 1);
    for (const line of lines.slice(4)) expect(line.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(table).toContain('JavaScript, a\\|b:');
  });
});
