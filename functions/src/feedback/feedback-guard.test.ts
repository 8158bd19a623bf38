/**
 * Feedback links guarded and followed up, called as their queries with no HTTP: the rate
 * limits (a room of 100 on one address passes, a flood beyond is refused with 429 and
 * nothing written), the answers counted per minute for the board, the board's void
 * (audited, the counts drop out), the audit of switching a link, the list of links for
 * reviewers, and what the people who took part see once the link has closed.
 */
import { randomBytes } from 'node:crypto';
import type { Activity, FeedbackLoop, Principal, Signatory } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityKind } from '../activities/activity-entity.ts';
import { readAuditTrail } from '../audit/audit-queries.ts';
import type { QueryDeps } from '../host.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loopKind } from '../loops/loop-entity.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';
import { createRecord } from '../table/index.ts';
import { council, forum, newActivity, newLoop, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, everyItem, type TestStore } from '../testing/test-store.ts';
import { getFeedbackCounts } from './feedback-entity.ts';
import { answersPerAddress, answersPerLink } from './feedback-limits.ts';
import {
  answerFeedback,
  listFeedbackActivities,
  openFeedbackLink,
  readActivityFeedback,
  readFeedbackTiming,
  refusedStatus,
  switchActivityFeedback,
  voidActivityFeedback,
} from './feedback-queries.ts';

let store: TestStore;
let deps: QueryDeps;
let today = new Date('2026-05-04T10:00:00Z');
let now = new Date('2026-05-04T10:00:10Z');

const answerId = () => randomBytes(16).toString('base64url');
const answer = () => ({ answerId: answerId(), feltListened: 'yes', knowWhatHappensNext: 'no', easyToTakePart: 'yes' });
const school_wifi = '192.0.2.44';
const people = (total: number) => ({ participants: { total, firstTime: 0, demographicsRecorded: 0, groups: {} } });

async function addActivity(id: string, overrides: Record<string, unknown> = {}, signatoryId = council): Promise<void> {
  const activity = newActivity(id, signatoryId, overrides) as unknown as Activity;
  await createRecord(store, activityKind, activity, 'test', today);
}

async function switchOn(activityId: string, body: Record<string, unknown> = {}): Promise<string> {
  const view = await switchActivityFeedback(deps, callers.councilEditor, { activityId, body: { on: true, ...body } });
  return view.feedback!.token;
}

const send = (token: string, address: string) =>
  answerFeedback(deps, callers.public, { token, body: answer(), address });

beforeAll(async () => {
  store = await createTestStore('feedback-guard');
  deps = {
    store,
    today: () => today,
    now: () => now,
    cursors: cursorSigner(randomBytes(32)),
    users: undefined as never,
    revocations: undefined as never,
  };
  for (const id of [council, school, forum])
    await createRecord(
      store,
      signatoryKind,
      { id, name: `Org ${id}`, sector: 'voluntary', signedOn: '2025-01-01' } as Signatory,
      'test',
      today,
    );
});

afterAll(async () => {
  await store?.drop();
});

describe('the rate limits', () => {
  it(`count a room of 100 on one address, and refuse a flood beyond ${answersPerAddress} with 429 and nothing written`, async () => {
    await addActivity('fb-room', people(1000));
    const token = await switchOn('fb-room');
    const room = await Promise.all(Array.from({ length: 100 }, () => send(token, school_wifi)));
    expect(room.every((r) => r.outcome === 'counted')).toBe(true);
    expect((await getFeedbackCounts(store, 'fb-room'))?.responses).toBe(100);

    // The same address floods on: up to its allowance is counted, the rest refused.
    const flood = await Promise.all(Array.from({ length: 150 }, () => send(token, school_wifi)));
    expect(flood.filter((r) => r.outcome === 'counted')).toHaveLength(answersPerAddress - 100);
    const refused = flood.filter((r) => r.outcome === 'too-many');
    expect(refused).toHaveLength(150 - (answersPerAddress - 100));
    expect(refusedStatus['too-many']).toBe(429);
    expect(refused[0]).toMatchObject({ retryAfterSeconds: expect.any(Number) });

    const before = await everyItem(store);
    const more = await Promise.all(Array.from({ length: 20 }, () => send(token, school_wifi)));
    expect(more.every((r) => r.outcome === 'too-many')).toBe(true);
    expect(await everyItem(store)).toEqual(before);
    expect((await getFeedbackCounts(store, 'fb-room'))?.responses).toBe(answersPerAddress);
    // Another address is not held back by the flood.
    expect((await send(token, '198.51.100.7')).outcome).toBe('counted');
  });

  it(`refuse more than ${answersPerLink} answers to one link from many addresses, before anything is read`, async () => {
    // A link that opens nothing costs no write, so the flood is quick to send; the counter is the link's all the same.
    const link = randomBytes(16).toString('base64url');
    const sent = await Promise.all(Array.from({ length: answersPerLink + 5 }, (_, i) => send(link, `203.0.113.${i}`)));
    expect(sent.filter((r) => r.outcome === 'unknown')).toHaveLength(answersPerLink);
    expect(sent.filter((r) => r.outcome === 'too-many')).toHaveLength(5);
  });
});

