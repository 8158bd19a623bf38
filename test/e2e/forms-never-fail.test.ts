/**
 * Whatever a form is sent, the answer is never a server error: every form on every
 * data-entry and administration page is posted, without JavaScript as an old browser
 * would, with generated values (fast-check). Each submission starts from what the form
 * holds (an edit form holds a valid record) and changes, empties, repeats or drops some
 * fields, using the options a field offers most of the time and anything at all the rest.
 * A refused submission must come back as the form with its error summary; an accepted
 * one as a redirect or the page.
 *
 * The seed is fixed so that a run is repeatable; FUZZ_SEED=<n> and FUZZ_RUNS=<n> (6 per
 * form by default) explore further.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIResponse, Browser, BrowserContext, Page } from 'playwright-core';
import { raiseChallenge, startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { daysAgo } from '../support/forms.ts';
import { signedInContext, type DemoAccount } from '../support/sign-in.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const runs = Number(process.env.FUZZ_RUNS ?? 6);

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  // One person posting hundreds of forms a minute would meet the API's rate limit.
  [app, browser] = await Promise.all([startApp(new Date(), { rateLimitPerMinute: 1_000_000 }), launchBrowser()]);
  // The demo data has no challenges: raise one, so that its page is there too.
  await raiseChallenge(app, 'posted-challenge', daysAgo(5));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Field {
  name: string;
  /** input type, or `select` / `textarea` */
  type: string;
  value: string;
  /** What a select, radio or checkbox offers. */
  options: string[];
  checked: boolean;
}

interface PostedForm {
  page: string;
  action: string;
  multipart: boolean;
  fields: Field[];
}

/** The post forms on a page (not the header's sign-out), read from the page as served. */
async function formsOn(page: Page): Promise<Omit<PostedForm, 'page'>[]> {
  return page.$$eval('form', (forms) =>
    forms
      .filter((form) => form.method.toLowerCase() === 'post' && !new URL(form.action).pathname.endsWith('/sign-out'))
      .map((form) => ({
        action: form.action,
        multipart: form.enctype === 'multipart/form-data',
        fields: [...form.elements]
          .filter(
            (e): e is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
              'name' in e && Boolean((e as HTMLInputElement).name) && e.tagName !== 'BUTTON',
          )
          .map((e) => ({
            name: e.name,
            type: e.tagName === 'INPUT' ? (e as HTMLInputElement).type : e.tagName.toLowerCase(),
            value: e.value,
            options: e.tagName === 'SELECT' ? [...(e as HTMLSelectElement).options].map((o) => o.value) : [e.value],
            checked: e.tagName === 'INPUT' ? (e as HTMLInputElement).checked : true,
          })),
      })),
  );
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', ' ', '0', '-1', '12', '31', '2', '1e309', 'NaN', '<b>x</b>', '=1+1', '\u0000', 'x'.repeat(5000)),
);

/** One generated value (or none, or several) for each field the form sends. */
function submissionFor(fields: Field[]): fc.Arbitrary<[string, string][]> {
  const pairs = fields.map((field) => {
    const kept: [string, string][] =
      field.type === 'checkbox' || field.type === 'radio'
        ? field.checked
          ? [[field.name, field.value]]
          : []
        : [[field.name, field.value]];
    const offered = fc
      .constantFrom(...(field.options.length > 0 ? field.options : ['']))
      .map((value): [string, string][] => [[field.name, value]]);
    const changed = fc.oneof(
      {
        weight: 2,
        arbitrary: field.options.length > 1 ? offered : text.map((v): [string, string][] => [[field.name, v]]),
      },
      { weight: 1, arbitrary: text.map((v): [string, string][] => [[field.name, v]]) },
      { weight: 1, arbitrary: fc.constant<[string, string][]>([]) },
      {
        weight: 1,
        arbitrary: fc.tuple(text, text).map(([a, b]): [string, string][] => [
          [field.name, a],
          [field.name, b],
        ]),
      },
    );
    // Hidden fields (ids, versions) are changed less often: they are what a stale or forged form would alter.
    const keepWeight = field.type === 'hidden' ? 6 : 2;
    return fc.oneof({ weight: keepWeight, arbitrary: fc.constant(kept) }, { weight: 1, arbitrary: changed });
  });
  return fc.tuple(...pairs).map((all) => all.flat());
}

