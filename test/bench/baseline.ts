/**
 * What the throughput benches (`bench:ingest`, `bench:feedback`) share in measuring the
 * product against a plain baseline: a dynalite store in a process of its own, the plain
 * items copied from one the product wrote under keys of the same length (so exactly the
 * same size) in a partition the product never reads, and rounds that alternate the two,
 * so a busy machine slows both alike.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Where the plain items go, apart from every partition and index the product reads. */
export const plainPartition = 'BENCH-PLAIN';

/** Starts dynalite in a process of its own (dynalite-server.ts); `stop` ends it; `pid` is its process's. */
export async function startStore(): Promise<{ endpoint: string; pid: number; stop: () => Promise<void> }> {
  const script = fileURLToPath(new URL('./dynalite-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
  });
  const stop = async () => {
    child.stdin?.end();
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return { endpoint: line.trim(), pid: child.pid!, stop };
}

/**
 * The CPU milliseconds this process and the process `pid` have used so far (the store's
 * read from /proc, so Linux only: 0 elsewhere). Unlike elapsed time, this hardly moves
 * with how busy the machine is.
 */
export function cpuMilliseconds(pid: number): { self: number; store: number } {
  const { user, system } = process.cpuUsage();
  return { self: (user + system) / 1000, store: storeCpuMilliseconds(pid) };
}

/** The CPU milliseconds the process `pid` has used so far, from /proc; 0 where there is none. */
function storeCpuMilliseconds(pid: number): number {
  try {
    // utime and stime, the 14th and 15th fields, in clock ticks (100 a second), after the name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** A key in the plain partition as long as `original` (ending in `suffix`), so a copied item keeps its size. */
export function plainKey(original: unknown, suffix = ''): string {
  const length = String(original).length;
  return `${plainPartition}#${suffix}`.padEnd(length, '-').slice(-length);
}

/**
 * Runs `rounds` rounds of the product and the plain baseline (each returns the seconds it
 * took), alternating which goes first so neither always follows the other's garbage.
 */
export async function alternate(
  rounds: number,
  product: (round: number) => Promise<number>,
  plain: (round: number) => Promise<number>,
): Promise<{ productSeconds: number; plainSeconds: number }> {
  let productSeconds = 0;
  let plainSeconds = 0;
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      productSeconds += await product(round);
      plainSeconds += await plain(round);
    } else {
      plainSeconds += await plain(round);
      productSeconds += await product(round);
    }
  }
  return { productSeconds, plainSeconds };
}
