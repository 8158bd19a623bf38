/**
 * `npm run bench:cold`: how long each Lambda bundle takes to load, the part of a cold
 * start its code decides. Bundles the handlers as the Lambda construct does, then loads
 * each in a fresh Node process, in rounds that interleave the bundles so that a busy
 * machine slows them alike. Prints each bundle's size and its p50 and p95 load time, and
 * the ratio of its p50 to the baseline's, loaded in the same rounds: the smallest HTTP
 * handler that can reach the table (cold-start-baseline.ts). Then what the api bundle
 * holds, by package or folder.
 *
 * Loading includes the AWS SDK modules a bundle imports (the runtime provides them, but
 * they are loaded all the same) and everything a handler builds on load. It leaves out
 * what Lambda adds around it (fetching the code, starting the runtime).
 *
 * BENCH_ROUNDS sets the number of rounds (default 40).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleHandler } from '../../cdk/src/bundling/bundle-handler.ts';
import { lambdaEntry } from '../../cdk/src/constructs/app-function.ts';
import { printResult } from './bench-result.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 40);
const handlers = ['api', 'aggregator', 'jobs'];
const baseline = 'baseline';

const bundles = new Map([
  [baseline, await bundleHandler(fileURLToPath(new URL('cold-start-baseline.ts', import.meta.url)), baseline, 'bench')],
  ...(await Promise.all(
    handlers.map(async (name) => [name, await bundleHandler(lambdaEntry(name), name, 'bench')] as const),
  )),
]);

// Times the import in the child itself, so process start-up is left out.
const loader = `
const start = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;
const env = {
  ...process.env,
  AWS_REGION: 'eu-west-2',
  TABLE_NAME: 'equal-partners-bench',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  POWERTOOLS_SERVICE_NAME: 'equal-partners',
};

function load(file: string): number {
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', loader, pathToFileURL(file).href], { env }),
  );
}

const times = new Map<string, number[]>([...bundles.keys()].map((name) => [name, []]));
for (const file of bundles.values()) load(file.file); // warm the file system cache
for (let round = 0; round < rounds; round += 1) {
  const order = [...bundles.keys()];
  if (round % 2 === 1) order.reverse();
  for (const name of order) times.get(name)!.push(load(bundles.get(name)!.file));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const base = percentile(times.get(baseline)!, 50);
console.log(`Load time of each Lambda bundle, ${rounds} fresh processes each`);
console.log(
  [
    'bundle'.padEnd(12),
    'size kB'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p50 / baseline'.padStart(15),
  ].join(''),
);
for (const [name, bundle] of bundles) {
  const values = times.get(name)!;
  const p50 = percentile(values, 50);
  console.log(
    [
      name.padEnd(12),
      (bundle.bytes / 1000).toFixed(0).padStart(8),
      p50.toFixed(1).padStart(8),
      percentile(values, 95).toFixed(1).padStart(8),
      (p50 / base).toFixed(2).padStart(15),
    ].join(''),
  );
}

/** Where a bundled file comes from: its npm package (with zod's parts apart), or its folder in this repository. */
function origin(path: string): string {
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:v4\/(core|mini|locales)\/)?/.exec(path);
  if (inPackage) return inPackage[2] ? `${inPackage[1]} ${inPackage[2]}` : inPackage[1]!;
  return path.split('/').slice(0, 3).join('/');
}

const bytesBy = new Map<string, number>();
for (const { path, bytes } of bundles.get('api')!.inputs)
  bytesBy.set(origin(path), (bytesBy.get(origin(path)) ?? 0) + bytes);
console.log('\nWhat the api bundle holds, kB minified');
for (const [name, bytes] of [...bytesBy].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 500))
  console.log(`${(bytes / 1000).toFixed(1).padStart(8)}  ${name}`);

printResult({
  bench: 'cold',
  rounds,
  bundles: [...bundles].map(([name, bundle]) => ({
    name,
    bytes: bundle.bytes,
    p50: percentile(times.get(name)!, 50),
    p95: percentile(times.get(name)!, 95),
  })),
});