function post(context: BrowserContext, form: PostedForm, values: [string, string][]): Promise<APIResponse> {
  // A browser's form post: SvelteKit answers an Accept of */* as a script's request, with JSON.
  const headers = { origin: app.url, accept: 'text/html,application/xhtml+xml' };
  if (form.multipart) {
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
    for (const [name, value] of values)
      multipart[name] =
        form.fields.find((f) => f.name === name)?.type === 'file'
          ? { name: 'upload.csv', mimeType: 'text/csv', buffer: Buffer.from(value) }
          : value;
    return context.request.post(form.action, { multipart, headers, maxRedirects: 0 });
  }
  return context.request.post(form.action, {
    data: new URLSearchParams(values).toString(),
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    maxRedirects: 0,
  });
}

/** Who posts, and where; `list` also takes the list's first record page. Deletes come last. */
const walks: [DemoAccount, (string | { list: string; then?: string })[]][] = [
  [
    'demo-board-admin',
    [
      '/manage/activities/new',
      { list: '/manage/activities' },
      '/manage/loops/new',
      { list: '/manage/loops' },
      '/manage/assessments/new',
      { list: '/manage/assessments' },
      '/manage/import',
      '/admin/signatories/new',
      { list: '/admin/signatories' },
      '/admin/baselines/new',
      { list: '/admin/baselines' },
      '/admin/charter',
      '/admin/groups',
      '/admin/settings',
      '/admin/api-keys',
      '/admin/users',
      { list: '/admin/users' },
      '/admin/alerts',
      '/account',
      { list: '/manage/activities', then: '/feedback' },
      // After the loops above, so texts wait to be checked.
      '/manage/publish',
      { list: '/manage/activities', then: '/delete' },
      { list: '/manage/loops', then: '/delete' },
    ],
  ],
  ['demo-reviewer', ['/manage/challenges/new', { list: '/manage/challenges' }]],
  ['demo-council-editor', ['/manage/activities/new', { list: '/manage/loops' }, '/account']],
];

/** The first record a list page links to. */
async function firstRecord(page: Page): Promise<string | undefined> {
  const links = page.locator('[data-testid="records"] tbody a');
  if ((await links.count()) === 0) return undefined;
  const href = await links.first().getAttribute('href');
  return href ? new URL(href, app.url).pathname : undefined;
}

describe('forms never answer with a server error', () => {
  it(
    'answers generated submissions of every form with the form and its errors, a redirect or the page',
    async () => {
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let forms = 0;
      for (const [account, stops] of walks) {
        const context = await signedInContext(browser, app.url, account, { javaScriptEnabled: false });
        const page = await context.newPage();
        for (const stop of stops) {
          let path = typeof stop === 'string' ? stop : stop.list;
          await page.goto(path);
          if (typeof stop !== 'string') {
            const record = await firstRecord(page);
            if (!record) {
              failures.push(
                `${account}: ${stop.list} links to no record (${page.url()}: ${(await page.locator('h1').first().innerText()).trim()})`,
              );
              continue;
            }
            path = `${record}${stop.then ?? ''}`;
            await page.goto(path);
          }
          for (const form of await formsOn(page)) {
            forms += 1;
            await fc.assert(
              fc.asyncProperty(submissionFor(form.fields), async (values) => {
                const response = await post(context, { ...form, page: path }, values);
                statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
                const where = `${account} ${new URL(form.action).pathname} ${JSON.stringify(values).slice(0, 300)}`;
                if (response.status() >= 500) failures.push(`${response.status()} from ${where}`);
                else if (response.status() === 400 && !(await response.text()).includes('govuk-error-summary'))
                  failures.push(`400 without an error summary from ${where}: ${(await response.text()).slice(0, 300)}`);
                return true;
              }),
              { seed, numRuns: runs },
            );
          }
        }
        await context.close();
      }
      expect(failures.slice(0, 10)).toEqual([]);
      expect(forms).toBeGreaterThan(20);
      // Some submissions got through: the generated values reach the records, not only the first check.
      expect((statuses.get(303) ?? 0) + (statuses.get(200) ?? 0)).toBeGreaterThan(0);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
      if (process.env.FUZZ_RUNS) console.log(forms, Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
    },
    120_000 + runs * 20_000,
  );
});
