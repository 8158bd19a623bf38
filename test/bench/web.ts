/**
 * `npm run bench:web`: what a page costs a family on an old phone. Builds the web app,
 * serves the demo partnership, and for each page prints the gzipped JavaScript it loads,
 * at first load and again once the reader has scrolled every chart into view (budget 120 kB,
 * for the second figure, read on a phone-sized touch screen) and Lighthouse's performance and accessibility scores (targets 90 and
 * 100), measured in Debian's Chromium. Ratios are against the budget and the targets.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { createApp } from '@equal-partners/functions/app';
import { loadDemoPartnership } from '@equal-partners/functions/local/demo';
import { startDynalite } from '@equal-partners/functions/local/dynalite';
import { loadWebHandler, startLocalServer } from '@equal-partners/functions/local';
import { buildWeb, webBuildIsStale } from '@equal-partners/functions/local/web-build';
import { openStore } from '@equal-partners/functions/open-store';
import { ensureTable } from '@equal-partners/functions/store';
import { printResult, type WebResult } from './bench-result.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const budgetKb = 120;
const targets = { performance: 90, accessibility: 100 };
/** BENCH_LIGHTHOUSE=0 leaves Lighthouse out, as `npm run bench` does unless asked: its scores move with a busy machine. */
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
/** BENCH_WEB_SCRIPTS=1 also lists each script a page loaded, largest first: where to look when a page is over budget. */
const listScripts = process.env.BENCH_WEB_SCRIPTS === '1';

/** The pages measured: the ones families and parent groups open. */
const pages = [
  { name: 'home', path: '/' },
  { name: 'public overview', path: '/public' },
  { name: 'public signatory', path: '/public/oakfield-special-school' },
  { name: 'public signatory (cy)', path: '/cy/public/oakfield-special-school' },
];

/** Gzipped JavaScript a page has loaded: at first load, and once every chart on it is drawn. */
async function gzippedJavaScript(url: string): Promise<{ firstLoad: number; allCharts: number; charts: number }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    // A phone, as the budget is for: no pointer, so nothing is fetched ahead for a link the pointer
    // happens to rest on while the page scrolls (SvelteKit preloads a hovered link's code).
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const scripts: Promise<{ name: string; size: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        const name = new URL(response.url()).pathname;
        scripts.push(response.body().then((body) => ({ name, size: gzipSync(body, { level: 9 }).length })));
      }
    });
    const total = async () => (await Promise.all(scripts)).reduce((sum, { size }) => sum + size, 0);
    await page.goto(url, { waitUntil: 'networkidle' });
    const firstLoad = await total();
    // Charts are drawn as they come near the screen: scroll to each, as a reader would, and wait for it.
    const figures = page.locator('figure:has(details)');
    const charts = await figures.count();
    for (let i = 0; i < charts; i += 1) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await figures.nth(i).locator('.app-chart canvas').waitFor({ timeout: 15_000 });
    }
    await page.waitForLoadState('networkidle');
    if (listScripts) {
      for (const { name, size } of (await Promise.all(scripts)).sort((a, b) => b.size - a.size))
        console.log(`  ${(size / 1024).toFixed(1).padStart(6)} kB  ${name}`);
    }
    return { firstLoad, allCharts: await total(), charts };
  } finally {
    await browser.close();
  }
}

async function lighthouseScores(url: string): Promise<{ performance: number; accessibility: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'ep-lighthouse-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = spawn(chromiumPath, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    `--remote-debugging-port=${port}`,
    'about:blank',
  ]);
  try {
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(`http://127.0.0.1:${port}/json/version`).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await lighthouse(url, {
      port,
      onlyCategories: ['performance', 'accessibility'],
      logLevel: 'error',
      output: 'json',
    });
    const categories = result?.lhr.categories;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
    };
  } finally {
    // Chromium still writes to its profile while it exits: wait for it before removing the profile.
    if (browser.exitCode === null && browser.signalCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

async function main() {
  if (webBuildIsStale()) buildWeb();
  const dynalite = await startDynalite();
  const store = openStore({
    tableName: 'bench-web',
    region: 'eu-west-2',
    endpoint: dynalite.endpoint,
    changeDelivery: 'inline',
  });
  await ensureTable(store.client, store.tableName);
  await loadDemoPartnership(store, new Date());
  process.env.DYNAMODB_ENDPOINT = dynalite.endpoint;
  process.env.TABLE_NAME = store.tableName;
  const server = await startLocalServer({
    api: createApp({ store, version: 'bench' }),
    web: await loadWebHandler(),
    port: 0,
  });
  try {
    console.log(
      'page                      JS gzipped at first load / with every chart drawn (budget)   performance (target)   accessibility (target)',
    );
    const measured: WebResult['pages'] = [];
    for (const { name, path } of pages) {
      const url = `${server.url}${path}`;
      const js = await gzippedJavaScript(url);
      const [firstLoad, allCharts] = [js.firstLoad / 1024, js.allCharts / 1024];
      const scores = withLighthouse ? await lighthouseScores(url) : undefined;
      const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}x`;
      const over = allCharts > budgetKb ? ' OVER BUDGET' : '';
      console.log(
        `${name.padEnd(25)} ${`${firstLoad.toFixed(1)} kB / ${allCharts.toFixed(1)} kB, ${js.charts} charts (${ratio(allCharts, budgetKb)} of ${budgetKb})${over}`.padEnd(60)} ` +
          (scores
            ? `${`${scores.performance} (${ratio(scores.performance, targets.performance)})`.padEnd(22)} ` +
              `${scores.accessibility} (${ratio(scores.accessibility, targets.accessibility)})`
            : 'Lighthouse not run (BENCH_LIGHTHOUSE=0)'),
      );
      measured.push({ name, path, firstLoadKb: firstLoad, allChartsKb: allCharts, charts: js.charts, ...scores });
    }
    printResult({ bench: 'web', pages: measured });
  } finally {
    await server.close();
    await dynalite.close();
  }
}

await main();
