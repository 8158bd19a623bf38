/**
 * The table `npm run bench` prints (./run-all.ts): from the benchmarks' result lines
 * (./bench-result.ts), one row per measure, each a ratio against its baseline measured in
 * the same run, with the figures it comes from and its target. A measure whose benchmark
 * did not report, or whose feature does not exist yet, keeps its row as "not measured",
 * so the table has the same shape every run. Markdown, so the README's table is this output.
 */
import type {
  BenchResult,
  ColdResult,
  FeedbackResult,
  IngestResult,
  MetricsResult,
  WebResult,
} from './bench-result.ts';

/** The benchmarks `npm run bench` runs, by the name in their result lines. */
export const benchNames = ['ingest', 'metrics', 'cold', 'web', 'feedback'] as const;
export type BenchName = (typeof benchNames)[number];

export interface TableRow {
  measure: string;
  /** The absolute figures of this run the ratio comes from. */
  figures: string;
  ratio: string;
  target: string;
  /** `yes`, `no`, or empty where there is no target or nothing was measured. */
  met: string;
}

export interface Machine {
  /** `YYYY-MM-DD`. */
  date: string;
  cores: number;
  cpu: string;
  node: string;
  /** The 1-minute load average when the run started and when it ended. */
  load: { start: number; end: number };
  /** How long the whole run took. */
  seconds: number;
}

/** The budget of each Lambda bundle, minified (cdk/test/lambda-bundles.test.ts, docs/decisions/0203). */
export const bundleBudgetBytes = 350_000;
/** The budget of a public page's gzipped JavaScript with every chart drawn, and Lighthouse's targets. */
export const pageBudgetKb = 120;
export const lighthouseTargets = { performance: 90, accessibility: 100 };
export const targets = {
  /** Issue 17: API ingest at least half as fast as plain BatchWriteItem. */
  ingest: 0.5,
  /** docs/metrics.md: a query at the large size within 1.5 times its time at the small size. */
  flatness: 1.5,
  /** Issue 18 item 9: the partnership overview within 5 times one signatory's query. */
  overview: 5,
  /** Issue 15: the board report and the evidence pack each within 50 times one signatory page's query. */
  reports: 50,
  /** Issue 14: families' answers through the server at least 0.3 times as fast as plain PutItem. */
  feedback: 0.3,
};

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number) => `${number(value, value < 100 ? 1 : 0)} ms`;
const yesNo = (met: boolean) => (met ? 'yes' : 'no');

function notMeasured(measure: string, why: string, target = ''): TableRow {
  return { measure, figures: `not measured: ${why}`, ratio: '', target, met: '' };
}

function ingestRows(result: IngestResult | undefined, missing: string): TableRow[] {
  const measure = 'Ingest efficiency: activities a second through the API / plain BatchWriteItem';
  const target = `≥ ${targets.ingest} (issue 17)`;
  if (!result) return [notMeasured(measure, missing, target)];
  const apiRate = result.api.activities / result.api.seconds;
  const plainRate = result.plain.items / result.plain.seconds;
  const ratio = apiRate / plainRate;
  return [
    {
      measure,
      figures:
        `${number(apiRate, 1)} a second (${number(result.api.activities)} activities in batches of ${result.api.batchSize}) ` +
        `against ${number(plainRate)} a second (${number(result.plain.items)} items of ${number(result.itemBytes.plain)} bytes)`,
      ratio: number(ratio, 3),
      target,
      met: yesNo(ratio >= targets.ingest),
    },
  ];
}

