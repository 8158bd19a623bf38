/**
 * dynalite in a process of its own, for the benchmarks: the store does its work on one
 * core and the code under test on the other, as a real database would. Prints its
 * endpoint as the first line of output and stops when its input closes.
 */
import { startDynalite } from '@equal-partners/functions/local/dynalite';

const running = await startDynalite({ ...(process.argv[2] ? { path: process.argv[2] } : {}) });
console.log(running.endpoint);
process.stdin.resume();
process.stdin.on('end', () => void running.close().then(() => process.exit(0)));
