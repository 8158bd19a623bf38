/**
 * A signatory's annual involvement report, called as its pages call it, on the demo
 * partnership with a school of the test's own: the financial year's figures (exact for
 * those who may read them, refused to anyone else), the public version equal to the public
 * answer for that financial year (no new cut of the data), its small counts suppressed,
 * the "you said, we did" texts and stories published only once checked, stories only with
 * consent, and the years it can be asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import { publishTexts } from '../publication/publication-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { council, demoToday, newActivity, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { offeredYears, publicAnnualReport, reportedYear, signatoryAnnualReport } from './annual-report-queries.ts';
import { publicSignatoryMetrics } from './public-report-queries.ts';
import { signatoryMetrics } from './report-queries.ts';

const school = 'qa-annual-school';
let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };

/** A loop of the school's, answered and told back, with a story. */
const answered = (id: string, raisedOn: string, story: string, consentToPublish: boolean) =>
  newLoop(id, school, {
    raisedOn,
    youSaid: `Families asked (${id})`,
    status: 'done',
    weDid: `We changed it (${id})`,
    respondedOn: raisedOn,
    communicatedOn: raisedOn,
    outcome: 'service-change',
    publicStory: story,
    consentToPublish,
  });

const publish = (id: string) =>
  publishTexts(deps, callers.admin, { kind: 'loop', id, status: 'published', expectedVersion: 1 });

beforeAll(async () => {
  store = await createTestStore('annual-report');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: school, name: 'Annual Report Test School', sector: 'education', signedOn: '2022-01-01' },
  });
  // Seven people in the financial year 2025-26 (April 2025 to March 2026): a small count.
  await activityQueries.create(deps, callers.admin, {
    body: newActivity('qa-annual-act', school, {
      date: '2025-09-10',
      participants: { total: 7, firstTime: 2, demographicsRecorded: 0, groups: {} },
    }),
  });
  await loopQueries.create(deps, callers.admin, {
    body: answered('qa-annual-consented', '2025-06-02', 'Consented story', true),
  });
  await loopQueries.create(deps, callers.admin, {
    body: answered('qa-annual-refused', '2025-07-02', 'Story kept back', false),
  });
  await loopQueries.create(deps, callers.admin, {
    body: answered('qa-annual-waiting', '2025-08-02', 'Story not checked', true),
  });
  // The year before: not in the report.
  await loopQueries.create(deps, callers.admin, {
    body: answered('qa-annual-before', '2025-03-02', 'An older story', true),
  });
  await Promise.all(['qa-annual-consented', 'qa-annual-refused', 'qa-annual-before'].map(publish));
});

afterAll(async () => {
  await store?.drop();
});

describe('the years a report is of', () => {
  it('is first the last financial year ended, and offers this one and the three before', () => {
    expect(reportedYear('2026-05-15')).toBe(2025);
    expect(reportedYear('2026-03-31')).toBe(2024);
    expect(offeredYears('2026-05-15')).toEqual([2026, 2025, 2024, 2023]);
  });
});

describe("a signatory's annual report with exact figures", () => {
  it('gives the financial year’s exact figures, as the signatory’s page gives them for that year', async () => {
    const report = await signatoryAnnualReport(deps, callers.admin, { id: school, year: '2025' });
    expect(report.figures.period).toMatchObject({ key: 'FY2025', from: '2025-04', to: '2026-03' });
    expect(report.figures.metrics.reach.participations).toBe(7);
    expect(report.figures.metrics.impact.loopsRaised).toBe(3);
    expect(report.figures.metrics.impact.loopsClosed).toBe(3);
    const page = await signatoryMetrics(deps, callers.admin, { id: school, period: 'FY2025' });
    expect(report.figures).toEqual(page);
  });

  it('lists the year’s published “you said, we did” texts, and consented stories only', async () => {
    const report = await signatoryAnnualReport(deps, callers.admin, { id: school, year: '2025' });
    expect(report.youSaidWeDid.map((loop) => loop.id)).toEqual(['qa-annual-consented', 'qa-annual-refused']);
    expect(report.youSaidWeDid[0]).toMatchObject({ weDid: 'We changed it (qa-annual-consented)' });
    expect(report.waitingTexts).toBe(1);
    expect(report.stories.map((loop) => loop.publicStory)).toEqual(['Consented story']);
    const text = JSON.stringify(report);
    expect(text).not.toContain('Story kept back');
    expect(text).not.toContain('Story not checked');
    expect(text).not.toContain('An older story');
  });

  it('names the groups under-represented against the baseline', async () => {
    const report = await signatoryAnnualReport(deps, callers.admin, { id: council, year: '2025' });
    const figures = await signatoryMetrics(deps, callers.admin, { id: council, period: 'FY2025' });
    const under = figures.metrics.inclusion.groups.filter((g) => g.flag === 'under').map((g) => g.groupId);
    expect(report.underRepresented.map((g) => g.groupId)).toEqual(under);
  });

  it('is for the board, commissioners and the signatory’s own editors only', async () => {
    await expect(signatoryAnnualReport(deps, callers.commissioner, { id: school, year: '2025' })).resolves.toBeTruthy();
    await expect(
      signatoryAnnualReport(deps, callers.councilEditor, { id: council, year: '2025' }),
    ).resolves.toBeTruthy();
    expect(
      await problemOf(signatoryAnnualReport(deps, callers.schoolEditor, { id: council, year: '2025' })),
    ).toMatchObject({ status: 403 });
    expect(await problemOf(signatoryAnnualReport(deps, callers.public, { id: school, year: '2025' }))).toMatchObject({
      status: 401,
    });
  });

  it('refuses a year that is not one, or has not begun, naming the field', async () => {
    for (const year of ['25', 'FY2025', '2027']) {
      expect(await problemOf(signatoryAnnualReport(deps, callers.admin, { id: school, year }))).toMatchObject({
        status: 400,
        errors: [{ pointer: '/year' }],
      });
    }
  });
});

describe("a signatory's public annual report", () => {
  it('is the public answer for the financial year, and no other cut of the data', async () => {
    for (const id of [school, council]) {
      const report = await publicAnnualReport(deps, callers.public, { id, year: '2025' });
      const published = await publicSignatoryMetrics(deps, callers.public, { id, period: 'FY2025' });
      expect(report.figures).toEqual(published);
    }
  });

  it('suppresses a small count of people, and names groups by their published flag only', async () => {
    const report = await publicAnnualReport(deps, callers.public, { id: school, year: '2025' });
    expect(report.figures.metrics.reach.participations).toBe('<10');
    expect(report.figures.disclosure.threshold).toBe(10);
    const under = report.figures.metrics.inclusion.groups.filter((g) => g.flag === 'under').map((g) => g.groupId);
    expect(report.underRepresented.map((g) => g.groupId)).toEqual(under);
  });

  it('has the same published texts and consented stories as the exact version', async () => {
    const report = await publicAnnualReport(deps, callers.public, { id: school, year: '2025' });
    expect(report.youSaidWeDid.map((loop) => loop.id)).toEqual(['qa-annual-consented', 'qa-annual-refused']);
    expect(report.stories.map((loop) => loop.publicStory)).toEqual(['Consented story']);
    expect(JSON.stringify(report)).not.toContain('Story not checked');
  });

  it('is 404 for a signatory that does not exist', async () => {
    expect(await problemOf(publicAnnualReport(deps, callers.public, { id: 'nobody', year: '2025' }))).toMatchObject({
      status: 404,
    });
  });
});
