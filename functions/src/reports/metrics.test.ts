/**
 * The metrics API over the demo partnership: figures read from rollups agree with the
 * same figures computed straight from the demo records, periods and filters work, the
 * exact endpoints follow the role policy, and the public ones never show a small count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  latestScores,
  overdueLoopsAt,
  tallyActivities,
  tallyLoopsRaisedIn,
  medianOfHistogram,
} from '@equal-partners/shared';
import { demoPartnership } from '../local/demo/demo-partnership.ts';
import { applyChanges } from '../rollups/apply-changes.ts';
import {
  council,
  createApiFixture,
  demoToday,
  newActivity,
  newLoop,
  school,
  type ApiFixture,
  type Caller,
} from '../testing/api-fixture.ts';

let api: ApiFixture;
const demo = demoPartnership(demoToday);

beforeAll(async () => {
  api = await createApiFixture('metrics');
});
afterAll(() => api.drop());

// Response bodies are explored freely in assertions; their shape is the route's OpenAPI schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

async function get(caller: Caller, path: string) {
  const response = await api.call(caller, 'GET', path);
  return { status: response.status, body: (await response.json()) as Body };
}

describe('GET /api/v1/metrics/signatories/{id}', () => {
  it('gives the same figures as computing them from the records themselves', async () => {
    const { status, body } = await get('admin', `/api/v1/metrics/signatories/${council}?period=2026-Q1`);
    expect(status).toBe(200);
    const activities = demo.activities.filter(
      (a) => a.signatoryId === council && a.date >= '2026-01-01' && a.date <= '2026-03-31',
    );
    const ownLoops = demo.loops.filter((l) => l.signatoryId === council);
    const loops = tallyLoopsRaisedIn(ownLoops, '2026-01-01', '2026-03-31');
    const totals = tallyActivities(activities);
    expect(body.period).toMatchObject({
      key: '2026-Q1',
      from: '2026-01',
      to: '2026-03',
      asOf: '2026-03-31',
      partial: false,
    });
    expect(body.previousPeriod).toMatchObject({ key: '2025-Q4', asOf: '2025-12-31' });
    expect(body.metrics.reach.activities).toBe(activities.length);
    expect(body.metrics.reach.participations).toBe(totals.participations);
    expect(body.metrics.reach.firstTimeShare).toBeCloseTo(totals.firstTime / totals.participations, 10);
    expect(body.metrics.inclusion.demographicsRecorded).toBe(totals.demographicsRecorded);
    expect(body.metrics.impact.loopsRaised).toBe(loops.raised);
    expect(body.metrics.impact.loopsClosed).toBe(loops.closed);
    expect(body.metrics.impact.medianDaysToClose).toBe(medianOfHistogram(loops.daysToClose));
    expect(body.metrics.impact.overdueLoops).toBe(overdueLoopsAt(ownLoops, '2026-03-31', 90));
    const scores = latestScores(
      demo.assessments.filter((a) => a.signatoryId === council),
      '2026-03-31',
    );
    const first = body.metrics.principles.items[0];
    expect(first.self).toBe(scores[first.principleId]?.self ?? null);
    expect(first.reviewer).toBe(scores[first.principleId]?.reviewer ?? null);
    const previous = demo.activities.filter(
      (a) => a.signatoryId === council && a.date >= '2025-10-01' && a.date <= '2025-12-31',
    );
    expect(body.previous.reach.activities).toBe(previous.length);
  });

  it('counts overdue loops as of today while the period runs, and shows the month as partial', async () => {
    const { body } = await get('admin', `/api/v1/metrics/signatories/${council}?period=2026-05`);
    expect(body.period).toMatchObject({ asOf: '2026-05-15', partial: true });
    const ownLoops = demo.loops.filter((l) => l.signatoryId === council);
    expect(body.metrics.impact.overdueLoops).toBe(overdueLoopsAt(ownLoops, '2026-05-15', 90));
    expect(body.series.at(-1)).toMatchObject({ month: '2026-05', partial: true });
  });

  it('gives a monthly series over at least the 12 months to the period end, with empty months as zero', async () => {
    const { body } = await get('admin', `/api/v1/metrics/signatories/${school}?from=2026-04&to=2026-09`);
    expect(body.series.map((p: { month: string }) => p.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(body.series.at(-1)).toMatchObject({ activities: 0, participations: 0, loopsRaised: 0 });
    const october = demo.activities.filter((a) => a.signatoryId === school && a.date.startsWith('2025-10'));
    expect(body.series[0].activities).toBe(october.length);
  });

  it('filters activity figures by channel and audience, leaving loop figures out', async () => {
    const { body } = await get('admin', `/api/v1/metrics/signatories/${council}?period=2025&channel=online-survey`);
    const surveys = demo.activities.filter(
      (a) => a.signatoryId === council && a.date.startsWith('2025') && a.channel === 'online-survey',
    );
    expect(body.metrics.reach.activities).toBe(surveys.length);
    expect(body.metrics.reach.participations).toBe(tallyActivities(surveys).participations);
    expect(body.metrics.impact.loopsRaised).toBeNull();
    const { body: forChildren } = await get(
      'admin',
      `/api/v1/metrics/signatories/${council}?period=2025&audience=children`,
    );
    const withChildren = demo.activities.filter(
      (a) => a.signatoryId === council && a.date.startsWith('2025') && a.audience.includes('children'),
    );
    expect(forChildren.metrics.reach.activities).toBe(withChildren.length);
  });

  it('reports award eligibility over the last 12 months with each criterion', async () => {
    const { body } = await get('admin', `/api/v1/metrics/signatories/${school}`);
    expect(body.charterStatus.eligibility).toMatchObject({ from: '2025-06-01', to: '2026-05-31' });
    expect(body.charterStatus.eligibility.criteria.map((c: { id: string }) => c.id)).toEqual([
      'evidence-for-every-principle',
      'closure-rate',
      'no-overdue-challenge',
      'reviewer-score',
      'reviewer-assessment',
    ]);
  });

  it('reads financial quarters April to March', async () => {
    const { body } = await get('admin', `/api/v1/metrics/signatories/${council}?period=FY2025-Q4`);
    expect(body.period).toMatchObject({ from: '2026-01', to: '2026-03', label: '2025-26 Q4 (Jan to Mar 2026)' });
    expect(body.previousPeriod).toMatchObject({ key: 'FY2025-Q3', from: '2025-10' });
  });

  it('refuses periods it cannot read, and unknown signatories', async () => {
    const bad = await get('admin', `/api/v1/metrics/signatories/${council}?period=2026-Q5`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/period');
    expect((await get('admin', `/api/v1/metrics/signatories/${council}?period=2026&from=2026-01`)).status).toBe(400);
    const both = await get('admin', `/api/v1/metrics/signatories/${council}?channel=workshop&audience=children`);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].pointer).toBe('/channel');
    expect((await get('admin', '/api/v1/metrics/signatories/no-such-signatory')).status).toBe(404);
  });

  it('reads custom periods as whole months, and refuses other days naming the months to ask for instead', async () => {
    const months = await get('admin', `/api/v1/metrics/signatories/${council}?from=2026-02&to=2026-04`);
    const days = await get('admin', `/api/v1/metrics/signatories/${council}?from=2026-02-01&to=2026-04-30`);
    expect(days.status).toBe(200);
    expect(days.body.period).toMatchObject({ from: '2026-02', to: '2026-04', start: '2026-02-01', end: '2026-04-30' });
    expect(days.body.metrics).toEqual(months.body.metrics);

    for (const path of [
      `/api/v1/metrics/signatories/${council}?from=2026-04-10&to=2026-05-20`,
      '/api/v1/metrics/partnership?from=2026-04-10&to=2026-05-20',
    ]) {
      const response = await api.call('admin', 'GET', path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as Body;
      expect(problem).toMatchObject({
        type: '/api/problems/period-not-whole-months',
        title: 'Custom periods are whole months',
        suggested: { from: '2026-04', to: '2026-05' },
      });
      expect(problem.detail).toContain('from=2026-04&to=2026-05');
      // The English as before; each error also names its rule, for pages to word it in their language.
      expect(problem.errors).toMatchObject([
        {
          pointer: '/from',
          rule: expect.any(String),
          message:
            'Custom periods are whole months: 2026-04-10 is not the first day of a month. Ask for from=2026-04 to start with all of Apr 2026.',
        },
        {
          pointer: '/to',
          rule: expect.any(String),
          message:
            'Custom periods are whole months: 2026-05-20 is not the last day of a month. Ask for to=2026-05 to end with all of May 2026.',
        },
      ]);
    }

    const oneDay = await get('admin', `/api/v1/metrics/signatories/${council}?from=2026-04&to=2026-05-20`);
    expect(oneDay.body.errors.map((e: Body) => e.pointer)).toEqual(['/to']);
    expect(oneDay.body.suggested).toEqual({ from: '2026-04', to: '2026-05' });
    const nonsense = await get('admin', `/api/v1/metrics/signatories/${council}?from=2026-04-10&to=May`);
    expect(nonsense.body.type).toBe('/api/problems/validation');
    expect(nonsense.body.errors.map((e: Body) => e.pointer)).toEqual(['/from', '/to']);
  });

  it('shows exact figures only to the board, commissioners and the signatory’s own editors', async () => {
    const path = `/api/v1/metrics/signatories/${council}?period=2026-Q1`;
    expect((await get('public', path)).status).toBe(401);
    expect((await get('councilEditor', path)).status).toBe(200);
    expect((await get('councilKey', path)).status).toBe(200);
    expect((await get('schoolEditor', path)).status).toBe(403);
    expect((await get('reviewer', path)).status).toBe(403);
  });

  it('gives a commissioner the board’s exact figures for every signatory and the partnership', async () => {
    for (const path of [
      `/api/v1/metrics/signatories/${school}?period=2026-05`,
      '/api/v1/metrics/partnership?period=2026-05',
    ]) {
      const [asCommissioner, asBoard] = await Promise.all([get('commissioner', path), get('admin', path)]);
      expect(asCommissioner.status, path).toBe(200);
      expect(asCommissioner.body).toEqual(asBoard.body);
      expect(asCommissioner.body).not.toHaveProperty('disclosure');
    }
  });
});

describe('reviewers and the board’s reviewersSeeExactFigures setting', () => {
  const signatoryPath = `/api/v1/metrics/signatories/${school}?period=2026-05`;
  const publicPath = `/api/v1/public/metrics/signatories/${school}?period=FY2025`;

  async function setReviewersSeeExactFigures(value: boolean) {
    const read = await api.call('admin', 'GET', '/api/v1/partnership');
    const partnership = (await read.json()) as Body;
    const { name, area, charter, groups, settings } = partnership;
    const response = await api.call('admin', 'PUT', '/api/v1/partnership', {
      body: { name, area, charter, groups, settings: { ...settings, reviewersSeeExactFigures: value } },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Body;
  }

  it('gives reviewers the disclosure-controlled figures while the setting is off (the default)', async () => {
    const partnership = await get('public', '/api/v1/partnership');
    expect(partnership.body.settings.reviewersSeeExactFigures).toBe(false);
    const refused = await get('reviewer', signatoryPath);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('/api/v1/public/metrics');
    expect((await get('reviewer', '/api/v1/metrics/partnership?period=2026-05')).status).toBe(403);
    const open = await get('reviewer', publicPath);
    expect(open.status).toBe(200);
    expect(peopleCounts(open.body)).toContain('<10');
  });

  it('gives reviewers exact figures once the board turns the setting on, and the public ones stay controlled', async () => {
    const saved = await setReviewersSeeExactFigures(true);
    try {
      expect(saved.settings.reviewersSeeExactFigures).toBe(true);
      const asReviewer = await get('reviewer', signatoryPath);
      const asBoard = await get('admin', signatoryPath);
      expect(asReviewer.status).toBe(200);
      expect(asReviewer.body.metrics).toEqual(asBoard.body.metrics);
      expect(asReviewer.body).not.toHaveProperty('disclosure');
      const exactCounts = peopleCounts(asReviewer.body).filter((c) => typeof c === 'number' && c > 0 && c < 10);
      expect(exactCounts.length).toBeGreaterThan(0);
      const partnership = await get('reviewer', '/api/v1/metrics/partnership?period=2026-05');
      expect(partnership.status).toBe(200);
      expect(partnership.body.signatories.rows).toHaveLength(12);

      // The setting is for reviewers only: other organisations' editors and the public gain nothing.
      expect((await get('schoolEditor', `/api/v1/metrics/signatories/${council}?period=2026-05`)).status).toBe(403);
      expect((await get('public', signatoryPath)).status).toBe(401);
      for (const caller of ['public', 'reviewer'] as const) {
        const open = await get(caller, publicPath);
        expect(open.body.disclosure).toEqual({ threshold: 10, rounding: 5 });
        for (const count of peopleCounts(open.body)) {
          if (typeof count === 'number') expect(count === 0 || count >= 10, String(count)).toBe(true);
        }
      }
    } finally {
      await setReviewersSeeExactFigures(false);
    }
    expect((await get('reviewer', signatoryPath)).status).toBe(403);
  });

  it('audits each change of the setting with who made it, before and after', async () => {
    await setReviewersSeeExactFigures(true);
    await setReviewersSeeExactFigures(false);
    const trail = await get('admin', '/api/v1/audit/partnership/partnership');
    const changes = (trail.body.items as Body[]).filter(
      (e) => e.before?.settings?.reviewersSeeExactFigures !== e.after?.settings?.reviewersSeeExactFigures,
    );
    expect(changes.slice(-2).map((e) => [e.action, e.by, e.after.settings.reviewersSeeExactFigures])).toEqual([
      ['update', 'user:demo-board-admin', true],
      ['update', 'user:demo-board-admin', false],
    ]);
  });
});

describe('GET /api/v1/metrics/partnership', () => {
  it('adds the signatories up to the partnership and sorts the rows as asked', async () => {
    const { status, body } = await get('admin', '/api/v1/metrics/partnership?period=2026-Q1');
    expect(status).toBe(200);
    const rows = body.signatories.rows as {
      name: string;
      participations: number;
      activities: number;
      overdueLoops: number;
    }[];
    expect(rows).toHaveLength(12);
    expect(rows.reduce((s, r) => s + r.participations, 0)).toBe(body.metrics.reach.participations);
    expect(rows.reduce((s, r) => s + r.overdueLoops, 0)).toBe(body.metrics.impact.overdueLoops);
    const q1 = demo.activities.filter((a) => a.date >= '2026-01-01' && a.date <= '2026-03-31');
    expect(body.metrics.reach.activities).toBe(q1.length);
    expect(rows.map((r) => r.participations)).toEqual([...rows.map((r) => r.participations)].sort((a, b) => b - a));
    const byName = await get('admin', '/api/v1/metrics/partnership?period=2026-Q1&sort=name');
    const names = byName.body.signatories.rows.map((r: { name: string }) => r.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en-GB')));
    const fewestFirst = await get('admin', '/api/v1/metrics/partnership?period=2026-Q1&sort=closureRate&order=asc');
    const rates = fewestFirst.body.signatories.rows
      .map((r: { closureRate: number | null }) => r.closureRate)
      .filter((r: number | null) => r !== null);
    expect(rates).toEqual([...rates].sort((a: number, b: number) => a - b));
  });

  it('narrows to one sector', async () => {
    const { body } = await get('admin', '/api/v1/metrics/partnership?period=2026-Q1&sector=education');
    expect(body.signatories.rows).toHaveLength(5);
    const schools = new Set(demo.signatories.filter((s) => s.sector === 'education').map((s) => s.id));
    const q1 = demo.activities.filter(
      (a) => schools.has(a.signatoryId) && a.date >= '2026-01-01' && a.date <= '2026-03-31',
    );
    expect(body.metrics.reach.activities).toBe(q1.length);
    expect(body.filter).toEqual({ sector: 'education' });
  });

  it('is for the board only', async () => {
    expect((await get('public', '/api/v1/metrics/partnership')).status).toBe(401);
    expect((await get('councilEditor', '/api/v1/metrics/partnership')).status).toBe(403);
  });
});

describe('figures after writes through the API', () => {
  it('follow creates, moves and deletes once the write path delivers changes to the aggregator', async () => {
    // The write path delivers each change to the aggregator; here its clock is the demo's today.
    const audit = api.store.onChange;
    api.store.onChange = async (changes) => {
      await audit?.(changes);
      await applyChanges(api.store, changes, { now: () => demoToday });
    };
    try {
      const figures = async (period: string) =>
        (await get('admin', `/api/v1/metrics/signatories/${council}?period=${period}`)).body.metrics;
      const [may, april] = [await figures('2026-05'), await figures('2026-04')];
      const activity = newActivity('metrics-write-1', council, { date: '2026-05-02' });
      expect((await api.call('councilEditor', 'POST', '/api/v1/activities', { body: activity })).status).toBe(201);
      expect((await figures('2026-05')).reach.participations).toBe(may.reach.participations + 20);

      const moved = await api.call('councilEditor', 'PUT', '/api/v1/activities/metrics-write-1', {
        body: { ...activity, date: '2026-04-20' },
        headers: { 'if-match': '"1"' },
      });
      expect(moved.status).toBe(200);
      expect((await figures('2026-05')).reach.participations).toBe(may.reach.participations);
      expect((await figures('2026-04')).reach.activities).toBe(april.reach.activities + 1);

      const loop = newLoop('metrics-loop-1', council, { raisedOn: '2026-01-05' });
      expect((await api.call('councilEditor', 'POST', '/api/v1/loops', { body: loop })).status).toBe(201);
      // Raised in January and never answered: overdue by May.
      expect((await figures('2026-05')).impact.overdueLoops).toBe(may.impact.overdueLoops + 1);

      await api.call('admin', 'DELETE', '/api/v1/activities/metrics-write-1', { headers: { 'if-match': '"2"' } });
      await api.call('admin', 'DELETE', '/api/v1/loops/metrics-loop-1', { headers: { 'if-match': '"1"' } });
      expect(await figures('2026-04')).toEqual(april);
      expect(await figures('2026-05')).toEqual(may);
    } finally {
      api.store.onChange = audit;
    }
  });
});

/** Every count of people in a public response, by the field names that hold them. */
const peopleFields = new Set([
  'participations',
  'firstTime',
  'demographicsRecorded',
  'participants',
  'experienceResponses',
]);

