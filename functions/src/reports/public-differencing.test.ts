/**
 * The outside user's attack on the public figures (docs/disclosure.md): ask every
 * public query form the API accepts, solve what the answers publish together, and
 * check against the exact figures that no small count of people (1 to k-1) is pinned
 * or narrowed below five values, and that least squares guesses few of them.
 * This file attacks the demo partnership; public-differencing-small.test.ts, small organisations.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createApiFixture, type ApiFixture } from '../testing/api-fixture.ts';
import { attackOn, expectNothingLearnt } from '../testing/intruder/public-attack.ts';

describe('the differencing attack on the public figures', () => {
  describe('on the demo partnership', () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await createApiFixture('differencing-demo', { rateLimitPerMinute: 1_000_000 });
    }, 600_000);
    afterAll(() => api.drop());

    it('pins no small count, narrows none below five values, and least squares guesses at most a third', async () => {
      expectNothingLearnt(await attackOn(api));
    }, 1_800_000);
  });
});
