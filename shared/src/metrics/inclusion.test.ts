import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectShare } from '../testing/assertions.ts';
import { activityFactsArb, testGroupIds } from '../testing/arbitraries.ts';
import { exampleActivities, exampleGroupShares, exampleGroups, exampleSettings } from '../testing/worked-example.ts';
import { tallyActivities } from './activity-totals.ts';
import { inclusion, representation } from './inclusion.ts';

describe('inclusion (worked example: 50 of 100 participations with demographics)', () => {
  const figures = inclusion(tallyActivities(exampleActivities), exampleGroups, exampleGroupShares, exampleSettings);
  const group = (id: string) => figures.groups.find((g) => g.groupId === id)!;

  it('measures how many gave demographic information', () => {
    expect(figures.demographicsRecorded).toBe(50);
    expect(figures.recordedShare).toBe(0.5);
    expect(figures.reliable).toBe(true);
  });

  it('compares each group with its baseline share and flags under and over representation', () => {
    // send: 6 of 50 = 0.12 against 0.15 -> 0.8, exactly at the threshold, so not flagged
    expect(group('send')).toMatchObject({ participants: 6, participantShare: 0.12, baselineShare: 0.15, flag: null });
    expect(group('send').representation).toBeCloseTo(0.8, 10);
    // fsm: 12 of 50 = 0.24 against 0.16 -> 1.5, over 1.25
    expect(group('fsm').representation).toBeCloseTo(1.5, 10);
    expect(group('fsm').flag).toBe('over');
    // eal: 8 of 50 = 0.16 against 0.25 -> 0.64, under 0.8
    expect(group('eal').representation).toBeCloseTo(0.64, 10);
    expect(group('eal').flag).toBe('under');
    // nobody care-experienced took part: representation 0
    expect(group('care-experienced')).toMatchObject({ participants: 0, representation: 0, flag: 'under' });
  });

  it('leaves representation undefined for a group without a baseline share', () => {
    expect(group('lgbtq')).toMatchObject({ baselineShare: null, representation: null, flag: null });
  });

  it('scores inclusion over marginalised groups with a baseline, capping each at 1', () => {
    // (0.8 + min(1.5, 1) + 0.64 + 0) / 4 = 0.61; lgbtq has no baseline and white is not marginalised
    expect(figures.inclusionScore).toBeCloseTo(61, 10);
  });

  it('offers adjustments at two of three activities', () => {
    expect(figures.adjustmentRate).toBeCloseTo(2 / 3, 10);
  });

  it('counts the activities offering each adjustment, listing the others as zero', () => {
    expect(figures.byAdjustment).toMatchObject({ interpreter: 1, 'easy-read': 1, childcare: 1, bsl: 0 });
    expect(Object.values(figures.byAdjustment).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('marks the figures unreliable when too few gave demographics', () => {
    const strict = inclusion(tallyActivities(exampleActivities), exampleGroups, exampleGroupShares, {
      ...exampleSettings,
      minRecordedShare: 0.6,
    });
    expect(strict.reliable).toBe(false);
  });

  it('has no representation without a baseline, whatever the participants', () => {
    fc.assert(
      fc.property(
        fc.array(activityFactsArb, { maxLength: 20 }),
        fc.dictionary(
          fc.constantFrom(...testGroupIds),
          fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })),
        ),
        (activities, shares) => {
          const taxonomy = testGroupIds.map((id) => ({ id, label: id, marginalised: true }));
          const result = inclusion(tallyActivities(activities), taxonomy, shares, exampleSettings);
          for (const g of result.groups) {
            const baseline = shares[g.groupId];
            if (baseline === undefined || baseline === 0) expect(g.representation).toBeNull();
            else if (g.participantShare !== null)
              expect(g.representation).toBeCloseTo(g.participantShare / baseline, 9);
            if (g.participantShare !== null) {
              expect(g.participantShare).toBeGreaterThanOrEqual(0);
              expect(g.participantShare).toBeLessThanOrEqual(1);
            }
          }
          for (const share of [result.recordedShare, result.adjustmentRate]) {
            expectShare(share);
          }
          if (result.inclusionScore !== null) {
            expect(result.inclusionScore).toBeGreaterThanOrEqual(0);
            expect(result.inclusionScore).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });

  it('is undefined for a missing participant share', () => {
    expect(representation(null, 0.2)).toBeNull();
    expect(representation(0.1, undefined)).toBeNull();
    expect(representation(0.1, 0)).toBeNull();
  });
});