function peopleCounts(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) peopleCounts(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (peopleFields.has(key)) found.push(item);
      else peopleCounts(item, found);
    }
  }
  return found;
}

describe('the public metrics', () => {
  const periods = ['', '?period=FY2025', '?period=FY2024', '?period=2026-Q1', '?period=FY2025-Q3'];

  it('never show a count of people from 1 to 9, for every demo signatory and the partnership', async () => {
    const counts: unknown[] = [];
    const paths = [
      ...demo.signatories.flatMap((s) => periods.map((p) => `/api/v1/public/metrics/signatories/${s.id}${p}`)),
      ...periods.map((p) => `/api/v1/public/metrics/partnership${p}`),
      '/api/v1/public/metrics/partnership?sector=education&period=FY2025',
    ];
    for (const path of paths) {
      const { status, body } = await get('public', path);
      expect(status, path).toBe(200);
      expect(body.disclosure).toEqual({ threshold: 10, rounding: 5 });
      for (const count of peopleCounts(body)) {
        counts.push(count);
        if (typeof count === 'number') {
          expect(count === 0 || count >= 10, `${path}: ${count}`).toBe(true);
          expect(count % 5, `${path}: ${count} is not rounded`).toBe(0);
        } else expect(['<10', 'suppressed', 'year-only'], path).toContain(count);
      }
    }
    // The walk saw plenty of counts, and small ones among them were suppressed.
    expect(counts.length).toBeGreaterThan(5000);
    expect(counts.filter((c) => c === '<10').length).toBeGreaterThan(100);
  });

  it('leaves no lone suppressed cell in a breakdown whose total is published', async () => {
    const { body } = await get('public', `/api/v1/public/metrics/signatories/${school}?period=FY2025`);
    for (const breakdown of ['byChannel', 'bySetting', 'byStage', 'byLevel'] as const) {
      if (typeof body.metrics.reach.participations !== 'number') continue;
      const cells = Object.values(body.metrics.reach[breakdown] as Record<string, { participations: unknown }>);
      expect(cells.filter((c) => typeof c.participations !== 'number').length).not.toBe(1);
    }
  });

  it('publish counts of activities and loops exactly', async () => {
    const exact = await get('admin', `/api/v1/metrics/signatories/${school}?period=2026-Q1`);
    const open = await get('public', `/api/v1/public/metrics/signatories/${school}?period=2026-Q1`);
    expect(open.body.metrics.reach.activities).toBe(exact.body.metrics.reach.activities);
    expect(open.body.metrics.impact.loopsRaised).toBe(exact.body.metrics.impact.loopsRaised);
    expect(open.body.metrics.impact.medianDaysToClose).toBe(exact.body.metrics.impact.medianDaysToClose);
    expect(open.body).not.toHaveProperty('charterStatus.eligibility');
  });
});

