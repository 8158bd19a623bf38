/**
 * `npm run test:load`: the product under load on this machine. Serves the demo partnership
 * (test/load/app.ts, with dynalite in a process of its own as in the benchmarks) and sends it,
 * from LOAD_CLIENTS concurrent clients (50) for LOAD_SECONDS seconds (30), all to 127.0.0.1:
 * signatory editors posting new activities through `POST /api/v1/activities` (each with an id
 * of its own, with API keys and development sign-in tokens), families reading the public
 * overview and the public signatory pages, families answering activities' feedback links
 * (`POST /f/{token}`, as a phone's form does, from many addresses as behind CloudFront), and
 * the board admin reading the dashboard with a session from the sign-in page. Prints the
 * throughput and the p50/p95/p99 latency of each kind of request, and exits non-zero when
 * any response was a 5xx or a request failed, when the activities stored are not exactly the
 * posts answered 2xx, or when the answers counted are not exactly those answered 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildWeb, webBuildIsStale } from '@equal-partners/functions/local/web-build';
import { council, demoToday, newActivity, school } from '@equal-partners/functions/testing/api-fixture';
import type { LoadAppReady, LoadAppRequest } from './app.ts';

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, not ${raw}`);
  return value;
}

const seconds = positiveInteger('LOAD_SECONDS', 30);
const clients = positiveInteger('LOAD_CLIENTS', 50);
/**
 * Every request of the run comes from one address and a handful of credentials, where a real
 * day's come from many: the per-client limit (600 a minute) is raised so the run measures the
 * product, not the limiter.
 */
const rateLimitPerMinute = 1_000_000;
/** The date of every activity posted, so they are counted in one query per signatory. */
const activityDate = newActivity('x').date;
/**
 * Feedback links answered in the run: enough that none reaches the limit of 400 answers to
 * one link in five minutes, each for an activity of 1,000 participants held on the run's day.
 */
const feedbackLinks = 40;
/**
 * The address every request but the families' answers comes from: the app reads the
 * viewer's address from X-Forwarded-For, as behind CloudFront, where every request has it.
 */
const viewer = { 'x-forwarded-for': '203.0.113.10' };

/** Starts a script of this package on the same Node, its IPC channel open. */
function startScript(script: string, args: string[], ipc: boolean): ChildProcess {
  return spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: ['pipe', ipc ? 'inherit' : 'pipe', 'inherit', ...(ipc ? ['ipc' as const] : [])],
  });
}

async function startStore(): Promise<{ endpoint: string; process: ChildProcess }> {
  const child = startScript('../bench/dynalite-server.ts', [], false);
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) return { endpoint: line.trim(), process: child };
  throw new Error('dynalite did not start');
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the app process exited (${code})`));
    child.once('exit', exited);
    child.once('message', (message) => {
      child.off('exit', exited);
      resolve(message as T);
    });
  });
}

async function devToken(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...viewer },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`signing in as ${userId}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Signs in through the sign-in page as a person would, and returns the session's cookie header. */
async function sessionCookie(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: url, ...viewer },
    body: new URLSearchParams({ userId, returnTo: '/' }),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (response.status !== 303 || cookies.length === 0)
    throw new Error(`signing in as ${userId} through the sign-in page: ${response.status}`);
  return cookies.join('; ');
}

/**
 * Activities of the run's day with 1,000 participants each, their feedback links switched
 * on through the API as the signatory's editor: the tokens the families' answers go to.
 */
async function feedbackLinksOf(url: string, authorization: string): Promise<{ activityId: string; token: string }[]> {
  const date = demoToday.toISOString().slice(0, 10);
  const participants = { total: 1000, firstTime: 0, demographicsRecorded: 0, groups: {} };
  const call = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json', ...viewer },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ feedback?: { token: string } }>;
  };
  const prefix = `load-feedback-${randomBytes(4).toString('hex')}-`;
  return Promise.all(
    Array.from({ length: feedbackLinks }, async (_, n) => {
      const activityId = `${prefix}${n}`;
      await call('POST', '/api/v1/activities', newActivity(activityId, council, { date, participants }));
      const switched = await call('PUT', `/api/v1/activities/${activityId}/feedback`, { on: true });
      return { activityId, token: switched.feedback!.token };
    }),
  );
}

interface Kind {
  name: string;
  /** Its share of the clients. */
  weight: number;
  requests: autocannon.Request[];
}

interface Measured {
  name: string;
  clients: number;
  statuses: Map<number, number>;
  latencies: number[];
  errors: number;
  timeouts: number;
}

/** One autocannon per kind of request, all at once, so each kind has figures of its own under the whole load. */
function measure(url: string, kind: Kind, connections: number): Promise<Measured> {
  const measured: Measured = {
    name: kind.name,
    clients: connections,
    statuses: new Map(),
    latencies: [],
    errors: 0,
    timeouts: 0,
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 60, requests: kind.requests },
      (error, result) => {
        if (error) reject(error);
        else resolve({ ...measured, errors: result.errors, timeouts: result.timeouts });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      measured.statuses.set(status, (measured.statuses.get(status) ?? 0) + 1);
      measured.latencies.push(ms);
    });
  });
}

