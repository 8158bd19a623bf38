/**
 * `npm run bench:feedback`: how fast families' answers get counted (issue 14's measure).
 * Posts answers to feedback links as a phone's form does, `POST /f/{token}`, to the real
 * local server (the pages and the API, as `npm start` serves them, with the rate limits,
 * the page's checks and the conditional write), and writes items of the same size as the
 * activity's feedback item with plain PutItem into the same dynalite store (a process of
 * its own). The two alternate, round by round, each with the same number in flight, so a
 * busy machine slows both alike. Prints both rates and the ratio server / plain (issue
 * 14's target: at least 0.3), and what each answer and each PutItem cost in CPU, in this
 * process and in the store's: a busy machine moves those less than elapsed time.
 *
 * Each round answers a link of its own (an activity of the demo council with 1,000
 * participants), each answer from one of a few addresses, as phones on a school's wi-fi and
 * on mobile networks would: the server reads the address from `X-Forwarded-For`, as it does
 * behind CloudFront. BENCH_FEEDBACK_ROUNDS sets the rounds (4), BENCH_FEEDBACK_ANSWERS the
 * answers a round (100) and BENCH_FEEDBACK_CONCURRENCY how many are in flight at once (4).
 */
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createApp } from '@equal-partners/functions/app';
import { getFeedbackCounts } from '@equal-partners/functions/feedback';
import { loadDemoPartnership } from '@equal-partners/functions/local/demo';
import { loadWebHandler, startLocalServer } from '@equal-partners/functions/local';
import { buildWeb, webBuildIsStale } from '@equal-partners/functions/local/web-build';
import { openStore } from '@equal-partners/functions/open-store';
import { ensureTable } from '@equal-partners/functions/store';
import { council, newActivity } from '@equal-partners/functions/testing/api-fixture';
import { feedbackKeys } from '../../functions/src/feedback/feedback-entity.ts';
import { alternate, cpuMilliseconds, plainKey, startStore } from './baseline.ts';
import { printResult } from './bench-result.ts';

const rounds = Number(process.env.BENCH_FEEDBACK_ROUNDS ?? 4);
const answersPerRound = Number(process.env.BENCH_FEEDBACK_ANSWERS ?? 100);
const concurrency = Number(process.env.BENCH_FEEDBACK_CONCURRENCY ?? 4);
/** Answers from one address: a class on one wi-fi, well within the limit of 200 in five minutes. */
const answersPerAddress = 25;

