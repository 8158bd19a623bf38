/** Builds the web app when its build is missing or older than any source it is built from. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webHandlerPath } from './server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = ['web/src', 'web/static', 'web/vite.config.ts', 'web/package.json', 'shared/src', 'functions/src'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

export function webBuildIsStale(): boolean {
  if (!existsSync(webHandlerPath)) return true;
  const built = statSync(webHandlerPath).mtimeMs;
  return sources.some((source) => newestChange(join(root, source)) > built);
}

/**
 * Runs `vite build` for the web workspace, showing its output. Throws if it fails.
 * Always a production build: a test runner sets NODE_ENV=test, with which Vite and Svelte
 * build in development mode (larger, slower pages than anyone is served).
 */
export function buildWeb(): void {
  const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('Building the web app failed (see the output above).');
}
