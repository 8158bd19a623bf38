/**
 * Participant feedback, called as its queries with no HTTP: who may switch an activity's
 * link on, the window and its limits, and counting answers exactly once: never past the
 * activity's participants, never after the window, never through a bad token, and nothing
 * written when an answer is refused, however many arrive at once.
 */
import { randomBytes } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity, Partnership, Signatory } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityKind } from '../activities/activity-entity.ts';
import type { QueryDeps } from '../host.ts';
import { cursorSigner } from '../http/cursors.ts';
import { partnershipKind } from '../partnership/partnership-entity.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';
import { createRecord, getRecord, updateRecord } from '../table/index.ts';
import { primaryKey } from '../table/keys.ts';
import { council, forum, newActivity, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, everyItem, type TestStore } from '../testing/test-store.ts';
import { answerActivityMaxAgeMs } from './answer-activity.ts';
import { activityOfToken, feedbackKeys, getFeedbackCounts } from './feedback-entity.ts';
import {
  answerFeedback,
  openFeedbackLink,
  readActivityFeedback,
  switchActivityFeedback,
  type ActivityFeedback,
} from './feedback-queries.ts';

let store: TestStore;
let deps: QueryDeps;
/** The day the tests answer on: the activities below are on 2026-05-02. */
let today = new Date('2026-05-04T10:00:00Z');

const answerId = () => randomBytes(16).toString('base64url');
/** The address the answers come from (a documentation address). */
const address = '192.0.2.10';
const answer = (id = answerId(), overrides: Record<string, string> = {}) => ({
  answerId: id,
  feltListened: 'yes',
  knowWhatHappensNext: 'not-sure',
  easyToTakePart: 'no',
  ...overrides,
});

async function addActivity(id: string, overrides: Record<string, unknown> = {}): Promise<void> {
  await createRecord(store, activityKind, newActivity(id, council, overrides) as unknown as Activity, 'test', today);
}

/** Records, as the activity's editor would, that `total` people took part. */
async function recordParticipants(id: string, total: number): Promise<void> {
  const stored = await getRecord(store, activityKind, id);
  const participants = { total, firstTime: 0, demographicsRecorded: 0, groups: {} };
  await updateRecord(
    store,
    activityKind,
    id,
    { ...newActivity(id, council), participants } as unknown as Activity,
    stored!.version,
    'test',
    today,
  );
}

async function switchOn(activityId: string, body: Record<string, unknown> = {}): Promise<string> {
  const view = await switchActivityFeedback(deps, callers.councilEditor, { activityId, body: { on: true, ...body } });
  return view.feedback!.token;
}

