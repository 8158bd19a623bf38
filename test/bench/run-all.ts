/**
 * `npm run bench`: every benchmark, one after another, each in a process of its own, then
 * one table of ratios (./bench-table.ts), printed and written to test/artifacts/bench.md.
 * Each ratio is measured against its baseline in the same run; a ratio over its target is
 * shown, not failed. Exits non-zero only when a benchmark did not report.
 *
 * The metric queries run at 10 thousand and 100 thousand activities by default, so the
 * whole run takes about ten minutes on two cores; `BENCH_LARGE=1000000` measures the
 * million (about half an hour more to load) and `BENCH_DATA=<folder>` keeps the loaded
 * stores for later runs. Lighthouse's scores are left to `npm run bench:web` unless
 * `BENCH_LIGHTHOUSE=1`. Every other variable of the benchmarks passes through.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseResults, type BenchResult } from './bench-result.ts';
import { benchTable, type BenchName } from './bench-table.ts';

/** Each benchmark's script, in the order run: the slowest to disturb (the browser's) last. */
const scripts: Record<BenchName, string> = {
  ingest: 'ingest.ts',
  metrics: 'metrics.ts',
  cold: 'cold-start.ts',
  web: 'web.ts',
  feedback: 'feedback.ts',
};

const env = {
  ...process.env,
  POWERTOOLS_LOG_LEVEL: 'WARN',
  BENCH_LARGE: process.env.BENCH_LARGE ?? '100000',
  // Lighthouse takes minutes and its scores move with the machine's load: `npm run bench:web` gives them.
  BENCH_LIGHTHOUSE: process.env.BENCH_LIGHTHOUSE ?? '0',
};

/** Runs one benchmark, its output passed through as it comes, and returns its result lines. */
function run(name: BenchName): Promise<{ results: BenchResult[]; seconds: number; exitCode: number | null }> {
  const started = performance.now();
  console.log(`\n## npm run bench:${name}\n`);
  const child = spawn(process.execPath, [fileURLToPath(new URL(scripts[name], import.meta.url))], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  return new Promise((resolve) => {
    child.once('close', (exitCode) =>
      resolve({ results: parseResults(output), seconds: (performance.now() - started) / 1000, exitCode }),
    );
  });
}

const started = { at: new Date(), ms: performance.now(), load: loadavg()[0]! };
const results: BenchResult[] = [];
const why: Partial<Record<BenchName, string>> = {};
for (const name of Object.keys(scripts) as BenchName[]) {
  const outcome = await run(name);
  console.log(`(bench:${name} took ${outcome.seconds.toFixed(0)} s)`);
  results.push(...outcome.results);
  if (!outcome.results.some((r) => r.bench === name))
    why[name] = `\`npm run bench:${name}\` exited with code ${outcome.exitCode} before reporting`;
}

const table = benchTable(
  results,
  {
    date: started.at.toISOString().slice(0, 10),
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown processor',
    node: process.version,
    load: { start: started.load, end: loadavg()[0]! },
    seconds: (performance.now() - started.ms) / 1000,
  },
  why,
);
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
writeFileSync(`${artifacts}bench.md`, table);
console.log(`\n## All benchmarks\n\n${table}`);
console.log('Written to test/artifacts/bench.md');
if (Object.keys(why).length > 0) process.exitCode = 1;