/** The clients shared out by weight, each kind at least one, adding up to `clients`. */
function shareClients(weights: number[]): number[] {
  if (clients < weights.length)
    throw new Error(`LOAD_CLIENTS must be at least ${weights.length}, one for each kind of request`);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => 1 + ((clients - weights.length) * weight) / total);
  const shares = exact.map(Math.floor);
  const byRemainder = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  const missing = clients - shares.reduce((sum, n) => sum + n, 0);
  for (let k = 0; k < missing; k += 1) shares[byRemainder[k]!.i]! += 1;
  return shares;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function count(statuses: Map<number, number>, test: (status: number) => boolean): number {
  let total = 0;
  for (const [status, n] of statuses) if (test(status)) total += n;
  return total;
}

function table(rows: Measured[]): string {
  const header = ['request', 'clients', 'responses', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'statuses'];
  const lines = rows.map((row) => {
    const sorted = [...row.latencies].sort((a, b) => a - b);
    const statuses = [...row.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    if (row.errors > 0) statuses.push(`errors: ${row.errors} (timeouts ${row.timeouts})`);
    return [
      row.name,
      String(row.clients),
      String(row.latencies.length),
      (row.latencies.length / seconds).toFixed(1),
      ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(1)),
      statuses.join(', '),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)));
  return [header, ...lines].map((cells) => `| ${format(cells).join(' | ')} |`).join('\n');
}

