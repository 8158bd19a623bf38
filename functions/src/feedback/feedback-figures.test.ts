/**
 * Families' feedback as figures, against dynalite (docs/decisions/0111): no reader, the
 * board included, sees a figure on fewer than the floor of answers; an activity counts
 * whole, once final; the floor is a setting that cannot go below 5; the exact answers and
 * the published ones carry the counts, the public ones disclosure-controlled. Then the
 * signed-in reader's attack: every period (every run of whole months), every filter,
 * every signatory, sector and the partnership, each figure against every figure it
 * contains, and no figure or difference rests on fewer answers than the floor.
 */
import { randomBytes } from 'node:crypto';
import {
  audiences,
  channels,
  feedbackTotals,
  lastDayOf,
  monthRange,
  partnershipSettings,
  sectors,
  type Activity,
  type ActivityFeedbackCounts,
  type ActivityFilter,
  type FeedbackScope,
  type FeedbackTotals,
  type Principal,
} from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityKind } from '../activities/activity-entity.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { seededRandom } from '../local/demo/random.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { publicPartnershipMetrics, publicSignatoryMetrics } from '../reports/public-report-queries.ts';
import { partnershipMetrics, signatoryMetrics, signatoryMonthsFile } from '../reports/report-queries.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import { createRecord } from '../table/index.ts';
import { council, demoToday, forum, newActivity, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { countAnswer, createFeedback } from './feedback-entity.ts';
import { readActivityFeedback } from './feedback-figures.ts';

let store: TestStore;
const deps = () => ({ store, today: () => demoToday });
const floor = 5;

/** Adds an activity with feedback switched on and `answers` counted, each answered on the activity's day. */
async function activityWithAnswers(
  id: string,
  signatoryId: string,
  answers: number,
  overrides: { date: string; participants: number; closesOn?: string; channel?: string; audience?: string[] },
): Promise<void> {
  const { date, participants, closesOn = addDays(overrides.date, 14) } = overrides;
  await createRecord(
    store,
    activityKind,
    newActivity(id, signatoryId, {
      date,
      ...(overrides.channel ? { channel: overrides.channel } : {}),
      ...(overrides.audience ? { audience: overrides.audience } : {}),
      participants: { total: participants, firstTime: 0, demographicsRecorded: 0, groups: {} },
    }) as unknown as Activity,
    'test',
    new Date(`${date}T09:00:00Z`),
  );
  const token = randomBytes(16).toString('base64url');
  await createFeedback(store, {
    activityId: id,
    signatoryId,
    token,
    on: true,
    closesOn,
    form: 'standard',
    updatedAt: `${date}T09:00:00.000Z`,
    updatedBy: 'test',
  });
  for (let n = 0; n < answers; n += 1) {
    const outcome = await countAnswer(store, {
      activityId: id,
      token,
      today: date,
      at: `${date}T10:00:00.000Z`,
      cap: participants,
      answerId: randomBytes(16).toString('base64url'),
      feltListened: n % 3 === 0 ? 'no' : 'yes',
      knowWhatHappensNext: n % 2 === 0 ? 'yes' : 'not-sure',
      easyToTakePart: 'yes',
    });
    expect(outcome).toBe('counted');
  }
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const feedbackOf = async (principal: Principal, id: string, period: string) =>
  (await signatoryMetrics(deps(), principal, { id, period })).participantFeedback.figures;

beforeAll(async () => {
  store = await createTestStore('feedback-figures');
  await loadDemoPartnership(store, demoToday);
  // April 2026, closed by 15 May: four answers at a forum of ten, and one answer at a one-to-one meeting.
  await activityWithAnswers('fb-four', council, 4, { date: '2026-04-08', participants: 10 });
  await activityWithAnswers('fb-one-to-one', council, 1, {
    date: '2026-04-09',
    participants: 1,
    channel: 'one-to-one',
  });
  // March 2026: five answers, closed.
  await activityWithAnswers('fb-five', council, 5, { date: '2026-03-10', participants: 12 });
  // May 2026: six answers while the window is still open (not final), and five of five (full, so final).
  await activityWithAnswers('fb-open', council, 6, { date: '2026-05-12', participants: 30 });
  await activityWithAnswers('fb-full', council, 5, { date: '2026-05-13', participants: 5 });
}, 600_000);
afterAll(() => store?.drop());

describe('the floor on families’ feedback', () => {
  it('shows no reader a figure on four answers, nor on a one-to-one meeting’s answer', async () => {
    for (const principal of [callers.admin, callers.councilEditor, callers.commissioner]) {
      const april = await feedbackOf(principal, council, '2026-04');
      expect(april).toMatchObject({ activities: 0, responses: 0, feltListened: 0, feltListenedShare: null });
    }
  });

  it('counts an activity with five final answers, whole, with its shares beside the organisation’s own record', async () => {
    const march = await feedbackOf(callers.admin, council, '2026-03');
    expect(march).toMatchObject({
      minimumResponses: 5,
      activities: 1,
      responses: 5,
      feltListened: 3,
      knowWhatHappensNext: 3,
      easyToTakePart: 5,
      feltListenedShare: 0.6,
      easyToTakePartShare: 1,
    });
    expect(march.recorded.responses).toBeGreaterThanOrEqual(0);
    if (march.recorded.feltListened !== null)
      expect(march.gapFeltListened).toBeCloseTo(0.6 - march.recorded.feltListened, 10);
    // The editor of the organisation sees the same; another signatory's editor is refused before anything is read.
    expect(await feedbackOf(callers.councilEditor, council, '2026-03')).toEqual(march);
    expect(await problemOf(feedbackOf(callers.schoolEditor, council, '2026-03'))).toMatchObject({ status: 403 });
  });

  it('counts answers only once final: the open window waits, the full activity counts', async () => {
    const may = await feedbackOf(callers.admin, council, '2026-05');
    expect(may).toMatchObject({ activities: 1, responses: 5 });
  });

  it('is a setting no board can put below 5, and a higher one holds five answers back', async () => {
    expect(partnershipSettings.safeParse({ minFeedbackResponses: 4 }).success).toBe(false);
    expect(partnershipSettings.safeParse({ minFeedbackResponses: 5 }).success).toBe(true);
    expect(partnershipSettings.parse({}).minFeedbackResponses).toBe(5);
    const partnership = (await getPartnership(store))!;
    const higher = { ...partnership, settings: { ...partnership.settings, minFeedbackResponses: 6 } };
    const march = await signatoryMetrics(deps(), callers.admin, {
      id: council,
      period: '2026-03',
      partnership: higher,
    });
    expect(march.participantFeedback.figures).toMatchObject({ minimumResponses: 6, activities: 0, responses: 0 });
  });

  it('writes each month’s counted answers in the month file, and nothing under the floor', async () => {
    const file = await signatoryMonthsFile(deps(), callers.admin, { id: council, from: '2026-03', to: '2026-05' });
    const [header, ...lines] = file.text.trim().split('\n');
    const columns = header!.split(',');
    const row = (month: string) => {
      const cells = lines.find((l) => l.split(',')[1] === month)!.split(',');
      return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
    };
    expect(row('2026-03')).toMatchObject({
      feedbackActivities: '1',
      feedbackResponses: '5',
      feedbackFeltListened: '3',
    });
    expect(row('2026-04')).toMatchObject({ feedbackActivities: '0', feedbackResponses: '0' });
    expect(row('2026-05')).toMatchObject({ feedbackActivities: '1', feedbackResponses: '5' });
  });

  it('publishes the financial year’s counts under disclosure control, and the partnership’s as the sum of its rows', async () => {
    const published = await publicSignatoryMetrics(deps(), callers.public, { id: council, period: 'FY2025' });
    // Five in March 2026 (FY2025): more than the floor, fewer than k.
    expect(published.participantFeedback).toMatchObject({ year: 'FY2025', activities: 1, responses: '<10' });
    expect(published.participantFeedback.feltListenedShare).toBe('suppressed');
    const overview = await publicPartnershipMetrics(deps(), callers.public, { period: 'FY2025' });
    expect(overview.participantFeedback.figures.responses).toBe('suppressed');
    expect(overview.participantFeedback.rows.find((r) => r.signatoryId === council)?.responses).toBe('<10');
    const exact = await partnershipMetrics(deps(), callers.admin, { period: 'FY2025' });
    expect(exact.participantFeedback.figures).toMatchObject({ activities: 1, responses: 5 });
    expect(exact.participantFeedback.rows.find((r) => r.signatoryId === council)).toMatchObject({ responses: 5 });
  });
});

/** Every figure a signed-in reader can ask for: whole months, a filter or none, one signatory, a sector or all. */
interface AskedFigure {
  /** First and last month, as indices into the months asked about. */
  first: number;
  last: number;
  /** Index of the organisations' scope. */
  orgs: number;
  /** Index of the filter; 0 is none. */
  filter: number;
  responses: number;
}

const filters: ActivityFilter[] = [
  {},
  ...channels.map((channel) => ({ channel })),
  ...audiences.map((audience) => ({ audience })),
];
const keyOf = (f: Omit<AskedFigure, 'responses'>) => `${f.first}:${f.last}:${f.orgs}:${f.filter}`;

/**
 * Every figure, and every difference of a figure and one inside it (months within its
 * months, organisations within its organisations, its filter or, unfiltered, any),
 * resting on 1 to floor-1 answers.
 */
function attack(figures: ReadonlyMap<string, AskedFigure>, scopes: readonly ReadonlySet<string>[]): string[] {
  const within = scopes.map((outer) =>
    scopes.flatMap((inner, i) => ([...inner].every((o) => outer.has(o)) ? [i] : [])),
  );
  const found: string[] = [];
  const small = (n: number) => n >= 1 && n < floor;
  for (const outer of figures.values()) {
    if (small(outer.responses)) found.push(`${keyOf(outer)}: ${outer.responses}`);
    const innerFilters = outer.filter === 0 ? filters.map((_, i) => i) : [outer.filter];
    for (let first = outer.first; first <= outer.last; first += 1)
      for (let last = first; last <= outer.last; last += 1)
        for (const orgs of within[outer.orgs]!)
          for (const filter of innerFilters) {
            const inner = figures.get(keyOf({ first, last, orgs, filter }))!;
            if (small(outer.responses - inner.responses))
              found.push(`${keyOf(outer)} - ${keyOf(inner)}: ${outer.responses - inner.responses}`);
          }
  }
  return found;
}

/** Every figure of every month range of `months`, filter and organisation scope, by `total`. */
function everyFigure(
  months: readonly string[],
  scopes: readonly ReadonlySet<string>[],
  total: (scope: FeedbackScope) => FeedbackTotals,
): Map<string, AskedFigure> {
  const figures = new Map<string, AskedFigure>();
  for (let first = 0; first < months.length; first += 1)
    for (let last = first; last < months.length; last += 1)
      for (const [orgs, signatoryIds] of scopes.entries())
        for (const [filter, activityFilter] of filters.entries()) {
          const scope = {
            from: `${months[first]}-01`,
            to: lastDayOf(months[last]!),
            signatoryIds,
            filter: activityFilter,
          };
          const asked = { first, last, orgs, filter };
          figures.set(keyOf(asked), { ...asked, responses: total(scope).responses });
        }
  return figures;
}

describe('the signed-in reader’s attack by subtraction', () => {
  const months = monthRange('2025-06', '2026-05');
  let activities: ActivityFeedbackCounts[];
  /** Every activity with an answer, under the floor too: what the tempting design would add up. */
  let everyAnswer: ActivityFeedbackCounts[];
  let scopes: ReadonlySet<string>[];

  beforeAll(async () => {
    const random = seededRandom(20261203);
    const orgs = [council, school, forum];
    const used = ['one-to-one', 'small-group', 'workshop'] as const;
    let n = 0;
    for (const month of months.slice(0, -1)) {
      for (let k = random.int(1, 3); k > 0; k -= 1) {
        n += 1;
        const participants = random.int(1, 9);
        await activityWithAnswers(`fb-attack-${n}`, random.pick(orgs), random.int(1, participants), {
          date: `${month}-${String(random.int(1, 28)).padStart(2, '0')}`,
          participants,
          channel: random.pick(used),
          audience: random.sample(['parents-carers', 'young-people', 'children'], random.int(1, 2)),
        });
      }
    }
    const signatories = await listSignatories(store);
    scopes = [
      ...signatories.map((s) => new Set([s.id])),
      ...sectors.map((sector) => new Set(signatories.filter((s) => s.sector === sector).map((s) => s.id))),
      new Set(signatories.map((s) => s.id)),
    ];
    const partnership = (await getPartnership(store))!;
    activities = await readActivityFeedback(store, partnership.settings.minFeedbackResponses);
    everyAnswer = await readActivityFeedback(store, 1);
  }, 600_000);

  it('finds no figure, and no difference of figures, resting on 1 to 4 answers', () => {
    const today = '2026-05-15';
    const figures = everyFigure(months, scopes, (scope) => feedbackTotals(activities, scope, floor, today));
    expect(figures.size).toBeGreaterThan(10_000);
    expect([...figures.values()].filter((f) => f.responses >= floor).length).toBeGreaterThan(100);
    expect(attack(figures, scopes).slice(0, 10)).toEqual([]);
  });

  it('would find them if the floor held only for each figure’s total (so the attack can fail)', () => {
    // The tempting design: add up every activity's answers, and show a figure once its total reaches the floor.
    const naive = (scope: FeedbackScope): FeedbackTotals => {
      const inScope = everyAnswer.filter(
        (a) =>
          a.date >= scope.from &&
          a.date <= scope.to &&
          scope.signatoryIds!.has(a.signatoryId) &&
          (scope.filter?.channel === undefined || a.channel === scope.filter.channel) &&
          (scope.filter?.audience === undefined || a.audience.includes(scope.filter.audience)),
      );
      const responses = inScope.reduce((sum, a) => sum + a.responses, 0);
      const yes = { feltListened: 0, knowWhatHappensNext: 0, easyToTakePart: 0 };
      return { activities: inScope.length, responses: responses >= floor ? responses : 0, yes };
    };
    expect(attack(everyFigure(months, scopes, naive), scopes).length).toBeGreaterThan(0);
  });

  it('asks the queries the same figures the attack worked out', async () => {
    const today = '2026-05-15';
    for (const [id, period, from, to] of [
      [council, '2026-01', '2026-01-01', '2026-01-31'],
      [school, '2025-Q4', '2025-10-01', '2025-12-31'],
      [forum, 'FY2025', '2025-04-01', '2026-03-31'],
    ] as const) {
      const figures = await feedbackOf(callers.admin, id, period);
      const expected = feedbackTotals(activities, { from, to, signatoryIds: new Set([id]) }, floor, today);
      expect({ id, period, responses: figures.responses, activities: figures.activities }).toEqual({
        id,
        period,
        responses: expected.responses,
        activities: expected.activities,
      });
    }
    const exact = await partnershipMetrics(deps(), callers.admin, {
      from: '2025-06',
      to: '2026-05',
      channel: 'workshop',
    });
    const expected = feedbackTotals(
      activities,
      { from: '2025-06-01', to: '2026-05-31', filter: { channel: 'workshop' } },
      floor,
      today,
    );
    expect(exact.participantFeedback.figures.responses).toBe(expected.responses);
  });
});