describe('the answers per minute', () => {
  it('are counted per minute only, and flag answers all within one minute', async () => {
    await addActivity('fb-timing', people(50));
    now = new Date('2026-05-04T09:30:00Z');
    const token = await switchOn('fb-timing');
    now = new Date('2026-05-04T10:00:10Z');
    for (let i = 0; i < 3; i += 1) await send(token, '192.0.2.50');
    now = new Date('2026-05-04T10:02:59Z');
    for (let i = 0; i < 2; i += 1) await send(token, '192.0.2.51');
    const timing = await readFeedbackTiming(deps, callers.admin, { activityId: 'fb-timing' });
    expect(timing).toEqual({
      minutes: [
        { minute: '2026-05-04T10:00', answers: 3 },
        { minute: '2026-05-04T10:02', answers: 2 },
      ],
      allInOneMinute: false,
      busiestMinute: { minute: '2026-05-04T10:00', answers: 3 },
      answers: 5,
    });
    // Nothing per answer: the item holds the counts per minute and no time of any answer.
    const item = (await everyItem(store)).find(
      (i) => i.includes('"activityId":"fb-timing"') && i.includes('perMinute_'),
    )!;
    expect(item).not.toContain('10:00:10');
    expect(item).not.toContain('10:02:59');

    await addActivity('fb-stuffed', people(50));
    const stuffed = await switchOn('fb-stuffed');
    for (let i = 0; i < 4; i += 1) await send(stuffed, '192.0.2.52');
    expect(await readFeedbackTiming(deps, callers.admin, { activityId: 'fb-stuffed' })).toMatchObject({
      allInOneMinute: true,
      answers: 4,
    });
    expect((await problemOf(readFeedbackTiming(deps, callers.reviewer, { activityId: 'fb-stuffed' }))).status).toBe(
      403,
    );
  });
});