describe('the public query forms', () => {
  it('are financial years and quarters only: months, calendar years, custom ranges and filters are refused', async () => {
    const refused = [
      ['period=2026-05', '/period'],
      ['period=2025', '/period'],
      ['period=2025-06..2026-01', '/period'],
      ['from=2026-01&to=2026-03', '/from'],
      ['to=2026-03', '/to'],
      ['period=FY2025&channel=workshop', '/channel'],
      ['period=FY2025&audience=parents-carers', '/audience'],
    ];
    for (const base of [
      `/api/v1/public/metrics/signatories/${school}`,
      `/api/v1/public/metrics/signatories/${school}/quarters.csv`,
      '/api/v1/public/metrics/partnership',
      '/api/v1/public/metrics/partnership.csv',
    ]) {
      for (const [query, pointer] of refused) {
        const response = await api.call('public', 'GET', `${base}?${query}`);
        expect(response.status, `${base}?${query}`).toBe(400);
        const problem = (await response.json()) as Body;
        expect(problem.type).toBe('/api/problems/not-published');
        expect(problem.errors[0].pointer, query).toBe(pointer);
      }
      for (const period of ['', '?period=FY2025', '?period=FY2025-Q1', '?period=2026-Q1']) {
        expect((await api.call('public', 'GET', `${base}${period}`)).status, `${base}${period}`).toBe(200);
      }
    }
  });

  it('gives the same figures for a calendar quarter as for the financial quarter of the same months', async () => {
    const calendar = await get('public', `/api/v1/public/metrics/signatories/${council}?period=2026-Q1`);
    const financial = await get('public', `/api/v1/public/metrics/signatories/${council}?period=FY2025-Q4`);
    expect(calendar.body.metrics).toEqual(financial.body.metrics);
    expect(calendar.body.period.key).toBe('2026-Q1');
  });

  it('publishes a quarter’s count only when every quarter of its year is 0 or at least 10, else marks it year-only', async () => {
    for (const signatory of demo.signatories) {
      const year = await get('public', `/api/v1/public/metrics/signatories/${signatory.id}?period=FY2024`);
      const exactQuarters = await Promise.all(
        [1, 2, 3, 4].map((q) => get('admin', `/api/v1/metrics/signatories/${signatory.id}?period=FY2024-Q${q}`)),
      );
      const publicQuarters = await Promise.all(
        [1, 2, 3, 4].map((q) =>
          get('public', `/api/v1/public/metrics/signatories/${signatory.id}?period=FY2024-Q${q}`),
        ),
      );
      const exact = exactQuarters.map((q) => q.body.metrics.reach.firstTime as number);
      const shown = publicQuarters.map((q) => q.body.metrics.reach.firstTime);
      const publishable =
        typeof year.body.metrics.reach.firstTime === 'number' && exact.every((v) => v === 0 || v >= 10);
      if (publishable) shown.forEach((v, i) => expect(v).toEqual(exact[i] === 0 ? 0 : expect.any(Number)));
      else shown.forEach((v, i) => expect(v).toBe(exact[i] === 0 ? 0 : 'year-only'));
      // Channels are published for the year only, but for a 0.
      for (const [q, quarter] of publicQuarters.entries()) {
        const exactChannels = exactQuarters[q]!.body.metrics.reach.byChannel as Record<string, Body>;
        for (const [channel, tally] of Object.entries(quarter.body.metrics.reach.byChannel as Record<string, Body>)) {
          expect(tally.participations).toBe(exactChannels[channel]!.participations === 0 ? 0 : 'year-only');
        }
      }
    }
  });

  it('gives the partnership’s totals whatever the sector, and only that sector’s rows', async () => {
    const all = await get('public', '/api/v1/public/metrics/partnership?period=FY2025');
    const education = await get('public', '/api/v1/public/metrics/partnership?period=FY2025&sector=education');
    expect(education.body.scope).toEqual({ totals: 'partnership' });
    expect(education.body.metrics).toEqual(all.body.metrics);
    const sectors = new Set(education.body.signatories.rows.map((r: Body) => r.sector));
    expect([...sectors]).toEqual(['education']);
  });
});

