/**
 * The Chromium packaged for Lambda (`@sparticuz/chromium`, x86_64, from the npm registry)
 * with playwright-core, both from the jobs function's layer (`/opt/nodejs/node_modules`,
 * cdk/src/constructs/pdf-layer.ts). They are loaded from there by path when the first PDF
 * is asked for: an ES module is not found in a layer by its bare name, and the jobs bundle
 * stays small (esbuild never sees them). The first launch in a container unpacks Chromium
 * into /tmp (a few seconds); later ones reuse it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserType } from 'playwright-core';

/** Where Lambda puts a Node.js layer's packages. */
export const layerPackages = '/opt/nodejs';

interface LambdaChromium {
  args: string[];
  executablePath(input?: string): Promise<string>;
}

/**
 * Chromium launched from the packages under `root` (the layer's; a folder with both in its
 * node_modules elsewhere): `@sparticuz/chromium` is an ES module, imported by its path;
 * playwright-core is CommonJS, required.
 */
export async function launchLambdaChromium(root = layerPackages): Promise<Browser> {
  const require = createRequire(join(root, 'package.json'));
  const { default: chromium } = (await import(pathToFileURL(require.resolve('@sparticuz/chromium')).href)) as {
    default: LambdaChromium;
  };
  const { chromium: playwright } = require('playwright-core') as { chromium: BrowserType };
  return playwright.launch({ args: chromium.args, executablePath: await chromium.executablePath(), headless: true });
}
