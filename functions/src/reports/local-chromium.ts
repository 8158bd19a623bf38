/**
 * Debian's Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) through playwright-core, for
 * the PDFs the local server makes: the same browser the browser tests drive. Never loaded
 * in AWS, where the jobs function launches the Chromium packaged for Lambda.
 */
import { chromium, type Browser } from 'playwright-core';

export const localChromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchLocalChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: localChromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
}