describe('charter status as of today', () => {
  async function award(awardedOn: string) {
    const read = await api.call('admin', 'GET', `/api/v1/signatories/${school}`);
    const { id, name, sector, signedOn, contact, active } = (await read.json()) as Body;
    const response = await api.call('admin', 'PUT', `/api/v1/signatories/${school}`, {
      body: {
        ...{ id, name, sector, signedOn, contact, active, charterStatus: 'awarded', awardedOn },
        // Awarded whether or not it meets every criterion today: the board says why (docs/decisions/0110).
        awardReason: 'Awarded for this test of the award’s dates.',
      },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(response.status).toBe(200);
  }

  it('reports an award made 13 months ago as lapsed everywhere, with its award and expiry dates', async () => {
    await award('2025-04-14'); // demo today is 2026-05-15
    const lapsed = { status: 'lapsed', awardedOn: '2025-04-14', expiresOn: '2026-04-14' };

    const record = await get('public', `/api/v1/signatories/${school}`);
    expect(record.body).toMatchObject({
      charterStatus: 'lapsed',
      awardedOn: '2025-04-14',
      awardExpiresOn: '2026-04-14',
    });
    const list = await get('public', '/api/v1/signatories?limit=100');
    expect(list.body.items.find((s: Body) => s.id === school)).toMatchObject({ charterStatus: 'lapsed' });

    // Whatever the period asked for, the status is today's.
    for (const period of ['2026-Q1', 'FY2024']) {
      const exact = await get('admin', `/api/v1/metrics/signatories/${school}?period=${period}`);
      expect(exact.body.signatory.charterStatus).toBe('lapsed');
      expect(exact.body.charterStatus).toMatchObject(lapsed);
      const open = await get('public', `/api/v1/public/metrics/signatories/${school}?period=${period}`);
      expect(open.body.signatory.charterStatus).toBe('lapsed');
      expect(open.body.charterStatus).toEqual(lapsed);
      for (const [caller, path] of [
        ['admin', `/api/v1/metrics/partnership?period=${period}`],
        ['public', `/api/v1/public/metrics/partnership?period=${period}`],
      ] as const) {
        const row = (await get(caller, path)).body.signatories.rows.find((r: Body) => r.signatoryId === school);
        expect(row, path).toMatchObject({ charterStatus: 'lapsed', awardedOn: '2025-04-14', expiresOn: '2026-04-14' });
      }
    }
  });

  it('reports an award made 11 months ago as awarded, with the day it expires', async () => {
    await award('2025-06-14');
    const record = await get('public', `/api/v1/signatories/${school}`);
    expect(record.body).toMatchObject({ charterStatus: 'awarded', awardExpiresOn: '2026-06-14' });
    const open = await get('public', `/api/v1/public/metrics/signatories/${school}`);
    expect(open.body.charterStatus).toEqual({ status: 'awarded', awardedOn: '2025-06-14', expiresOn: '2026-06-14' });
  });
});

describe('the overview as open data (CSV)', () => {
  /** The cells of an RFC 4180 file, one array per line. */
  function parseCsv(text: string): string[][] {
    return text
      .trimEnd()
      .split('\n')
      .map((line) =>
        [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
          .slice(0, -1)
          .map(([, cell = '']) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell)),
      );
  }

  it('has a row per signatory with the public API’s values, and never a count of people from 1 to 9', async () => {
    const peopleColumns = ['participations', 'firstTime', 'demographicsRecorded', 'experienceResponses'];
    let suppressed = 0;
    for (const query of ['', '?period=FY2025', '?period=2026-Q1', '?period=FY2024', '?period=FY2025-Q2']) {
      const response = await api.call('public', 'GET', `/api/v1/public/metrics/partnership.csv${query}`);
      expect(response.status, query).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="demo-city-[a-z0-9-]+\.csv"$/);
      const [header = [], ...lines] = parseCsv(await response.text());
      const open = await get('public', `/api/v1/public/metrics/partnership${query}`);
      expect(lines).toHaveLength(demo.signatories.length);
      const cells = lines.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]])));
      cells.forEach((row, i) => {
        const published = open.body.signatories.rows[i] as Body;
        expect(row.periodFrom).toBe(open.body.period.from);
        expect(row.signatoryId).toBe(published.signatoryId);
        for (const field of header.slice(2)) expect(row[field], field).toBe(String(published[field] ?? ''));
        for (const column of peopleColumns) {
          const value = row[column]!;
          if (value === '<10' || value === 'suppressed' || value === 'year-only') suppressed += 1;
          else expect(Number(value) === 0 || Number(value) >= 10, `${query} ${column}: ${value}`).toBe(true);
        }
      });
    }
    expect(suppressed).toBeGreaterThan(5);
  });

  it('gives the board and commissioners the exact figures as a file, the overview’s rows for the same query', async () => {
    const query = '?period=2026-Q1&sort=participations';
    const published = parseCsv(
      await (await api.call('public', 'GET', `/api/v1/public/metrics/partnership.csv${query}`)).text(),
    );
    let heldBackInPublic = 0;
    for (const caller of ['admin', 'commissioner'] as const) {
      const response = await api.call(caller, 'GET', `/api/v1/metrics/partnership.csv${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="demo-city-.*-exact-figures\.csv"$/,
      );
      const [header = [], ...lines] = parseCsv(await response.text());
      const exact = await get(caller, `/api/v1/metrics/partnership${query}`);
      expect(lines.map((line) => line[header.indexOf('signatoryId')])).toEqual(
        exact.body.signatories.rows.map((row: Body) => row.signatoryId),
      );
      lines.forEach((line, i) => {
        const row = exact.body.signatories.rows[i] as Body;
        for (const field of header.slice(2)) expect(line[header.indexOf(field)], field).toBe(String(row[field] ?? ''));
        // The public file of the same query holds back some of these figures; this one never does.
        const open = published.find((p) => p[2] === line[2])!;
        header.forEach((_, column) => {
          expect(line[column]).not.toMatch(/^(<10|suppressed)$/);
          if (/^(<10|suppressed)$/.test(open[column] ?? '')) heldBackInPublic += 1;
        });
      });
    }
    expect(heldBackInPublic).toBeGreaterThan(0);
    for (const caller of ['public', 'councilEditor', 'reviewer'] as const) {
      const refused = await api.call(caller, 'GET', `/api/v1/metrics/partnership.csv${query}`);
      expect(refused.status, caller).toBe(caller === 'public' ? 401 : 403);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('gives a signatory’s months as a file of exact figures to those who may read them', async () => {
    const query = '?period=2026-Q1';
    const files = [
      { caller: 'admin', name: /^attachment; filename="oakfield-special-school-2026-q1-by-month-exact-figures\.csv"$/ },
      { caller: 'schoolEditor', name: /exact-figures\.csv"$/ },
    ] as const;
    for (const { caller, name } of files) {
      const response = await api.call(caller, 'GET', `/api/v1/metrics/signatories/${school}/months.csv${query}`);
      expect(response.status, caller).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(name);
      const [header = [], ...lines] = parseCsv(await response.text());
      expect(header).toEqual([
        'signatoryId',
        'month',
        'partial',
        'activities',
        'participations',
        'loopsRaised',
        'loopsClosed',
        'closureRate',
        'coProductionShare',
        // Families' feedback of each month: whole activities on at least the floor of answers (decision 0111).
        'feedbackActivities',
        'feedbackResponses',
        'feedbackFeltListened',
        'feedbackKnowWhatHappensNext',
        'feedbackEasyToTakePart',
      ]);
      const { series } = (await get(caller, `/api/v1/metrics/signatories/${school}${query}`)).body as {
        series: Body[];
      };
      expect(lines.map((line) => line[1])).toEqual(series.map((point) => point.month));
      expect(lines.length).toBeGreaterThan(2);
      lines.forEach((line, i) => {
        expect(line[0]).toBe(school);
        for (const [column, field] of header.entries()) {
          // The demo school has no feedback answers: each month's feedback columns are zeros.
          if (field.startsWith('feedback')) expect(line[column], `${caller} ${field}`).toBe('0');
          else if (column > 1) expect(line[column], `${caller} ${field}`).toBe(String(series[i]![field] ?? ''));
        }
      });
    }
    expect((await api.call('public', 'GET', `/api/v1/metrics/signatories/${school}/months.csv`)).status).toBe(401);
    expect((await api.call('councilEditor', 'GET', `/api/v1/metrics/signatories/${school}/months.csv`)).status).toBe(
      403,
    );
  });

  it('gives everyone a signatory’s published quarters as a file, the public series of the same query', async () => {
    const response = await api.call(
      'public',
      'GET',
      `/api/v1/public/metrics/signatories/${school}/quarters.csv?period=FY2025`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="oakfield-special-school-fy2025-by-quarter\.csv"$/,
    );
    const [header = [], ...lines] = parseCsv(await response.text());
    expect(header.slice(0, 5)).toEqual(['signatoryId', 'period', 'from', 'to', 'partial']);
    const { series } = (await get('public', `/api/v1/public/metrics/signatories/${school}?period=FY2025`)).body as {
      series: Body[];
    };
    expect(lines.map((line) => line[1])).toEqual(series.map((point) => point.period));
    expect(lines.map((line) => line[1])).toEqual([
      'FY2024-Q1',
      'FY2024-Q2',
      'FY2024-Q3',
      'FY2024-Q4',
      'FY2025-Q1',
      'FY2025-Q2',
      'FY2025-Q3',
      'FY2025-Q4',
    ]);
    lines.forEach((line, i) => {
      for (const [column, field] of header.entries())
        if (column > 4) expect(line[column], field).toBe(String(series[i]![field] ?? ''));
      expect(line[header.indexOf('participations')]).not.toMatch(/^[1-9]$/);
    });
    expect((await api.call('public', 'GET', '/api/v1/public/metrics/signatories/nobody/quarters.csv')).status).toBe(
      404,
    );
    expect((await api.call('public', 'GET', `/api/v1/public/metrics/signatories/${school}/months.csv`)).status).toBe(
      404,
    );
  });

  it('refuses the same bad queries as the public API', async () => {
    const response = await api.call('public', 'GET', '/api/v1/public/metrics/partnership.csv?from=2026-04-10');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
