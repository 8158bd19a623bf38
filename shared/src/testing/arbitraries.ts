/**
 * fast-check generators of valid records, shared by the property tests of the metrics,
 * the disclosure control and the rollups. Only test code imports this module.
 */
import fc from 'fast-check';
import type { Activity } from '../records/activity.ts';
import type { FeedbackLoop } from '../records/feedback-loop.ts';
import { adjustments, audiences, channels, levels, loopOutcomes, settings, stages } from '../records/vocabulary.ts';
import { addDays } from '../time/days.ts';

export const testGroupIds = ['send', 'ehcp', 'care-experienced', 'fsm', 'eal', 'ethnicity-white'] as const;
export const testPrincipleIds = ['p-one', 'p-two', 'p-three', 'p-four'] as const;

/** A date between `from` and `from + spanDays`. */
export function dateArb(from = '2025-01-01', spanDays = 730): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: spanDays }).map((d) => addDays(from, d));
}

export const participantsArb = fc
  .record({
    total: fc.integer({ min: 0, max: 300 }),
    first: fc.double({ min: 0, max: 1, noNaN: true }),
    recorded: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .chain(({ total, first, recorded }) => {
    const demographicsRecorded = Math.floor(total * recorded);
    return fc
      .dictionary(fc.constantFrom(...testGroupIds), fc.integer({ min: 0, max: demographicsRecorded }), { maxKeys: 4 })
      .map((groups) => ({ total, firstTime: Math.floor(total * first), demographicsRecorded, groups }));
  });

/** The facts of an activity, without ids and audit fields. */
export const activityFactsArb = fc.record({
  audience: fc.uniqueArray(fc.constantFrom(...audiences), { minLength: 1, maxLength: 3 }),
  channel: fc.constantFrom(...channels),
  setting: fc.constantFrom(...settings),
  stage: fc.constantFrom(...stages),
  level: fc.constantFrom(...levels),
  lundy: fc.record({ space: fc.boolean(), voice: fc.boolean(), audience: fc.boolean(), influence: fc.boolean() }),
  principles: fc.uniqueArray(fc.constantFrom(...testPrincipleIds), { maxLength: 3 }),
  participants: participantsArb,
  adjustments: fc.uniqueArray(fc.constantFrom(...adjustments), { maxLength: 2 }),
  experience: fc.option(
    fc.integer({ min: 0, max: 50 }).chain((responses) =>
      fc.record({
        responses: fc.constant(responses),
        feltListened: fc.integer({ min: 0, max: responses }),
        knowWhatHappensNext: fc.integer({ min: 0, max: responses }),
      }),
    ),
    { nil: undefined },
  ),
});

/** A complete activity record for signatory `signatoryId` dated within the window. */
export function activityArb(
  signatoryIds: readonly string[],
  from = '2025-01-01',
  spanDays = 730,
): fc.Arbitrary<Activity> {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{6}$/),
      signatoryId: fc.constantFrom(...signatoryIds),
      date: dateArb(from, spanDays),
      facts: activityFactsArb,
      version: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ id, signatoryId, date, facts, version }) => {
      const { experience, ...rest } = facts;
      return {
        id: `act-${id}`,
        signatoryId,
        date,
        title: 'Generated activity',
        publicSummary: '',
        internalNotes: '',
        ...rest,
        ...(experience ? { experience } : {}),
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        createdBy: 'test',
        updatedBy: 'test',
        version,
      };
    });
}

/** A feedback loop raised within the window, closed (or not) up to 200 days later. */
export function loopArb(
  signatoryIds: readonly string[],
  from = '2025-01-01',
  spanDays = 730,
): fc.Arbitrary<FeedbackLoop> {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{6}$/),
      signatoryId: fc.constantFrom(...signatoryIds),
      raisedOn: dateArb(from, spanDays),
      closeAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      outcome: fc.option(fc.constantFrom(...loopOutcomes), { nil: undefined }),
      principles: fc.uniqueArray(fc.constantFrom(...testPrincipleIds), { maxLength: 2 }),
    })
    .map(({ id, signatoryId, raisedOn, closeAfter, outcome, principles }) => ({
      id: `loop-${id}`,
      signatoryId,
      activityIds: [],
      raisedOn,
      youSaid: 'Generated point',
      weDid: '',
      status: closeAfter === undefined ? ('open' as const) : ('done' as const),
      ...(closeAfter === undefined ? {} : { communicatedOn: addDays(raisedOn, closeAfter) }),
      ...(outcome ? { outcome } : {}),
      principles,
      consentToPublish: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      createdBy: 'test',
      updatedBy: 'test',
      version: 1,
    }));
}