describe('the board’s void', () => {
  it('zeroes the counts, refuses answers after it, shows its reason and is in the audit trail', async () => {
    await addActivity('fb-void', people(50));
    const token = await switchOn('fb-void');
    for (let i = 0; i < 6; i += 1) await send(token, '192.0.2.60');
    expect((await getFeedbackCounts(store, 'fb-void'))?.responses).toBe(6);

    const reason = 'Six answers in one minute from one address, after the activity had ended.';
    expect(
      (await problemOf(voidActivityFeedback(deps, callers.reviewer, { activityId: 'fb-void', body: { reason } })))
        .status,
    ).toBe(403);
    expect(
      (await problemOf(voidActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-void', body: { reason } })))
        .status,
    ).toBe(403);
    const empty = await problemOf(
      voidActivityFeedback(deps, callers.admin, { activityId: 'fb-void', body: { reason: '' } }),
    );
    expect(empty.errors?.map((e) => e.pointer)).toEqual(['/reason']);

    now = new Date('2026-05-04T11:00:00Z');
    const view = await voidActivityFeedback(deps, callers.admin, { activityId: 'fb-void', body: { reason } });
    expect(view.feedback?.voided).toEqual({ reason, at: '2026-05-04T11:00:00.000Z' });
    const counts = await getFeedbackCounts(store, 'fb-void');
    expect(counts?.responses).toBe(0);
    expect(counts?.answers.feltListened.yes).toBe(0);
    expect(counts?.answers.knowWhatHappensNext.no).toBe(0);
    // The editor's page shows the void and its reason.
    const editorView = await readActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-void' });
    expect(editorView.feedback?.voided?.reason).toBe(reason);
    // No answer counts after a void: the link says it has closed.
    expect((await send(token, '192.0.2.61')).outcome).toBe('closed');
    expect((await getFeedbackCounts(store, 'fb-void'))?.responses).toBe(0);
    expect(
      (await problemOf(voidActivityFeedback(deps, callers.admin, { activityId: 'fb-void', body: { reason } }))).status,
    ).toBe(409);

    const { items } = await readAuditTrail(deps, callers.admin, { entity: 'feedback', id: 'fb-void' });
    const voided = items.at(-1)!;
    expect(voided).toMatchObject({ action: 'update', by: 'user:demo-board-admin', at: '2026-05-04T11:00:00.000Z' });
    expect(voided.before).toMatchObject({ responses: 6 });
    expect(voided.after).toMatchObject({ responses: 0, voided: { reason, responses: 6, by: 'user:demo-board-admin' } });
  });
});

describe('switching a link on and off', () => {
  it('is recorded in the audit trail, with who, when and the settings before and after, never the token', async () => {
    await addActivity('fb-audit');
    now = new Date('2026-05-04T12:00:00Z');
    const token = await switchOn('fb-audit');
    now = new Date('2026-05-04T12:05:00Z');
    await switchActivityFeedback(deps, callers.reviewer, { activityId: 'fb-audit', body: { on: false } });
    const { items } = await readAuditTrail(deps, callers.admin, { entity: 'feedback', id: 'fb-audit' });
    expect(items.map((e) => [e.action, e.by, e.at])).toEqual([
      ['create', 'user:demo-council-editor', '2026-05-04T12:00:00.000Z'],
      ['update', 'user:demo-reviewer', '2026-05-04T12:05:00.000Z'],
    ]);
    expect(items[0]?.after).toMatchObject({ on: true, closesOn: '2026-05-16', form: 'standard' });
    expect(items[1]?.before).toMatchObject({ on: true });
    expect(items[1]?.after).toMatchObject({ on: false, updatedBy: 'user:demo-reviewer' });
    expect(JSON.stringify(items)).not.toContain(token);
  });
});

describe('the list of feedback links', () => {
  it('gives reviewers every signatory’s recent activities, editors their own, and the public nothing', async () => {
    await addActivity('fb-list-school', { title: 'School council', date: '2026-04-20' }, school);
    const reviewer = await listFeedbackActivities(deps, callers.reviewer, {});
    const ids = reviewer.items.map((a) => a.id);
    expect(ids).toContain('fb-list-school');
    expect(ids).toContain('fb-audit');
    expect(reviewer.items.find((a) => a.id === 'fb-list-school')).toEqual({
      id: 'fb-list-school',
      title: 'School council',
      date: '2026-04-20',
      signatoryId: school,
      organisation: `Org ${school}`,
      state: 'off',
    });
    expect(reviewer.items.find((a) => a.id === 'fb-void')?.feedback).toEqual({
      on: true,
      closesOn: '2026-05-16',
      voided: true,
    });
    const editor = await listFeedbackActivities(deps, callers.councilEditor, {});
    expect(editor.items.every((a) => a.signatoryId === council)).toBe(true);
    expect((await problemOf(listFeedbackActivities(deps, callers.public, {}))).status).toBe(401);
  });

  it('filters by organisation and by state, open, closed or off, for reviewers; editors only ever their own', async () => {
    await addActivity('fb-state-open', { date: '2026-05-01' }, school);
    await addActivity('fb-state-closed', { date: '2026-04-02' }, school);
    await addActivity('fb-state-off', { date: '2026-04-03' }, school);
    const asSchool = (activityId: string, body: Record<string, unknown>) =>
      switchActivityFeedback(deps, callers.schoolEditor, { activityId, body });
    await asSchool('fb-state-open', { on: true });
    await asSchool('fb-state-closed', { on: true, closesOn: '2026-04-20' });
    await asSchool('fb-state-off', { on: true });
    await asSchool('fb-state-off', { on: false });
    const ids = async (
      input: { signatoryId?: string; state?: 'open' | 'closed' | 'off' },
      caller: Principal = callers.reviewer,
    ) => (await listFeedbackActivities(deps, caller, input)).items.map((a) => `${a.id} ${a.state}`);
    expect(await ids({ signatoryId: school, state: 'open' })).toEqual(['fb-state-open open']);
    expect(await ids({ signatoryId: school, state: 'closed' })).toEqual(['fb-state-closed closed']);
    expect(await ids({ signatoryId: school, state: 'off' })).toEqual(['fb-list-school off', 'fb-state-off off']);
    // The board's void closes a link for good.
    expect(await ids({ signatoryId: council, state: 'closed' })).toContain('fb-void closed');
    expect((await ids({ state: 'open' })).every((line) => line.endsWith(' open'))).toBe(true);
    expect(await ids({ state: 'open' }, callers.schoolEditor)).toEqual(['fb-state-open open']);
    expect((await problemOf(listFeedbackActivities(deps, callers.schoolEditor, { signatoryId: council }))).status).toBe(
      403,
    );
    const bad = await problemOf(listFeedbackActivities(deps, callers.reviewer, { state: 'ajar' as never }));
    expect(bad.status).toBe(400);
    expect(bad.errors?.map((e) => e.pointer)).toEqual(['/state']);
  });

  it('comes a page at a time, each activity once, after a signed cursor bound to the filters', async () => {
    for (let i = 0; i < 7; i += 1) await addActivity(`fb-page-${i}`, { date: '2026-03-20', title: 'Same day' }, forum);
    const all = (await listFeedbackActivities(deps, callers.reviewer, { signatoryId: forum })).items.map((a) => a.id);
    expect(all).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `fb-page-${i}`));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listFeedbackActivities(deps, callers.reviewer, {
        signatoryId: forum,
        limit: 3,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);

    const first = await listFeedbackActivities(deps, callers.reviewer, { signatoryId: forum, limit: 3 });
    expect(first.nextCursor).toMatch(/\./);
    // The cursor says where the page ended by date and id alone, never by a title (free text, in the address).
    expect(Buffer.from(first.nextCursor!.split('.')[0]!, 'base64url').toString()).toBe(`["2026-03-20","${all[2]}"]`);
    // Followed for the same filters only: another organisation, another state, or a changed cursor is refused.
    for (const input of [
      { signatoryId: school, cursor: first.nextCursor },
      { signatoryId: forum, state: 'off' as const, cursor: first.nextCursor },
      { signatoryId: forum, cursor: `${first.nextCursor}x` },
      { signatoryId: forum, cursor: Buffer.from('["9999-12-31","x"]').toString('base64url') },
    ]) {
      const problem = await problemOf(listFeedbackActivities(deps, callers.reviewer, input));
      expect(problem.status).toBe(400);
      expect(problem.errors?.map((e) => [e.pointer, e.rule])).toEqual([['/cursor', 'invalidCursor']]);
    }
  });
});

describe('after the window closes', () => {
  it('the link shows the organisation, the day and the linked loops’ published texts, never the activity’s own unchecked texts', async () => {
    await addActivity('fb-after', {
      title: 'Visit to the Parker family',
      publicSummary: 'Ellis Parker told us about waiting times.',
      cy: { title: 'Ymweliad â theulu Parker', publicSummary: 'Dywedodd Ellis Parker wrthym.' },
    });
    const token = await switchOn('fb-after', { closesOn: '2026-05-10' });
    const published = { status: 'published', since: '2026-05-20T09:00:00Z', by: 'user:demo-board-admin' };
    const loops = [
      newLoop('loop-fb-done', council, {
        activityIds: ['fb-after'],
        raisedOn: '2026-05-02',
        weDid: 'We moved the sessions to evenings.',
        status: 'done',
        respondedOn: '2026-05-15',
        communicatedOn: '2026-05-18',
        outcome: 'service-change',
        cy: { youSaid: 'Sesiynau gyda’r nos os gwelwch yn dda', weDid: 'Symudwyd y sesiynau i’r nos.' },
        publication: published,
      }),
      newLoop('loop-fb-waiting', council, {
        activityIds: ['fb-after'],
        raisedOn: '2026-05-03',
        youSaid: 'Not checked yet',
      }),
      newLoop('loop-fb-other', council, { raisedOn: '2026-05-03', publication: published }),
    ];
    for (const loop of loops) await createRecord(store, loopKind, loop as unknown as FeedbackLoop, 'test', today);

    expect((await openFeedbackLink(deps, callers.public, { token })).state).toBe('open');
    today = new Date('2026-05-25T10:00:00Z');
    try {
      const link = await openFeedbackLink(deps, callers.public, { token });
      expect(link).toMatchObject({
        state: 'closed',
        closesOn: '2026-05-10',
        organisation: `Org ${council}`,
        activityDate: '2026-05-02',
      });
      // The activity's title and summary are free text nobody checks before it is public (decision 0402).
      expect(JSON.stringify(link)).not.toMatch(/Parker/);
      const outcome = link.state === 'closed' ? link.outcome : undefined;
      expect(Object.keys(outcome ?? {})).toEqual(['loops']);
      expect(outcome?.loops.map((l) => l.id)).toEqual(['loop-fb-waiting', 'loop-fb-done']);
      expect(outcome?.loops[1]).toMatchObject({
        youSaid: 'Evening sessions please',
        weDid: 'We moved the sessions to evenings.',
        status: 'done',
        communicatedOn: '2026-05-18',
        cy: { weDid: 'Symudwyd y sesiynau i’r nos.' },
      });
      // A loop whose texts wait to be checked shows that it exists, never what it says.
      expect(outcome?.loops[0]?.youSaid).toBeUndefined();
      expect(JSON.stringify(outcome)).not.toContain('Not checked yet');
    } finally {
      today = new Date('2026-05-04T10:00:00Z');
    }
  });
});
