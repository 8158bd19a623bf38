/**
 * Every chart labels every category, as drawn: on the hospital trust's public page (in
 * English and Welsh), its signatory page for the board, the overviews, the outcomes
 * across partners and the home page,
 * at 320 and 375 px and on a desktop, each Chart.js instance draws a tick label for each
 * of its categories, each label fits the chart and the room of its category (no label
 * cut off at the canvas edge or run into its neighbour), and no axis title is longer
 * than its axis. A chart with no data says so in the page's language, with no canvas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, JSHandle, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let visitor: BrowserContext;
let board: BrowserContext;
const trust = 'demo-city-hospitals-nhs-trust';
const widths = [320, 375, 1280];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  visitor = await browser.newContext({ baseURL: app.url });
  board = await signedInContext(browser, app.url, 'demo-board-admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens `path` at `width` px and scrolls to each figure so that every chart is drawn. */
async function openDrawn(context: BrowserContext, path: string, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  for (const figure of await page.locator('main figure').all()) {
    await figure.scrollIntoViewIfNeeded();
    if ((await figure.locator('[data-testid="chart-no-data"]').count()) === 0) {
      await figure.locator('.app-chart canvas').waitFor();
    }
  }
  return page;
}

/**
 * The Chart.js class the page draws with, from the page's own chart module (which hands
 * it out registered), so that `Chart.getChart(canvas)` finds the page's charts.
 */
function chartClass(page: Page): Promise<JSHandle> {
  return page.evaluateHandle(`(async () => {
    for (const entry of performance.getEntriesByType('resource')) {
      if (!entry.name.endsWith('.js')) continue;
      const module = await import(entry.name);
      if (typeof module.registerCharts === 'function') return module.registerCharts();
    }
    throw new Error('no chart module on the page');
  })()`);
}

interface DrawnChart {
  figure: string;
  /** What is wrong with it as drawn. */
  problems: string[];
  categories: number;
}

/** Each drawn chart on the page, with what is wrong with its labels and titles. */
async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  const Chart = await chartClass(page);
  return page.evaluate((ChartClass) => {
    type Lines = string | string[];
    interface LabelItem {
      label: Lines;
      font: { string: string; lineHeight: number };
      options: { rotation: number; textAlign: string; translation: [number, number] };
    }
    interface AnyScale {
      id: string;
      type: string;
      ctx: CanvasRenderingContext2D;
      left: number;
      right: number;
      top: number;
      bottom: number;
      width: number;
      height: number;
      ticks: { label: Lines }[];
      options: { title: { display: boolean; text: Lines; font?: { size?: number; family?: string } } };
      isHorizontal(): boolean;
      getLabels(): string[];
      getLabelItems(): LabelItem[];
      getPixelForTick(index: number): number;
    }
    interface AnyChart {
      width: number;
      height: number;
      scales: Record<string, AnyScale>;
    }
    const { getChart, defaults } = ChartClass as {
      getChart(canvas: HTMLCanvasElement): AnyChart | undefined;
      defaults: { font: { size: number; family: string } };
    };
    const lines = (label: Lines) => (Array.isArray(label) ? label : [label]);
    const widthIn = (ctx: CanvasRenderingContext2D, font: string, text: string) => {
      ctx.save();
      ctx.font = font;
      const width = ctx.measureText(text).width;
      ctx.restore();
      return width;
    };
    return [...document.querySelectorAll('main canvas')].map((canvas) => {
      const figure = canvas.closest('figure')?.getAttribute('data-testid') ?? 'home activity chart';
      const chart = getChart(canvas as HTMLCanvasElement);
      if (!chart) return { figure, problems: ['no Chart.js chart on the canvas'], categories: 0 };
      const problems: string[] = [];
      let categories = 0;
      for (const scale of Object.values(chart.scales)) {
        const { ctx } = scale;
        if (scale.type === 'category') {
          const labels = scale.getLabels();
          categories += labels.length;
          if (scale.ticks.length !== labels.length)
            problems.push(`${scale.id} draws ${scale.ticks.length} of ${labels.length} category labels`);
          scale.ticks.forEach((tick, i) => {
            // A break after a hyphen adds no space.
            if (lines(tick.label).join(' ').replace(/- /g, '-') !== labels[i])
              problems.push(`${scale.id} labels "${labels[i]}" as "${lines(tick.label).join(' / ')}"`);
          });
          // The room each category has: the distance between neighbouring ticks.
          const spacing =
            labels.length > 1
              ? Math.abs(scale.getPixelForTick(1) - scale.getPixelForTick(0))
              : scale.isHorizontal()
                ? scale.width
                : scale.height;
          scale.getLabelItems().forEach((item, i) => {
            const drawn = lines(item.label);
            const widest = Math.max(...drawn.map((line) => widthIn(ctx, item.font.string, line)));
            const text = drawn.join(' ');
            if (item.options.rotation !== 0) problems.push(`${scale.id} turns "${text}"`);
            if (scale.isHorizontal() ? widest > spacing + 0.5 : drawn.length * item.font.lineHeight > spacing + 0.5)
              problems.push(`"${text}" (label ${i + 1}) is larger than its category's ${Math.round(spacing)} px`);
            const [x] = item.options.translation;
            const align = item.options.textAlign;
            const left = align === 'right' ? x - widest : align === 'center' ? x - widest / 2 : x;
            if (left < -0.5 || left + widest > chart.width + 0.5)
              problems.push(`"${text}" runs from ${Math.round(left)} to ${Math.round(left + widest)} px`);
            if (!scale.isHorizontal() && widest > scale.width + 0.5)
              problems.push(`"${text}" is ${Math.round(widest)} px in an axis ${Math.round(scale.width)} px wide`);
          });
        }
        const { title } = scale.options;
        if (title.display) {
          const font = `${title.font?.size ?? defaults.font.size}px ${title.font?.family ?? defaults.font.family}`;
          const length = scale.isHorizontal() ? scale.width : scale.height;
          for (const line of lines(title.text)) {
            const width = widthIn(ctx, font, line);
            if (width > length + 0.5)
              problems.push(
                `the ${scale.id} title "${line}" is ${Math.round(width)} px on a ${Math.round(length)} px axis`,
              );
          }
        }
      }
      return { figure, problems, categories };
    });
  }, Chart);
}