/** Runs `task(0)` … `task(count - 1)`, `inFlight` at a time; returns the seconds they took. */
async function timed(count: number, inFlight: number, task: (n: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function main() {
  if (webBuildIsStale()) buildWeb();
  const { endpoint, pid, stop } = await startStore();
  try {
    const tableName = 'bench-feedback';
    const store = openStore({ tableName, region: 'eu-west-2', endpoint, changeDelivery: 'inline' });
    await ensureTable(store.client, tableName);
    const today = new Date();
    const credentials = await loadDemoPartnership(store, today);
    // The pages build their own host from the environment, as the web Lambda does, and read
    // the viewer's address from X-Forwarded-For, as behind CloudFront.
    process.env.DYNAMODB_ENDPOINT = endpoint;
    process.env.TABLE_NAME = tableName;
    process.env.ADDRESS_HEADER = 'x-forwarded-for';
    const api = createApp({ store, version: 'bench', rateLimitPerMinute: 1_000_000 });
    const server = await startLocalServer({ api, web: await loadWebHandler(), port: 0 });
    const key = credentials.apiKeys.find((k) => k.signatoryId === council)!.key;
    const call = async (method: string, path: string, body: unknown) => {
      const response = await api.request(path, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ feedback?: { token: string } }>;
    };
    const date = today.toISOString().slice(0, 10);
    /** A link of its own: an activity today with 1,000 participants, its feedback switched on. */
    const newLink = async (id: string) => {
      const participants = { total: 1000, firstTime: 0, demographicsRecorded: 0, groups: {} };
      await call('POST', '/api/v1/activities', newActivity(id, council, { date, participants }));
      return (await call('PUT', `/api/v1/activities/${id}/feedback`, { on: true })).feedback!.token;
    };

    // The phones: plain HTTP/1.1 requests on kept-alive connections, as a browser sends a form. A lighter client
    // than fetch, so the CPU this process spends is the server's, as the plain side's is its SDK's.
    const phones = new Agent({ keepAlive: true, maxSockets: concurrency });
    let posted = 0;
    const answer = async (token: string) => {
      const n = posted++;
      const body = new URLSearchParams({
        answerId: randomBytes(16).toString('base64url'),
        feltListened: ['yes', 'not-sure', 'no'][n % 3]!,
        knowWhatHappensNext: ['yes', 'not-sure', 'no'][(n + 1) % 3]!,
        easyToTakePart: 'yes',
      }).toString();
      const headers = {
        origin: server.url,
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        'x-forwarded-for': `198.51.100.${Math.floor(n / answersPerAddress) % 250}`,
      };
      const response = await new Promise<{ status: number }>((resolve, reject) => {
        const sent = request(`${server.url}/f/${token}`, { method: 'POST', agent: phones, headers }, (answered) => {
          answered.resume();
          answered.on('end', () => resolve({ status: answered.statusCode ?? 0 }));
        });
        sent.on('error', reject);
        sent.end(body);
      });
      if (response.status !== 200) throw new Error(`answer ${n}: ${response.status}`);
    };

    // Warming up: half a round's answers to a link of their own, whose item (with their ids) the plain items copy.
    const warm = await newLink('bench-feedback-warm');
    await timed(answersPerRound / 2, concurrency, () => answer(warm));
    const { Item: feedbackItem } = await store.client.send(
      new GetCommand({ TableName: tableName, Key: feedbackKeys({ activityId: 'bench-feedback-warm' }) }),
    );
    if (!feedbackItem) throw new Error('the warm-up link has no feedback item');
    // The same item under a key of the same length, so it is exactly the same size.
    let written = 0;
    const put = async () => {
      const n = written++;
      await store.client.send(
        new PutCommand({ TableName: tableName, Item: { ...feedbackItem, pk: plainKey(feedbackItem.pk, String(n)) } }),
      );
    };
    await timed(answersPerRound / 2, concurrency, put);

    const links = await Promise.all(Array.from({ length: rounds }, (_, round) => newLink(`bench-feedback-${round}`)));
    // The CPU each side used, this process (the server and the client posting to it, or the plain writes) and the store's.
    const cpu = { server: { self: 0, store: 0 }, plain: { self: 0, store: 0 } };
    const counted = async (side: keyof typeof cpu, run: () => Promise<number>) => {
      const before = cpuMilliseconds(pid);
      const seconds = await run();
      const after = cpuMilliseconds(pid);
      cpu[side].self += after.self - before.self;
      cpu[side].store += after.store - before.store;
      return seconds;
    };
    const { productSeconds: serverSeconds, plainSeconds } = await alternate(
      rounds,
      (round) => counted('server', () => timed(answersPerRound, concurrency, () => answer(links[round]!))),
      () => counted('plain', () => timed(answersPerRound, concurrency, put)),
    );
    await server.close();

    for (let round = 0; round < rounds; round += 1) {
      const counts = await getFeedbackCounts(store, `bench-feedback-${round}`);
      if (counts?.responses !== answersPerRound)
        throw new Error(`round ${round}: ${counts?.responses} answers counted, not ${answersPerRound}`);
    }
    const answers = rounds * answersPerRound;
    const [serverRate, plainRate] = [answers / serverSeconds, answers / plainSeconds];
    const itemBytes = JSON.stringify(feedbackItem, (_, v: unknown) => (v instanceof Set ? [...v] : v)).length;
    console.log(`Families' feedback into one dynalite store, ${rounds} rounds, ${concurrency} at once`);
    console.log(
      `  POST /f/{token} (the server)   ${answers} answers in ${serverSeconds.toFixed(1)} s: ${serverRate.toFixed(1)} a second`,
    );
    console.log(
      `  plain PutItem                  ${answers} items of ${itemBytes} bytes in ${plainSeconds.toFixed(1)} s: ${plainRate.toFixed(0)} a second`,
    );
    console.log(`  ratio ${(serverRate / plainRate).toFixed(3)} (issue 14's target: at least 0.3)`);
    const each = (ms: number) => (ms / answers).toFixed(1);
    const [serverCpu, plainCpu] = [cpu.server.self + cpu.server.store, cpu.plain.self + cpu.plain.store];
    console.log(
      `  CPU for each: answer ${each(serverCpu)} ms (${each(cpu.server.self)} this process, ${each(cpu.server.store)} the store), ` +
        `PutItem ${each(plainCpu)} ms (${each(cpu.plain.self)}, ${each(cpu.plain.store)}): ratio by CPU ${(plainCpu / serverCpu).toFixed(3)}`,
    );
    printResult({
      bench: 'feedback',
      server: { answers, concurrency, seconds: serverSeconds },
      plain: { items: answers, seconds: plainSeconds },
      itemBytes,
    });
  } finally {
    await stop();
  }
}

await main();
