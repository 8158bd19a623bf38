/**
 * `npm run bench:metrics`: are the metric queries flat with volume? Loads synthetic
 * partnerships of 300 signatories over 36 months at two sizes, 10 thousand and 1 million
 * engagement activities (the participation facts), into dynalite on disk, and prints the
 * p50 and p95 of the signatory query and of the partnership overview query at each size,
 * the ratio large / small (target: at most 1.5), and at each size the ratio of the
 * overview to one signatory's query, measured in the same run (target: at most 5 at p50).
 *
 * The records are written straight into the store in bulk, with their rollups computed
 * by the same pure function the aggregator uses; a sample of buckets is then recomputed
 * through the aggregator's own path to show the bulk rollups are exactly what it writes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  addDays,
  addMonths,
  audiences,
  channels,
  computeMonthRollup,
  computeStanding,
  defaultGroups,
  defaultSettings,
  lastDayOf,
  levels,
  localVoicesCharter,
  mergeMonthRollups,
  monthRange,
  quarterSpanOf,
  rowsOfRollups,
  type Rows,
  sectors,
  settings as activitySettings,
  stages,
  type Activity,
  type FeedbackLoop,
  type MonthRollup,
  type Signatory,
} from '@equal-partners/shared';
import { zipSync, strToU8 } from 'fflate';
import { createApp } from '@equal-partners/functions/app';
import { boardReport } from '@equal-partners/functions/reports/board-report-queries';
import { evidencePackFiles } from '@equal-partners/functions/reports/evidence-pack-queries';
import { signatoryMetrics } from '@equal-partners/functions/reports/report-queries';
import { cursorSigner } from '../../functions/src/http/cursors.ts';
import {
  batchPut,
  createDocumentClient,
  ensureTable,
  queryAll,
  type ItemKeys,
  type Store,
} from '@equal-partners/functions/store';
import { seededRandom, type Random } from '../../functions/src/local/demo/random.ts';
import {
  recomputePartnershipMonth,
  recomputeSignatoryMonth,
  recomputeSpanRows,
  recomputeStanding,
} from '../../functions/src/rollups/recompute.ts';
import { readStandings, sumRows } from '../../functions/src/rollups/read-rollups.ts';
import { rollupText, rowsText, standingText } from '../../functions/src/rollups/rollup-items.ts';
import { partnershipKeys } from '../../functions/src/partnership/partnership-entity.ts';
import { signatoryKeys } from '../../functions/src/signatories/signatory-entity.ts';
import { activityKeys } from '../../functions/src/activities/activity-entity.ts';
import { loopKeys } from '../../functions/src/loops/loop-entity.ts';
import {
  partnershipRollupKeys,
  rowsKeys,
  rollupSegmentKeys,
  signatoryRollupKeys,
} from '../../functions/src/rollups/rollup-entity.ts';
import { standingKeys } from '../../functions/src/rollups/standing-entity.ts';
import { printResult } from './bench-result.ts';

const signatoryCount = 300;
const monthCount = 36;
const lastMonth = '2026-10';
const firstMonth = addMonths(lastMonth, 1 - monthCount);
const today = new Date(`${lastMonth}-20T12:00:00Z`);
const sizes = [
  { name: 'small', activities: 10_000 },
  { name: 'large', activities: Number(process.env.BENCH_LARGE ?? 1_000_000) },
];
/**
 * Requests timed per query and size. The signatory query is fast, so it gets more: a p95
 * of a few dozen samples is decided by one or two hiccups of a shared machine.
 */
const samples = {
  signatory: Number(process.env.BENCH_SAMPLES ?? 200),
  partnership: Number(process.env.BENCH_SAMPLES ?? 60),
};
/** With BENCH_DATA set, each size's store is kept there and reused by later runs (the large load takes minutes). */
const keptData = process.env.BENCH_DATA;
const stamp = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'bench',
  updatedBy: 'bench',
  version: 1,
};

async function startStore(path: string): Promise<{ endpoint: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./dynalite-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
  });
  return { endpoint: line.trim(), child };
}