/** Every figure on the page either draws its chart or says it has no data: none is left blank. */
async function undrawnFigures(page: Page): Promise<string[]> {
  return page
    .locator('main figure')
    .evaluateAll((figures) =>
      figures
        .filter((f) => !f.querySelector('canvas') && !f.querySelector('[data-testid="chart-no-data"]'))
        .map((f) => f.getAttribute('data-testid') ?? f.querySelector('figcaption')?.textContent ?? ''),
    );
}

const pages: [string, () => BrowserContext, string][] = [
  ['the hospital trust’s public page', () => visitor, `/public/${trust}`],
  ['the hospital trust’s public page in Welsh', () => visitor, `/cy/public/${trust}`],
  ['the hospital trust’s signatory page for the board', () => board, `/dashboard/signatories/${trust}`],
  ['the public overview', () => visitor, '/public'],
  ['the public overview in Welsh', () => visitor, '/cy/public'],
  ['the board overview', () => board, '/dashboard'],
  ['the outcomes across partners', () => board, '/dashboard/outcomes'],
  ['the home page', () => visitor, '/'],
];

describe('chart labels', () => {
  for (const [name, context, path] of pages) {
    it(`${name} labels every category of every chart at ${widths.join(', ')} px`, { timeout: 180_000 }, async () => {
      for (const width of widths) {
        const page = await openDrawn(context(), path, width);
        const charts = await drawnCharts(page);
        expect(charts.length, `${path} at ${width} px draws charts`).toBeGreaterThan(0);
        expect(
          charts.reduce((sum, chart) => sum + chart.categories, 0),
          `${path} at ${width} px`,
        ).toBeGreaterThan(0);
        expect(
          charts.filter((chart) => chart.problems.length),
          `${path} at ${width} px`,
        ).toEqual([]);
        expect(await undrawnFigures(page), `${path} at ${width} px`).toEqual([]);
        await page.close();
      }
    });
  }

  it('labels "Paper survey", the hospital trust’s second-largest way of taking part, at 320 px', async () => {
    const page = await openDrawn(visitor, `/public/${trust}`, 320);
    const Chart = await chartClass(page);
    const labels = await page.locator('[data-testid="channel-chart"] canvas').evaluate((canvas, ChartClass) => {
      const chart = (
        ChartClass as {
          getChart(c: HTMLCanvasElement): {
            options: { indexAxis: string };
            scales: Record<string, { ticks: { label: string | string[] }[] }>;
          };
        }
      ).getChart(canvas as HTMLCanvasElement)!;
      return chart.scales[chart.options.indexAxis]!.ticks.map((tick) =>
        Array.isArray(tick.label) ? tick.label.join(' ') : tick.label,
      );
    }, Chart);
    expect(labels).toContain('Paper survey');
    expect(labels).toHaveLength(11);
    await page.close();
  });

  for (const [language, path, noData] of [
    ['English', `/public/${trust}`, 'No data to show in a chart for this period.'],
    ['Welsh', `/cy/public/${trust}`, 'Dim data i’w ddangos ar ffurf siart ar gyfer y cyfnod hwn.'],
  ] as const) {
    it(`says there is no data, in ${language}, for a period before the signatory's records, drawing no chart`, async () => {
      const before = `FY${new Date().getUTCFullYear() - 6}`;
      for (const width of [320, 375]) {
        const page = await openDrawn(visitor, `${path}?period=${before}`, width);
        const figures = page.locator('main figure');
        const count = await figures.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const figure = figures.nth(i);
          const name = await figure.getAttribute('data-testid');
          if (name === 'principles-chart') continue; // Scores are the latest given, whatever the period.
          await expect(figure.locator('[data-testid="chart-no-data"]').innerText(), `${name}`).resolves.toBe(noData);
          await expect(figure.locator('canvas').count(), `${name}`).resolves.toBe(0);
          // The caption and the table stay.
          await expect(figure.locator('figcaption').innerText()).resolves.not.toBe('');
          await expect(figure.locator('table').isVisible(), `${name}'s table`).resolves.toBe(true);
        }
        await page.close();
      }
    });
  }
});