beforeAll(async () => {
  store = await createTestStore('feedback');
  deps = {
    store,
    today: () => today,
    now: () => today,
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

describe('switching feedback on', () => {
  it('gives the activity a link whose token is 128 random bits and says nothing else', async () => {
    await addActivity('fb-link');
    const view = await switchActivityFeedback(deps, callers.councilEditor, {
      activityId: 'fb-link',
      body: { on: true },
    });
    expect(view.feedback).toMatchObject({ on: true, closesOn: '2026-05-16', form: 'standard' });
    expect(view.feedback!.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(view.feedback!.token).not.toContain('fb-link');
    expect(await activityOfToken(store, view.feedback!.token)).toBe('fb-link');
  });

  it('keeps the same link when switched off and on again, and the link opens nothing while off', async () => {
    await addActivity('fb-again');
    const token = await switchOn('fb-again');
    await switchActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-again', body: { on: false } });
    expect(await openFeedbackLink(deps, callers.public, { token })).toEqual({ state: 'unknown' });
    expect(await switchOn('fb-again', { form: 'young-children' })).toBe(token);
    expect(await openFeedbackLink(deps, callers.public, { token })).toMatchObject({
      state: 'open',
      form: 'young-children',
      organisation: `Org ${council}`,
    });
  });

  it('is for the activity’s own editors, reviewers and the board; commissioners and other editors may only look or not at all', async () => {
    await addActivity('fb-who');
    const body = { on: true, form: 'easy-read' };
    for (const caller of [callers.reviewer, callers.admin, callers.councilKey]) {
      const view = await switchActivityFeedback(deps, caller, { activityId: 'fb-who', body });
      expect(view.feedback?.form).toBe('easy-read');
    }
    expect(
      (await problemOf(switchActivityFeedback(deps, callers.schoolEditor, { activityId: 'fb-who', body }))).status,
    ).toBe(403);
    expect(
      (await problemOf(switchActivityFeedback(deps, callers.commissioner, { activityId: 'fb-who', body }))).status,
    ).toBe(403);
    expect((await problemOf(switchActivityFeedback(deps, callers.public, { activityId: 'fb-who', body }))).status).toBe(
      401,
    );
    const seen: ActivityFeedback = await readActivityFeedback(deps, callers.commissioner, { activityId: 'fb-who' });
    expect(seen.feedback?.on).toBe(true);
    expect(seen.activity).toEqual({
      id: 'fb-who',
      title: 'Parent drop-in at the library',
      signatoryId: council,
      date: '2026-05-02',
      participants: 20,
    });
    expect((await problemOf(readActivityFeedback(deps, callers.schoolEditor, { activityId: 'fb-who' }))).status).toBe(
      403,
    );
  });

  it('closes at most 60 days after the activity, never before it', async () => {
    await addActivity('fb-window');
    const at = (closesOn: string) =>
      problemOf(
        switchActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-window', body: { on: true, closesOn } }),
      );
    expect((await at('2026-07-02')).errors).toEqual([
      { pointer: '/closesOn', message: 'The closing date can be at most 60 days after the activity.' },
    ]);
    expect((await at('2026-05-01')).errors?.[0]?.pointer).toBe('/closesOn');
    expect((await at('2026-13-01')).status).toBe(400);
    expect(await readActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-window' })).not.toHaveProperty(
      'feedback',
    );
    expect((await switchOn('fb-window', { closesOn: '2026-07-01' })).length).toBe(22);
  });

  it('never reopens a closed window: a later closing date is refused with a rule, an earlier one or switching off is not', async () => {
    await addActivity('fb-reopen');
    const token = await switchOn('fb-reopen', { closesOn: '2026-05-03' });
    // Still open on the 3rd; from the 4th the window has closed and its answers may be in figures.
    today = new Date('2026-05-03T10:00:00Z');
    try {
      expect((await switchOn('fb-reopen', { closesOn: '2026-05-05' })).length).toBe(22);
      expect(await switchOn('fb-reopen', { closesOn: '2026-05-03' })).toBe(token);
    } finally {
      today = new Date('2026-05-04T10:00:00Z');
    }
    const before = await everyItem(store);
    for (const body of [{ closesOn: '2026-05-04' }, { closesOn: '2026-06-30' }]) {
      const problem = await problemOf(switchOn('fb-reopen', body));
      expect(problem).toMatchObject({
        status: 409,
        type: '/api/problems/conflict',
        rule: 'feedbackWindowClosed',
        values: { day: '2026-05-03' },
      });
      expect(problem.detail).toContain('A closed window cannot be reopened');
    }
    expect(await everyItem(store)).toEqual(before);
    expect((await openFeedbackLink(deps, callers.public, { token })).state).toBe('closed');
    // Sent without a closing date, a closed window keeps its own, so it can still be switched off or reworded.
    const off = await switchActivityFeedback(deps, callers.reviewer, {
      activityId: 'fb-reopen',
      body: { on: false, form: 'easy-read' },
    });
    expect(off.feedback).toMatchObject({ on: false, closesOn: '2026-05-03', form: 'easy-read' });
    const earlier = await switchActivityFeedback(deps, callers.councilEditor, {
      activityId: 'fb-reopen',
      body: { on: true, closesOn: '2026-05-02' },
    });
    expect(earlier.feedback?.closesOn).toBe('2026-05-02');
  });

  it('is on for every new activity when the board makes it the default, for the board’s number of days', async () => {
    await createRecord(
      store,
      partnershipKind,
      { settings: { feedbackOnByDefault: true, feedbackWindowDays: 21 } } as unknown as Partnership,
      'test',
      today,
    );
    await addActivity('fb-default');
    const view = await readActivityFeedback(deps, callers.councilEditor, { activityId: 'fb-default' });
    expect(view.feedback).toMatchObject({ on: true, closesOn: '2026-05-23', form: 'standard' });
    expect(await openFeedbackLink(deps, callers.public, { token: view.feedback!.token })).toMatchObject({
      state: 'open',
    });
  });
});

describe('an answer', () => {
  it('adds to the counts exactly once, however often the same form is sent', async () => {
    await addActivity('fb-once');
    const token = await switchOn('fb-once');
    const same = answer();
    for (let i = 0; i < 3; i += 1)
      expect(await answerFeedback(deps, callers.public, { token, body: same, address })).toEqual({
        outcome: 'counted',
      });
    await answerFeedback(deps, callers.public, { token, body: answer(answerId(), { feltListened: 'no' }), address });
    expect(await getFeedbackCounts(store, 'fb-once')).toEqual({
      responses: 2,
      answers: {
        feltListened: { yes: 1, 'not-sure': 0, no: 1 },
        knowWhatHappensNext: { yes: 0, 'not-sure': 2, no: 0 },
        easyToTakePart: { yes: 0, 'not-sure': 0, no: 2 },
      },
      idsCounted: 2,
    });
  });

  it('is refused with nothing written through a bad token, after the window, before it, past the cap, or incomplete', async () => {
    await addActivity('fb-refused', { participants: { total: 1, firstTime: 0, demographicsRecorded: 0, groups: {} } });
    const token = await switchOn('fb-refused', { closesOn: '2026-05-10' });
    expect(await answerFeedback(deps, callers.public, { token, body: answer(), address })).toEqual({
      outcome: 'counted',
    });
    const before = await everyItem(store);
    const refused = async (input: { token: string; body: unknown }, when = today) => {
      const was = today;
      today = when;
      try {
        return await answerFeedback(deps, callers.public, { ...input, address });
      } finally {
        today = was;
      }
    };
    expect((await refused({ token, body: answer() })).outcome).toBe('full');
    expect((await refused({ token: randomBytes(16).toString('base64url'), body: answer() })).outcome).toBe('unknown');
    expect((await refused({ token: 'not a token', body: answer() })).outcome).toBe('unknown');
    expect((await refused({ token, body: answer() }, new Date('2026-05-11T00:00:01Z'))).outcome).toBe('closed');
    expect((await refused({ token, body: answer() }, new Date('2026-05-01T23:59:59Z'))).outcome).toBe('not-open-yet');
    const incomplete = await refused({ token, body: { answerId: answerId(), feltListened: 'yes' } });
    expect(incomplete).toMatchObject({ outcome: 'invalid' });
    expect(incomplete.outcome === 'invalid' && incomplete.errors.map((e) => e.pointer)).toEqual([
      '/knowWhatHappensNext',
      '/easyToTakePart',
    ]);
    expect(await everyItem(store)).toEqual(before);
    expect((await getFeedbackCounts(store, 'fb-refused'))?.responses).toBe(1);
  });

  it('counts no more once everyone who took part has answered, even when more participants are recorded after', async () => {
    const five = { participants: { total: 5, firstTime: 0, demographicsRecorded: 0, groups: {} } };
    await addActivity('fb-final', five);
    const token = await switchOn('fb-final');
    for (let i = 0; i < 5; i += 1)
      expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('counted');
    // Final: the figures may show these five answers. Ten recorded later would let a few more be read off by difference.
    const stored = await getRecord(store, activityKind, 'fb-final');
    await updateRecord(
      store,
      activityKind,
      'fb-final',
      { ...newActivity('fb-final', council), participants: { ...five.participants, total: 10 } } as unknown as Activity,
      stored!.version,
      'test',
      today,
    );
    const before = await everyItem(store);
    expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('full');
    expect(await everyItem(store)).toEqual(before);
    expect((await getFeedbackCounts(store, 'fb-final'))?.responses).toBe(5);
  });

  it('counts again after more participants are recorded while not everyone has answered', async () => {
    const three = { participants: { total: 3, firstTime: 0, demographicsRecorded: 0, groups: {} } };
    await addActivity('fb-more', three);
    const token = await switchOn('fb-more');
    await answerFeedback(deps, callers.public, { token, body: answer(), address });
    await recordParticipants('fb-more', 6);
    for (let i = 0; i < 5; i += 1)
      expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('counted');
    expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('full');
    expect((await getFeedbackCounts(store, 'fb-more'))?.responses).toBe(6);
  });

  it('counts the first answer to a link switched on before its item started with the cap in force', async () => {
    await addActivity('fb-older', { participants: { total: 2, firstTime: 0, demographicsRecorded: 0, groups: {} } });
    const token = await switchOn('fb-older');
    // As items were written before they started with it: no `capCounted` until the first answer.
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(feedbackKeys({ activityId: 'fb-older' })),
        UpdateExpression: 'REMOVE capCounted',
      }),
    );
    for (let i = 0; i < 2; i += 1)
      expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('counted');
    expect((await answerFeedback(deps, callers.public, { token, body: answer(), address })).outcome).toBe('full');
    expect((await getFeedbackCounts(store, 'fb-older'))?.responses).toBe(2);
  });

  it(`checks answers against the activity as it was at most ${answerActivityMaxAgeMs / 1000} s before where its changes are delivered elsewhere, as in AWS`, async () => {
    const two = { participants: { total: 2, firstTime: 0, demographicsRecorded: 0, groups: {} } };
    await addActivity('fb-kept', two);
    const token = await switchOn('fb-kept');
    // The pages' own store in AWS: the same table, its changes delivered by the stream to another function.
    const elsewhere = { ...deps, store: { client: store.client, tableName: store.tableName } };
    const at = (ms: number) => ({ ...elsewhere, now: () => new Date(today.getTime() + ms) });
    const send = (ms: number) => answerFeedback(at(ms), callers.public, { token, body: answer(), address });
    expect((await send(0)).outcome).toBe('counted');
    // The editor records one participant fewer: the activity now has as many answers as people took part.
    await recordParticipants('fb-kept', 1);
    // Until the kept read is that old, an answer is checked against two participants; then against one.
    expect((await send(answerActivityMaxAgeMs - 1)).outcome).toBe('counted');
    expect((await getFeedbackCounts(store, 'fb-kept'))?.responses).toBe(2);
    await addActivity('fb-kept-2', two);
    const second = await switchOn('fb-kept-2');
    const sendSecond = (ms: number) =>
      answerFeedback(at(ms), callers.public, { token: second, body: answer(), address });
    expect((await sendSecond(0)).outcome).toBe('counted');
    await recordParticipants('fb-kept-2', 1);
    expect((await sendSecond(answerActivityMaxAgeMs)).outcome).toBe('full');
    expect((await getFeedbackCounts(store, 'fb-kept-2'))?.responses).toBe(1);
  });

  it('counts exactly up to the cap when 200 people answer at once for 150 participants, and retries count once', async () => {
    await addActivity('fb-rush', { participants: { total: 150, firstTime: 0, demographicsRecorded: 0, groups: {} } });
    const token = await switchOn('fb-rush');
    const answers = Array.from({ length: 200 }, () => answer());
    // The first 40 answers are each sent three times at once, as a phone on a poor connection would retry.
    const sent = [...answers, ...answers.slice(0, 40), ...answers.slice(0, 40)];
    // From many addresses, as on a conference's mobile networks.
    const results = await Promise.all(
      sent.map((body, i) => answerFeedback(deps, callers.public, { token, body, address: `198.51.100.${i % 200}` })),
    );
    const counts = await getFeedbackCounts(store, 'fb-rush');
    expect(counts?.responses).toBe(150);
    expect(counts?.idsCounted).toBe(150);
    expect(counts?.answers.feltListened.yes).toBe(150);
    // Every answer that was counted is thanked on each sending; the others are told the activity is full.
    const thanked = new Set(sent.filter((_, i) => results[i]?.outcome === 'counted').map((body) => body.answerId));
    expect(thanked.size).toBe(150);
    expect(results.filter((r) => r.outcome === 'full').length).toBe(
      sent.filter((body) => !thanked.has(body.answerId)).length,
    );
  });
});