function activityFor(random: Random, signatoryId: string, month: string, n: number): Activity {
  const total = random.int(3, 120);
  const recorded = Math.round(total * (0.3 + random.next() * 0.6));
  const groups: Record<string, number> = {};
  for (const group of random.sample(defaultGroups, random.int(2, 8))) groups[group.id] = random.int(0, recorded);
  return {
    id: `${signatoryId}-${month}-${n}`,
    signatoryId,
    date: `${month}-${String(random.int(1, 28)).padStart(2, '0')}`,
    title: 'Synthetic activity',
    publicSummary: 'What we asked, who took part and what we heard.',
    internalNotes: '',
    audience: random.sample(audiences, random.int(1, 2)),
    channel: random.pick(channels),
    setting: random.pick(activitySettings),
    stage: random.pick(stages),
    level: random.pick(levels),
    lundy: { space: true, voice: random.chance(0.8), audience: random.chance(0.6), influence: random.chance(0.5) },
    principles: random.sample(
      localVoicesCharter.principles.map((p) => p.id),
      random.int(1, 3),
    ),
    participants: { total, firstTime: random.int(0, total), demographicsRecorded: recorded, groups },
    adjustments: random.chance(0.6) ? ['interpreter'] : [],
    ...(random.chance(0.5)
      ? {
          experience: {
            responses: Math.round(total / 2),
            feltListened: Math.round(total / 3),
            knowWhatHappensNext: Math.round(total / 4),
          },
        }
      : {}),
    ...stamp,
  };
}

function loopFor(random: Random, activity: Activity): FeedbackLoop {
  const closed = random.chance(0.7);
  const communicatedOn = addDays(activity.date, random.int(5, 120));
  return {
    id: `${activity.id}-loop`,
    signatoryId: activity.signatoryId,
    activityIds: [activity.id],
    raisedOn: activity.date,
    youSaid: 'Synthetic point',
    weDid: '',
    status: closed ? 'done' : 'open',
    ...(closed && communicatedOn <= lastDayOf(lastMonth) ? { communicatedOn, outcome: 'service-change' as const } : {}),
    principles: activity.principles.slice(0, 1),
    consentToPublish: false,
    ...stamp,
  };
}

/** A rollup's two items, as the aggregator writes them. */
function rollupItems(
  key: ItemKeys,
  rollup: MonthRollup,
  attributes: Record<string, unknown>,
): Record<string, unknown>[] {
  const text = rollupText(rollup);
  return [
    { ...key, ...attributes, entity: 'rollup', body: text.body },
    { ...rollupSegmentKeys(key), ...attributes, entity: 'rollup-segments', segments: text.segments },
  ];
}

/** A span's rows item, as the aggregator writes it. */
function rowsItem(span: string, rows: Rows, attributes: Record<string, unknown>): Record<string, unknown> {
  return { ...rowsKeys({ span }), ...attributes, entity: 'rollup-rows', scope: 'partnership', rows: rowsText(rows) };
}