function metricsRows(result: MetricsResult | undefined, missing: string): TableRow[] {
  const flatness = (label: string) => `Metric query flatness, ${label}: large / small size`;
  const overview = 'Partnership overview / one signatory query (large size, p50)';
  const flatTarget = `≤ ${targets.flatness} (p50 and p95)`;
  const overviewTarget = `≤ ${targets.overview} (issue 18)`;
  if (!result)
    return [
      notMeasured(flatness('one signatory'), missing, flatTarget),
      notMeasured(flatness('partnership overview'), missing, flatTarget),
      notMeasured(overview, missing, overviewTarget),
    ];
  const sizes = `${number(result.sizes.small)} → ${number(result.sizes.large)} activities`;
  const flat = (label: string, query: MetricsResult['signatory']): TableRow => {
    const [p50, p95] = [query.large.p50 / query.small.p50, query.large.p95 / query.small.p95];
    return {
      measure: flatness(label),
      figures: `p50 ${ms(query.small.p50)} → ${ms(query.large.p50)}, p95 ${ms(query.small.p95)} → ${ms(query.large.p95)} (${sizes})`,
      ratio: `${number(p50, 2)}, ${number(p95, 2)}`,
      target: flatTarget,
      met: yesNo(Math.max(p50, p95) <= targets.flatness),
    };
  };
  const ratio = result.partnership.large.p50 / result.signatory.large.p50;
  return [
    flat('one signatory', result.signatory),
    flat('partnership overview', result.partnership),
    {
      measure: overview,
      figures: `${ms(result.partnership.large.p50)} against ${ms(result.signatory.large.p50)} (${result.signatories} signatories, ${number(result.sizes.large)} activities)`,
      ratio: number(ratio, 1),
      target: overviewTarget,
      met: yesNo(ratio <= targets.overview),
    },
  ];
}

const handlers = ['api', 'aggregator', 'jobs'];

function coldRows(result: ColdResult | undefined, missing: string): TableRow[] {
  const sizeMeasure = (name: string) => `${name} bundle size / budget`;
  const loadMeasure = (name: string) => `${name} bundle load time / baseline handler's (p50)`;
  const sizeTarget = `≤ 1 (${number(bundleBudgetBytes / 1000)} kB)`;
  const baseline = result?.bundles.find((b) => b.name === 'baseline');
  return handlers.flatMap((name) => {
    const bundle = result?.bundles.find((b) => b.name === name);
    if (!bundle || !baseline)
      return [
        notMeasured(sizeMeasure(name), bundle ? 'the baseline was not loaded' : missing, sizeTarget),
        notMeasured(loadMeasure(name), bundle ? 'the baseline was not loaded' : missing),
      ];
    return [
      {
        measure: sizeMeasure(name),
        figures: `${number(bundle.bytes / 1000, 1)} kB minified`,
        ratio: number(bundle.bytes / bundleBudgetBytes, 2),
        target: sizeTarget,
        met: yesNo(bundle.bytes <= bundleBudgetBytes),
      },
      {
        measure: loadMeasure(name),
        figures: `${ms(bundle.p50)} against ${ms(baseline.p50)} (${result!.rounds} fresh processes each)`,
        ratio: number(bundle.p50 / baseline.p50, 2),
        target: 'none: compare runs',
        met: '',
      },
    ];
  });
}

const pages = ['home', 'public overview', 'public signatory', 'public signatory (cy)'];

function webRows(result: WebResult | undefined, missing: string): TableRow[] {
  const measure = (name: string) => `Public page JavaScript, ${name}: gzipped kB with every chart drawn / budget`;
  const target = `≤ 1 (${pageBudgetKb} kB)`;
  const withScores = `${target}; Lighthouse ≥ ${lighthouseTargets.performance}, ${lighthouseTargets.accessibility}`;
  // The pages measured today always have their rows; a page added to bench:web adds its own.
  const names = [...new Set([...pages, ...(result?.pages.map((p) => p.name) ?? [])])];
  return names.map((name) => {
    const page = result?.pages.find((p) => p.name === name);
    if (!page)
      return notMeasured(measure(name), result ? '`npm run bench:web` did not measure this page' : missing, target);
    const scored = page.performance !== undefined && page.accessibility !== undefined;
    const lighthouse = scored
      ? `; Lighthouse performance ${page.performance}, accessibility ${page.accessibility}`
      : '; Lighthouse in `npm run bench:web`';
    const ratio = page.allChartsKb / pageBudgetKb;
    const scoresMet =
      !scored ||
      (page.performance! >= lighthouseTargets.performance && page.accessibility! >= lighthouseTargets.accessibility);
    return {
      measure: measure(name),
      figures: `${number(page.firstLoadKb, 1)} kB at first load, ${number(page.allChartsKb, 1)} kB with ${page.charts} chart${page.charts === 1 ? '' : 's'} drawn${lighthouse}`,
      ratio: number(ratio, 2),
      target: scored ? withScores : target,
      met: yesNo(ratio <= 1 && scoresMet),
    };
  });
}

