/**
 * The outside user's attack on the public figures (docs/disclosure.md): ask every
 * public query form the API accepts, solve what the answers publish together, and
 * check against the exact figures that no small count of people (1 to k-1) is pinned
 * or narrowed below five values, and that least squares guesses few of them.
 * This file attacks small organisations whose every month holds a few small counts, and
 * families' feedback on them; public-differencing.test.ts, the demo partnership.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, feedbackChoices, monthOf, monthRange } from '@equal-partners/shared';
import { seededRandom } from '../local/demo/random.ts';
import { createApiFixture, demoToday, newActivity, type ApiFixture } from '../testing/api-fixture.ts';
import { attackOn, expectNothingLearnt } from '../testing/intruder/public-attack.ts';
import { countAnswer, createFeedback } from '../feedback/feedback-entity.ts';

const thisMonth = monthOf(demoToday.toISOString());

describe('the differencing attack on the public figures', () => {
  describe('on organisations with many small counts', () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await createApiFixture('differencing-small', { rateLimitPerMinute: 1_000_000 });
      await addSmallOrganisations(api);
    }, 600_000);
    afterAll(() => api.drop());

    it('pins no small count, narrows none below five values, and least squares guesses at most a third', async () => {
      expectNothingLearnt(await attackOn(api));
    }, 1_800_000);
  });
});

/** Three organisations whose every month holds a few small activities, as a small school's or group's would. */
async function addSmallOrganisations(api: ApiFixture) {
  const random = seededRandom(20261202);
  // Its own sequence, so the activities are the ones the attack was first run on.
  const answers = seededRandom(20261203);
  const organisations = [
    { id: 'little-hill-primary', sector: 'education' },
    { id: 'young-carers-group', sector: 'voluntary' },
    { id: 'rural-youth-forum', sector: 'youth-voice' },
  ];
  const channels = ['face-to-face-meeting', 'small-group', 'one-to-one', 'workshop', 'paper-survey'];
  const groups = ['send', 'ehcp', 'fsm', 'young-carers', 'eal'];
  for (const org of organisations) {
    const created = await api.call('admin', 'POST', '/api/v1/signatories', {
      body: { id: org.id, name: org.id.replaceAll('-', ' '), sector: org.sector, signedOn: '2024-01-10' },
    });
    expect(created.status).toBe(201);
    const items = [];
    for (const month of monthRange(addMonths(thisMonth, -23), addMonths(thisMonth, -1))) {
      for (let n = random.int(0, 2); n > 0; n -= 1) {
        const total = random.int(1, 7);
        const recorded = random.int(0, total);
        const groupCounts = Object.fromEntries(
          random.sample(groups, random.int(0, 3)).map((g) => [g, random.int(0, recorded)]),
        );
        const responses = random.int(0, total);
        items.push(
          newActivity(`${org.id}-${month}-${n}`, org.id, {
            date: `${month}-${String(random.int(1, 28)).padStart(2, '0')}`,
            channel: random.pick(channels),
            participants: {
              total,
              firstTime: random.int(0, total),
              demographicsRecorded: recorded,
              groups: groupCounts,
            },
            ...(responses > 0
              ? {
                  experience: {
                    responses,
                    feltListened: random.int(0, responses),
                    knowWhatHappensNext: random.int(0, responses),
                  },
                }
              : {}),
          }),
        );
      }
    }
    for (let i = 0; i < items.length; i += 100) {
      const response = await api.call('admin', 'POST', '/api/v1/activities:batch', {
        body: { items: items.slice(i, i + 100) },
      });
      expect(response.status).toBe(200);
    }
    await answerFeedback(api, items, answers);
  }
}

/**
 * Families' feedback on the small organisations' activities: everyone answers where five
 * or more took part (so the activity counts, docs/decisions/0111), a few answer elsewhere.
 */
async function answerFeedback(
  api: ApiFixture,
  items: ReturnType<typeof newActivity>[],
  random: ReturnType<typeof seededRandom>,
) {
  for (const item of items) {
    const total = item.participants.total;
    const count = total >= 5 ? total : random.int(0, total);
    if (count === 0) continue;
    const token = `t${item.id}`
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .padEnd(22, 'x')
      .slice(0, 64);
    await createFeedback(api.store, {
      activityId: item.id,
      signatoryId: item.signatoryId,
      token,
      on: true,
      closesOn: addDays(item.date, 14),
      form: 'standard',
      updatedAt: `${item.date}T09:00:00.000Z`,
      updatedBy: 'test',
    });
    for (let n = 0; n < count; n += 1) {
      await countAnswer(api.store, {
        activityId: item.id,
        token,
        today: item.date,
        at: `${item.date}T10:00:00.000Z`,
        cap: total,
        answerId: `${String(n).padStart(2, '0')}${item.id}`.padEnd(22, 'x').slice(0, 22),
        feltListened: random.pick(feedbackChoices),
        knowWhatHappensNext: random.pick(feedbackChoices),
        easyToTakePart: random.pick(feedbackChoices),
      });
    }
  }
}