async function main(): Promise<number> {
  if (webBuildIsStale()) buildWeb();
  const store = await startStore();
  const app = startScript('./app.ts', [store.endpoint, String(rateLimitPerMinute)], true);
  try {
    const { url, apiKeys } = await nextMessage<LoadAppReady>(app);
    const keyOf = (signatoryId: string) => apiKeys.find((k) => k.signatoryId === signatoryId)!.key;
    // Posting as the signatories' own editors, two with an API key and two signed in.
    const posters = [
      { signatoryId: council, authorization: `Bearer ${keyOf(council)}` },
      { signatoryId: school, authorization: `Bearer ${keyOf(school)}` },
      { signatoryId: council, authorization: `Bearer ${await devToken(url, 'demo-council-editor')}` },
      { signatoryId: school, authorization: `Bearer ${await devToken(url, 'demo-school-editor')}` },
    ];
    const boardCookie = await sessionCookie(url, 'demo-board-admin');
    const links = await feedbackLinksOf(url, `Bearer ${keyOf(council)}`);
    const signatoryIds = apiKeys.map((k) => k.signatoryId);
    const idPrefix = `load-${randomBytes(4).toString('hex')}-`;
    let posted = 0;
    let read = 0;
    /** The posts sent, and the status each was answered with: one at a time per client, so the client's context says which. */
    const sent = new Set<string>();
    const answered = new Map<string, number>();
    /** The feedback answers sent, by link, and the status each was answered with. */
    let answersSent = 0;
    const answerStatus = new Map<string, number>();

    const kinds: Kind[] = [
      {
        name: 'POST /api/v1/activities',
        weight: 2,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/activities',
            setupRequest: (request, context: { id?: string }) => {
              const poster = posters[posted % posters.length]!;
              const id = `${idPrefix}${posted}`;
              posted += 1;
              sent.add(id);
              context.id = id;
              return {
                ...request,
                headers: { 'content-type': 'application/json', authorization: poster.authorization, ...viewer },
                body: JSON.stringify(newActivity(id, poster.signatoryId)),
              };
            },
            onResponse: (status, _body, context: { id?: string }) => {
              if (context.id) answered.set(context.id, status);
            },
          },
        ],
      },
      { name: 'GET /public', weight: 1, requests: [{ method: 'GET', path: '/public', headers: viewer }] },
      {
        name: 'GET /public/<signatory id>',
        weight: 1,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              read += 1;
              return { ...request, path: `/public/${signatoryIds[read % signatoryIds.length]}`, headers: viewer };
            },
          },
        ],
      },
      {
        name: 'POST /f/<token> (families)',
        weight: 1,
        requests: [
          {
            method: 'POST',
            setupRequest: (request, context: { answerId?: string }) => {
              const n = answersSent++;
              const answerId = randomBytes(16).toString('base64url');
              context.answerId = answerId;
              const choice = (k: number) => ['yes', 'not-sure', 'no'][(n + k) % 3]!;
              return {
                ...request,
                path: `/f/${links[n % links.length]!.token}`,
                headers: {
                  'content-type': 'application/x-www-form-urlencoded',
                  accept: 'text/html',
                  origin: url,
                  // Phones on many networks: each address well within its limit of 200 answers in five minutes.
                  'x-forwarded-for': `198.51.${Math.floor(n / 250) % 250}.${n % 250}`,
                },
                body: new URLSearchParams({
                  answerId,
                  feltListened: choice(0),
                  knowWhatHappensNext: choice(1),
                  easyToTakePart: choice(2),
                }).toString(),
              };
            },
            onResponse: (status, _body, context: { answerId?: string }) => {
              if (context.answerId) answerStatus.set(context.answerId, status);
            },
          },
        ],
      },
      {
        name: 'GET /dashboard (board admin)',
        weight: 1,
        requests: [{ method: 'GET', path: '/dashboard', headers: { cookie: boardCookie, ...viewer } }],
      },
    ];
    const shares = shareClients(kinds.map((kind) => kind.weight));

    console.log(
      `Load: ${clients} concurrent clients (${kinds.map((kind, i) => `${shares[i]} ${kind.name}`).join(', ')}) for ${seconds} s against ${url} ` +
        `(the per-client rate limit raised from 600 to ${rateLimitPerMinute.toLocaleString('en-GB')} a minute for the run, ` +
        'since every client here shares one address)',
    );
    const results = await Promise.all(kinds.map((kind, i) => measure(url, kind, shares[i]!)));
    const all: Measured = {
      name: 'all',
      clients,
      statuses: new Map(),
      latencies: results.flatMap((r) => r.latencies),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    };
    for (const r of results)
      for (const [status, n] of r.statuses) all.statuses.set(status, (all.statuses.get(status) ?? 0) + n);
    console.log(table([...results, all]));

    app.send({ kind: 'count', signatoryIds, date: activityDate, idPrefix } satisfies LoadAppRequest);
    const stored = new Set((await nextMessage<{ ids: string[] }>(app)).ids);
    const created = count(results[0]!.statuses, (status) => status >= 200 && status < 300);
    // The run ends at its time with each posting client's last post unanswered: those are left out of the count.
    const inFlight = [...sent].filter((id) => !answered.has(id));
    const storedAnswered = [...stored].filter((id) => answered.has(id));
    const storedUnanswered = [...stored].filter((id) => !answered.has(id));
    const lost = [...answered].filter(([id, status]) => status >= 200 && status < 300 && !stored.has(id));
    const serverErrors = count(all.statuses, (status) => status >= 500);

    const failures: string[] = [];
    if (serverErrors > 0) failures.push(`${serverErrors} responses were 5xx`);
    if (all.errors > 0) failures.push(`${all.errors} requests failed without a response (${all.timeouts} timed out)`);
    if (storedAnswered.length !== created)
      failures.push(`${storedAnswered.length} activities stored, but ${created} posts were answered 2xx`);
    if (lost.length > 0) failures.push(`${lost.length} posts answered 2xx are not stored (${lost[0]![0]}, ...)`);
    if (storedUnanswered.some((id) => !sent.has(id))) failures.push('activities were stored that were never sent');
    app.send({ kind: 'answers', activityIds: links.map((link) => link.activityId) } satisfies LoadAppRequest);
    const counted = new Set((await nextMessage<{ ids: string[] }>(app)).ids);
    const answeredCounted = [...answerStatus].filter(([, status]) => status === 200).map(([id]) => id);
    const missed = answeredCounted.filter((id) => !counted.has(id));
    const refusedButCounted = [...answerStatus].filter(([id, status]) => status !== 200 && counted.has(id));
    const countedNeverAnswered = [...counted].filter((id) => !answerStatus.has(id));
    if (missed.length > 0) failures.push(`${missed.length} answers were thanked (200) but not counted`);
    if (refusedButCounted.length > 0) failures.push(`${refusedButCounted.length} answers were refused but counted`);
    if (countedNeverAnswered.length > answersSent - answerStatus.size)
      failures.push(`${countedNeverAnswered.length} answers counted that no client sent`);
    const notOk = count(all.statuses, (status) => status < 200 || status >= 300);
    if (notOk > 0) console.log(`${notOk} responses were not 2xx (see the statuses above).`);
    console.log(
      `Activities: ${created} posts answered 2xx, ${storedAnswered.length} of the answered posts stored; ` +
        `${inFlight.length} posts were still in flight when the run ended (${storedUnanswered.length} of them stored, not counted).`,
    );
    console.log(
      `Families' answers: ${answeredCounted.length} thanked (200), ${counted.size} counted on ${links.length} links; ` +
        `${answersSent - answerStatus.size} were still in flight when the run ended (${countedNeverAnswered.length} of them counted, not compared).`,
    );
    if (failures.length > 0) {
      console.error(`FAILED: ${failures.join('; ')}.`);
      return 1;
    }
    console.log('OK: no 5xx, every activity answered 2xx is stored, and every answer thanked is counted once.');
    return 0;
  } finally {
    if (app.exitCode === null) {
      const exited = new Promise((resolve) => app.once('exit', resolve));
      app.send({ kind: 'stop' } satisfies LoadAppRequest);
      await exited;
    }
    store.process.stdin!.end();
  }
}

process.exitCode = await main();