/** The board report's query and the evidence pack (its CSV files zipped), each / one signatory page's query (p50). */
function reportRows(result: MetricsResult | undefined, missing: string): TableRow[] {
  const measure = 'Report production: board report and evidence pack / one signatory page query (p50)';
  const target = `≤ ${targets.reports} each (issue 15)`;
  const reports = result?.reports;
  if (!reports)
    return [notMeasured(measure, result ? '`npm run bench:metrics` did not time the reports' : missing, target)];
  const [report, pack] = [
    reports.boardReport.p50 / reports.signatory.p50,
    reports.evidencePack.p50 / reports.signatory.p50,
  ];
  return [
    {
      measure,
      figures:
        `report ${ms(reports.boardReport.p50)}, pack ${ms(reports.evidencePack.p50)} (its CSV files zipped; the PDF's print not included) ` +
        `against ${ms(reports.signatory.p50)} (${reports.quarter}, ${result.signatories} signatories, ${number(result.sizes.large)} activities)`,
      ratio: `${number(report, 1)}, ${number(pack, 1)}`,
      target,
      met: yesNo(Math.max(report, pack) <= targets.reports),
    },
  ];
}

function feedbackRows(result: FeedbackResult | undefined, missing: string): TableRow[] {
  const measure = "Families' feedback submissions a second through the server / plain PutItem";
  const target = `≥ ${targets.feedback} (issue 14)`;
  if (!result) return [notMeasured(measure, missing, target)];
  const serverRate = result.server.answers / result.server.seconds;
  const plainRate = result.plain.items / result.plain.seconds;
  const ratio = serverRate / plainRate;
  return [
    {
      measure,
      figures:
        `${number(serverRate, 1)} a second (${number(result.server.answers)} answers posted to /f/{token}, ${result.server.concurrency} at once) ` +
        `against ${number(plainRate)} a second (${number(result.plain.items)} PutItems of ${number(result.itemBytes)} bytes)`,
      ratio: number(ratio, 3),
      target,
      met: yesNo(ratio >= targets.feedback),
    },
  ];
}

/**
 * Every row of the table, in a fixed order. `why` says why a benchmark that did not
 * report did not (e.g. "`npm run bench:web` exited with code 1").
 */
export function benchRows(results: BenchResult[], why: Partial<Record<BenchName, string>> = {}): TableRow[] {
  const find = <T extends BenchResult>(name: BenchName) => results.find((r) => r.bench === name) as T | undefined;
  const missing = (name: BenchName) => why[name] ?? `\`npm run bench:${name}\` did not report`;
  return [
    ...ingestRows(find<IngestResult>('ingest'), missing('ingest')),
    ...metricsRows(find<MetricsResult>('metrics'), missing('metrics')),
    ...coldRows(find<ColdResult>('cold'), missing('cold')),
    ...webRows(find<WebResult>('web'), missing('web')),
    ...reportRows(find<MetricsResult>('metrics'), missing('metrics')),
    ...feedbackRows(find<FeedbackResult>('feedback'), missing('feedback')),
  ];
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The whole table as Markdown: what was run, where, and the rows. */
export function benchTable(
  results: BenchResult[],
  machine: Machine,
  why: Partial<Record<BenchName, string>> = {},
): string {
  const metrics = results.find((r): r is MetricsResult => r.bench === 'metrics');
  const sizes = metrics
    ? `metric queries on ${number(metrics.signatories)} signatories over ${metrics.months} months with ` +
      `${number(metrics.sizes.small)} and ${number(metrics.sizes.large)} activities ` +
      `(${metrics.samples.signatory} and ${metrics.samples.partnership} samples)`
    : 'metric query sizes not measured';
  const lines = [
    `\`npm run bench\` on ${machine.date}: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ` +
      `load average ${number(machine.load.start, 1)} at the start and ${number(machine.load.end, 1)} at the end, ` +
      `${number(machine.seconds / 60)} minutes; ${sizes}.`,
    '',
    '| measure | this run | ratio | target | met |',
    '| --- | --- | --- | --- | --- |',
    ...benchRows(results, why).map(
      (row) => `| ${[row.measure, row.figures, row.ratio, row.target, row.met].map(cell).join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
