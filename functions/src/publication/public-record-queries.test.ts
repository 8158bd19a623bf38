/**
 * The public log and challenges of a signatory, read directly with no HTTP: anyone may,
 * and gets a text only once it is published. The routes' own behaviour is tested over
 * HTTP in ./public-records.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeQueries } from '../challenges/challenge-queries.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import { council, demoToday, forum, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { publicChallengesOf, publicLoopsOf } from './public-record-queries.ts';
import { publishTexts } from './publication-queries.ts';

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
beforeAll(async () => {
  store = await createTestStore('public-record-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday };
});
afterAll(() => store.drop());

describe("a signatory's public log", () => {
  it('shows a loop’s texts to anyone only once they are published, newest first', async () => {
    const secret = 'Zebediah from the Crescent';
    await loopQueries.create(deps, callers.councilEditor, {
      body: newLoop('qpublic-1', council, { raisedOn: '2026-05-10', youSaid: `${secret} asked for evenings` }),
    });
    const before = await publicLoopsOf(deps, callers.public, { signatoryId: council });
    const waiting = before.items.find((loop) => loop.id === 'qpublic-1');
    expect(waiting).toMatchObject({ publication: { status: 'waiting' } });
    expect(waiting).not.toHaveProperty('youSaid');
    expect(JSON.stringify(before)).not.toContain(secret);
    const dates = before.items.map((loop) => loop.raisedOn);
    expect(dates).toEqual([...dates].sort().reverse());

    await publishTexts(deps, callers.admin, { kind: 'loop', id: 'qpublic-1', status: 'published', expectedVersion: 1 });
    const after = await publicLoopsOf(deps, callers.councilEditor, { signatoryId: council });
    const published = after.items.find((loop) => loop.id === 'qpublic-1');
    expect(published).toMatchObject({
      youSaid: `${secret} asked for evenings`,
      publication: { status: 'published' },
    });
    expect(published).not.toHaveProperty('createdBy');
  });

  it('never shows the Welsh of a text that is not published, and shows it with its English once it is', async () => {
    const welsh = { youSaid: 'Gofynnodd Gwenllian am sesiynau gyda’r nos', publicStory: 'Stori heb ganiatâd' };
    await loopQueries.create(deps, callers.councilEditor, {
      body: newLoop('qpublic-welsh', council, {
        raisedOn: '2026-05-11',
        youSaid: 'Asked for evenings',
        publicStory: 'A story without consent',
        consentToPublish: false,
        cy: welsh,
      }),
    });
    const find = async () =>
      (await publicLoopsOf(deps, callers.public, { signatoryId: council })).items.find((l) => l.id === 'qpublic-welsh');
    const waiting = await find();
    expect(waiting).toMatchObject({ publication: { status: 'waiting' } });
    expect(waiting).not.toHaveProperty('cy');
    expect(JSON.stringify(await publicLoopsOf(deps, callers.public, { signatoryId: council }))).not.toContain(
      'Gwenllian',
    );

    await publishTexts(deps, callers.admin, {
      kind: 'loop',
      id: 'qpublic-welsh',
      status: 'published',
      expectedVersion: 1,
    });
    // The story has no consent to publish: neither its English nor its Welsh is shown.
    expect(await find()).toMatchObject({ youSaid: 'Asked for evenings', cy: { youSaid: welsh.youSaid } });
    expect((await find())?.cy).not.toHaveProperty('publicStory');
    expect(await find()).not.toHaveProperty('publicStory');
  });

  it('is 404 for a signatory that does not exist, and 400 for an id that cannot be one', async () => {
    expect(await problemOf(publicLoopsOf(deps, callers.public, { signatoryId: 'nobody' }))).toMatchObject({
      status: 404,
    });
    expect(await problemOf(publicChallengesOf(deps, callers.public, { signatoryId: 'x'.repeat(65) }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/signatoryId' }],
    });
  });
});

describe("a signatory's public challenges", () => {
  it('are those answered or overdue on the day asked about, not those still within their time', async () => {
    const challenge = (id: string, raisedOn: string) => ({
      id,
      signatoryId: council,
      reviewerId: forum,
      raisedOn,
      text: `Challenge ${id}`,
      principles: [],
    });
    await challengeQueries.create(deps, callers.reviewer, { body: challenge('qpublic-ignored', '2026-04-01') });
    await challengeQueries.create(deps, callers.reviewer, { body: challenge('qpublic-recent', '2026-05-10') });
    const { items } = await publicChallengesOf(deps, callers.public, { signatoryId: council });
    const ids = items.map((c) => c.id);
    expect(ids).toContain('qpublic-ignored');
    expect(ids).not.toContain('qpublic-recent');
    expect(items.find((c) => c.id === 'qpublic-ignored')).toMatchObject({ overdue: true });
    expect(items.find((c) => c.id === 'qpublic-ignored')).not.toHaveProperty('text');

    // A month on, the recent one is overdue too.
    const later = { ...deps, today: () => new Date('2026-06-30T12:00:00Z') };
    const { items: then } = await publicChallengesOf(later, callers.public, { signatoryId: council });
    expect(then.map((c) => c.id)).toContain('qpublic-recent');
  });

  it('show the Welsh of a challenge and its answer only once published, and of an answer only once given', async () => {
    await challengeQueries.create(deps, callers.reviewer, {
      body: {
        id: 'qpublic-welsh-challenge',
        signatoryId: council,
        reviewerId: forum,
        raisedOn: '2026-03-01',
        text: 'Why were families not asked?',
        principles: [],
        cy: { text: 'Pam na ofynnwyd i deuluoedd?' },
      },
    });
    const find = async () =>
      (await publicChallengesOf(deps, callers.public, { signatoryId: council })).items.find(
        (c) => c.id === 'qpublic-welsh-challenge',
      );
    expect(await find()).toMatchObject({ overdue: true, publication: { status: 'waiting' } });
    expect(await find()).not.toHaveProperty('cy');
    await publishTexts(deps, callers.admin, {
      kind: 'challenge',
      id: 'qpublic-welsh-challenge',
      status: 'published',
      expectedVersion: 1,
    });
    expect((await find())?.cy).toEqual({ text: 'Pam na ofynnwyd i deuluoedd?' });
  });
});
