/**
 * Runs before the tests: makes sure a Chromium is there for the browser tests.
 * Uses CHROMIUM_PATH or /usr/bin/chromium; installs Debian's chromium when it can
 * (root with apt-get), otherwise stops with one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function canInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (!existsSync(chromiumPath)) {
  if (process.env.CHROMIUM_PATH || !canInstall()) {
    console.error(
      `The browser tests need Chromium at ${chromiumPath}: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests...");
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