/** Runs `tasks` with at most `limit` at once. */
async function inParallel(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

async function load(store: Store, activityCount: number): Promise<{ seconds: number; items: number }> {
  const started = performance.now();
  const random = seededRandom(activityCount);
  const signatories: Signatory[] = Array.from({ length: signatoryCount }, (_, i) => ({
    id: `signatory-${String(i).padStart(3, '0')}`,
    name: `Signatory ${i}`,
    sector: sectors[i % sectors.length]!,
    signedOn: '2023-01-01',
    charterStatus: 'signed',
    active: true,
    ...stamp,
  }));
  await batchPut(store, [
    {
      name: 'Benchmark partnership',
      area: 'Synthetic',
      charter: localVoicesCharter,
      groups: defaultGroups,
      settings: defaultSettings,
      ...partnershipKeys(),
      entity: 'partnership',
    },
    ...signatories.map((s) => ({ ...s, ...signatoryKeys(s), entity: 'signatory' })),
  ]);
  const months = monthRange(firstMonth, lastMonth);
  const perBucket = activityCount / (signatoryCount * monthCount);
  const partnership = new Map<string, Map<string, MonthRollup>>(months.map((m) => [m, new Map()]));
  let items = 0;
  // One signatory at a time, so memory holds one signatory's records, not the whole load.
  for (const signatory of signatories) {
    const records: Record<string, unknown>[] = [];
    const loops: FeedbackLoop[] = [];
    for (const month of months) {
      const count = Math.floor(perBucket * (0.5 + random.next())) + (random.next() < perBucket % 1 ? 1 : 0);
      const activities = Array.from({ length: count }, (_, n) => activityFor(random, signatory.id, month, n));
      const monthLoops = activities.filter(() => random.chance(0.4)).map((a) => loopFor(random, a));
      loops.push(...monthLoops);
      const rollup = computeMonthRollup(activities, monthLoops);
      partnership.get(month)!.set(signatory.id, rollup);
      records.push(
        ...activities.map((a) => ({ ...a, ...activityKeys(a), entity: 'activity' })),
        ...monthLoops.map((l) => ({ ...l, ...loopKeys(l), entity: 'loop' })),
        ...rollupItems(signatoryRollupKeys({ signatoryId: signatory.id, month }), rollup, {
          scope: 'signatory',
          signatoryId: signatory.id,
          month,
        }),
      );
    }
    records.push({
      ...standingKeys({ signatoryId: signatory.id }),
      entity: 'standing',
      signatoryId: signatory.id,
      body: standingText(computeStanding(loops, [], { asOf: today.toISOString().slice(0, 10), loopDueDays: 90 })),
    });
    const chunk = 500;
    await inParallel(
      Array.from(
        { length: Math.ceil(records.length / chunk) },
        (_, i) => () => batchPut(store, records.slice(i * chunk, (i + 1) * chunk)),
      ),
      6,
    );
    items += records.length;
  }
  await batchPut(
    store,
    months.flatMap((month) => [
      ...rollupItems(partnershipRollupKeys({ month }), mergeMonthRollups(partnership.get(month)!.values()), {
        scope: 'partnership',
        month,
      }),
      rowsItem(month, rowsOfRollups(partnership.get(month)!), { month }),
    ]),
  );
  // Each quarter's rows, the sum of its months'.
  const spans = [...new Set(months.map(quarterSpanOf))];
  await batchPut(
    store,
    spans.map((span) => {
      const inSpan = months.filter((m) => quarterSpanOf(m) === span);
      return rowsItem(span, sumRows(inSpan.map((m) => rowsOfRollups(partnership.get(m)!))), { span });
    }),
  );
  return { seconds: (performance.now() - started) / 1000, items };
}

/** Recomputes some buckets (and a partnership month with its rows) through the aggregator's path: each must find nothing to change. */
async function checkSample(store: Store): Promise<number> {
  const random = seededRandom(7);
  let drifted = 0;
  for (let i = 0; i < 20; i += 1) {
    const bucket = {
      signatoryId: `signatory-${String(random.int(0, signatoryCount - 1)).padStart(3, '0')}`,
      month: addMonths(lastMonth, -random.int(0, monthCount - 1)),
    };
    if ((await recomputeSignatoryMonth(store, bucket)).drifted) drifted += 1;
  }
  // And a partnership month, with the month's overview rows, and its quarter's rows.
  const month = addMonths(lastMonth, -random.int(0, monthCount - 1));
  if ((await recomputePartnershipMonth(store, month)).drifted) drifted += 1;
  if ((await recomputeSpanRows(store, quarterSpanOf(month))).drifted) drifted += 1;
  return drifted;
}

/**
 * Recomputes, as the reconcile job does, the standings of a kept store written before
 * standings kept `oldestOpen` (decision 0115), which the exceptions cannot count from.
 */
async function upgradeStandings(store: Store): Promise<number> {
  const standings = await readStandings(store);
  const old = [...standings].filter(([, standing]) => standing.oldestOpen === undefined).map(([id]) => id);
  const context = { asOf: today.toISOString().slice(0, 10), loopDueDays: defaultSettings.loopDueDays };
  await inParallel(
    old.map((signatoryId) => async () => void (await recomputeStanding(store, signatoryId, context, [], today))),
    4,
  );
  return old.length;
}

/** CPU seconds a process has used so far (Linux), or undefined where /proc is not there. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the store has been idle for five seconds: after a bulk load, LevelDB goes on
 * compacting in the background, which would otherwise be measured as query time.
 */
async function storeSettled(pid: number): Promise<number> {
  const started = performance.now();
  let quiet = 0;
  let last = cpuSeconds(pid);
  while (last !== undefined && quiet < 5 && performance.now() - started < 600_000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuSeconds(pid)!;
    quiet = now - last < 0.05 ? quiet + 1 : 0;
    last = now;
  }
  return (performance.now() - started) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Times one request, in milliseconds. */
async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await run();
  if (!response.ok) throw new Error(`query failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

interface Prepared {
  size: (typeof sizes)[number];
  loaded: { seconds: number; items: number };
  app: ReturnType<typeof createApp>;
  store: Store;
  stop: () => Promise<void>;
}

/** The marker a finished load leaves, so a kept store is reused only when it is complete. */
const loadedMarker = { pk: 'BENCH', sk: 'LOADED' };

async function prepare(size: (typeof sizes)[number]): Promise<Prepared> {
  const dir = keptData ? join(keptData, `${size.name}-${size.activities}`) : mkdtempSync(join(tmpdir(), 'ep-bench-'));
  mkdirSync(dir, { recursive: true });
  const { endpoint, child } = await startStore(join(dir, 'dynalite'));
  const stop = async () => {
    child.stdin?.end();
    await new Promise((resolve) => child.once('exit', resolve));
    if (!keptData) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const tableName = `bench-${size.name}`;
    const client = createDocumentClient({ tableName, region: 'eu-west-2', endpoint });
    await ensureTable(client, tableName);
    const store: Store = { client, tableName };
    const [kept] = await queryAll<{ seconds: number; items: number }>(store, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': loadedMarker.pk },
    });
    let loaded: { seconds: number; items: number };
    if (kept) {
      loaded = { seconds: kept.seconds, items: kept.items };
      console.log(`\n${size.name}: reusing the store in ${dir} (${loaded.items.toLocaleString('en-GB')} items)`);
    } else {
      console.log(`\n${size.name}: loading ${size.activities.toLocaleString('en-GB')} activities...`);
      loaded = await load(store, size.activities);
      await batchPut(store, [{ ...loadedMarker, ...loaded }]);
      console.log(`  loaded ${loaded.items.toLocaleString('en-GB')} items in ${loaded.seconds.toFixed(0)} s`);
    }
    const upgraded = await upgradeStandings(store);
    if (upgraded > 0)
      console.log(`  ${upgraded} standings kept before they held oldestOpen recomputed (decision 0115)`);
    const drifted = await checkSample(store);
    console.log(
      `  20 buckets, a partnership month and its quarter's rows recomputed through the aggregator: ${drifted} differed from the bulk load`,
    );
    if (drifted > 0) throw new Error('The bulk-loaded rollups differ from what the aggregator computes');
    console.log(`  the store settled (compaction done) after ${(await storeSettled(child.pid!)).toFixed(0)} s`);
    const app = createApp({
      store,
      version: 'bench',
      today: () => today,
      authenticators: [async () => ({ kind: 'user', id: 'bench-admin', role: 'board-admin' })],
      rateLimitPerMinute: 1_000_000,
    });
    return { size, loaded, app, store, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const headers = { authorization: 'Bearer bench' };
const queries = {
  signatory: (app: Prepared['app'], n: number) =>
    Promise.resolve(
      app.request(`/api/v1/metrics/signatories/signatory-${String((n * 37) % signatoryCount).padStart(3, '0')}`, {
        headers,
      }),
    ),
  partnership: (app: Prepared['app']) => Promise.resolve(app.request('/api/v1/metrics/partnership', { headers })),
};

/** Report samples at the large size; each turn times five signatory queries, the board report and the pack. */
const reportSamples = Number(process.env.BENCH_REPORT_SAMPLES ?? 10);
const admin = { kind: 'user', id: 'bench-admin', role: 'board-admin' } as const;

/** Times one query run in this process, in milliseconds. */
async function timedQuery(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * The board report and the evidence pack against one signatory page's query, in turns, in
 * this process (as the web server runs them): the report's query (what its HTML page is
 * rendered from), and the pack's CSV files zipped; the pack's PDF (a Chromium print of the
 * report) is left out, as it depends on the browser more than on the data.
 */
async function reportTimes(store: Store) {
  const deps = {
    store,
    today: () => today,
    now: () => today,
    cursors: cursorSigner(Buffer.alloc(32, 7)),
  } as unknown as Parameters<typeof evidencePackFiles>[0];
  const times = { signatory: [] as number[], boardReport: [] as number[], evidencePack: [] as number[] };
  let quarter = '';
  for (let n = -1; n < reportSamples; n += 1) {
    const signatory: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = `signatory-${String((((n + 1) * 5 + i) * 37) % signatoryCount).padStart(3, '0')}`;
      signatory.push(await timedQuery(() => signatoryMetrics(deps, admin, { id })));
    }
    const report = await timedQuery(async () => {
      quarter = (await boardReport(deps, admin, { year: 'financial' })).period.key;
    });
    const pack = await timedQuery(async () => {
      const made = await evidencePackFiles(deps, admin, { year: 'financial' });
      zipSync({ pack: Object.fromEntries(made.files.map((file) => [file.name, strToU8(file.text)])) });
    });
    if (n < 0) continue; // The first turn warms the code up.
    times.signatory.push(...signatory);
    times.boardReport.push(report);
    times.evidencePack.push(pack);
  }
  return { quarter, times };
}

const prepared: Prepared[] = [];
try {
  for (const size of sizes) prepared.push(await prepare(size));
  // The sizes are measured in turn, request by request, so anything else the machine is
  // doing slows both alike and the ratio stays fair.
  const times = new Map(prepared.map((p) => [p.size.name, { signatory: [] as number[], partnership: [] as number[] }]));
  for (let n = -5; n < Math.max(samples.signatory, samples.partnership); n += 1) {
    for (const query of ['signatory', 'partnership'] as const) {
      if (n >= samples[query]) continue;
      // Alternate which size goes first, so neither always follows the other's garbage.
      for (const p of n % 2 === 0 ? prepared : [...prepared].reverse()) {
        const ms = await timed(() => queries[query](p.app, n + 5));
        if (n >= 0) times.get(p.size.name)![query].push(ms);
      }
    }
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  const [small, large] = prepared as [Prepared, Prepared];
  const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
  console.log(
    `\nMetric queries (${samples.signatory} and ${samples.partnership} samples), default period (the 12 months to ${lastMonth}), ${signatoryCount} signatories x ${monthCount} months`,
  );
  console.log(
    `${''.padEnd(22)}${'p50'.padStart(9)}${'p95'.padStart(9)}   (small: ${small.size.activities.toLocaleString('en-GB')}, large: ${large.size.activities.toLocaleString('en-GB')} activities)`,
  );
  for (const query of ['signatory', 'partnership'] as const) {
    const [s, l] = [stats(times.get('small')![query]), stats(times.get('large')![query])];
    console.log(`${`${query} small`.padEnd(22)}${ms(s.p50)}${ms(s.p95)}`);
    console.log(`${`${query} large`.padEnd(22)}${ms(l.p50)}${ms(l.p95)}`);
    const [p50, p95] = [l.p50 / s.p50, l.p95 / s.p95];
    console.log(
      `${`${query} large/small`.padEnd(22)}${p50.toFixed(2).padStart(9)}${p95.toFixed(2).padStart(9)}   ${Math.max(p50, p95) <= 1.5 ? 'within' : 'over'} the 1.5 target`,
    );
  }
  console.log(
    `\nThe partnership overview (${signatoryCount} signatories, with the previous period's rows) against one signatory's query`,
  );
  console.log(`${''.padEnd(22)}${'p50'.padStart(9)}${'p95'.padStart(9)}`);
  for (const p of prepared) {
    const [s, o] = [stats(times.get(p.size.name)!.signatory), stats(times.get(p.size.name)!.partnership)];
    const [p50, p95] = [o.p50 / s.p50, o.p95 / s.p95];
    console.log(
      `${`overview/signatory ${p.size.name}`.padEnd(22)}${p50.toFixed(2).padStart(9)}${p95.toFixed(2).padStart(9)}   ${p50 <= 5 ? 'within' : 'over'} the target of 5 (p50)`,
    );
  }
  console.log(
    `Loading took ${small.loaded.seconds.toFixed(0)} s (small) and ${large.loaded.seconds.toFixed(0)} s (large).`,
  );
  const reports = await reportTimes(large.store);
  const reportStats = {
    signatory: stats(reports.times.signatory),
    boardReport: stats(reports.times.boardReport),
    evidencePack: stats(reports.times.evidencePack),
  };
  console.log(
    `\nReport production (${reportSamples} samples, ${reports.quarter}, large size) against one signatory page's query`,
  );
  console.log(`${''.padEnd(22)}${'p50'.padStart(9)}${'p95'.padStart(9)}`);
  for (const [name, stat] of Object.entries(reportStats))
    console.log(`${name.padEnd(22)}${ms(stat.p50)}${ms(stat.p95)}`);
  const bySize = (query: 'signatory' | 'partnership') => ({
    small: stats(times.get('small')![query]),
    large: stats(times.get('large')![query]),
  });
  printResult({
    bench: 'metrics',
    signatories: signatoryCount,
    months: monthCount,
    sizes: { small: small.size.activities, large: large.size.activities },
    samples,
    signatory: bySize('signatory'),
    partnership: bySize('partnership'),
    loadSeconds: { small: small.loaded.seconds, large: large.loaded.seconds },
    reports: { samples: reportSamples, quarter: reports.quarter, ...reportStats },
  });
} finally {
  for (const p of prepared) await p.stop();
}
