import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ep-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s script as a person would, with its data in a folder of the test's own. */
function start(env: Record<string, string>, args: string[] = []): Run {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'WARN', ...env };
  delete environment.DYNAMODB_ENDPOINT;
  delete environment.TABLE_NAME;
  const child = spawn(process.execPath, ['functions/src/local/start.ts', ...args], { cwd: root, env: environment });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForUrl(run: Run): Promise<string> {
  for (let i = 0; i < 600; i += 1) {
    const match = /running at (http:\/\/\S+)/.exec(run.output());
    if (match) return match[1]!;
    if (run.child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`npm start did not print its address:\n${run.output()}`);
}

async function signatoryCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/signatories`);
  return ((await response.json()) as { items: unknown[] }).items.length;
}

/** A demo key creates an activity for its own signatory and is refused for another. */
async function expectDemoKeysScopedToTheirSignatory(url: string, apiKeys: { signatoryId: string; key: string }[]) {
  const [own, other] = apiKeys as [{ signatoryId: string; key: string }, { signatoryId: string }];
  const today = new Date().toISOString().slice(0, 10);
  const post = (signatoryId: string) =>
    fetch(`${url}/api/v1/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${own.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `start-test-${signatoryId}`,
        signatoryId,
        date: today,
        title: 'Stay and play session',
        audience: ['families'],
        channel: 'small-group',
        setting: 'community',
        stage: 'delivery',
        level: 'engaging',
        lundy: { space: true, voice: true, audience: false, influence: false },
        participants: { total: 8, firstTime: 2, demographicsRecorded: 6, groups: {} },
      }),
    });
  expect((await post(own.signatoryId)).status).toBe(201);
  const refused = await post(other.signatoryId);
  expect(refused.status).toBe(403);
  expect(refused.headers.get('content-type')).toBe('application/problem+json');
}

describe('npm start', () => {
  it('loads the demo data on the first run only, keeps it after Ctrl-C, and starts over on reset', async () => {
    const first = start({ PORT: '0' });
    const firstUrl = await waitForUrl(first);
    expect(first.output()).toContain('Loading the demo partnership');
    expect(await signatoryCount(firstUrl)).toBe(12);
    const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      apiKeys: { signatoryId: string; key: string }[];
    };
    expect(credentials.apiKeys).toHaveLength(12);
    await expectDemoKeysScopedToTheirSignatory(firstUrl, credentials.apiKeys);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = start({ PORT: '0' });
    const secondUrl = await waitForUrl(second);
    expect(second.output()).not.toContain('Loading the demo partnership');
    expect(await signatoryCount(secondUrl)).toBe(12);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);

    const reset = start({}, ['--reset']);
    expect(await reset.exited).toBe(0);
    expect(reset.output()).toContain('Loading the demo partnership');
    const reissued = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as typeof credentials;
    expect(reissued.apiKeys[0]?.key).not.toBe(credentials.apiKeys[0]?.key);
  });

  it('names the port and how to change it when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = start({ PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).toContain(`PORT=${port + 1} npm start`);
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
