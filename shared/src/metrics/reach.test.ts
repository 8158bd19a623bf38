import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectShare } from '../testing/assertions.ts';
import { activityFactsArb } from '../testing/arbitraries.ts';
import { exampleActivities, examplePopulation } from '../testing/worked-example.ts';
import { tallyActivities } from './activity-totals.ts';
import { reach } from './reach.ts';

describe('reach (worked example: three activities, 100 participations)', () => {
  const figures = reach(tallyActivities(exampleActivities), examplePopulation);

  it('counts activities, participations and the first-time share', () => {
    expect(figures.activities).toBe(3);
    expect(figures.participations).toBe(100);
    expect(figures.firstTime).toBe(25);
    expect(figures.firstTimeShare).toBe(0.25);
  });

  it('breaks activities and participations down, listing unused values as zero', () => {
    expect(figures.byChannel['face-to-face-meeting']).toEqual({ activities: 2, participations: 50 });
    expect(figures.byChannel['online-survey']).toEqual({ activities: 1, participations: 50 });
    expect(figures.byChannel.workshop).toEqual({ activities: 0, participations: 0 });
    expect(figures.bySetting).toEqual({
      community: { activities: 1, participations: 20 },
      organisation: { activities: 1, participations: 30 },
      online: { activities: 1, participations: 50 },
    });
    expect(figures.byStage.design).toEqual({ activities: 2, participations: 50 });
    expect(figures.byLevel['co-producing']).toEqual({ activities: 1, participations: 30 });
  });

  it('counts activities per stage and rung of the ladder, zeros included', () => {
    expect(figures.byStageAndLevel.design).toEqual({
      informing: 0,
      consulting: 0,
      engaging: 0,
      'co-designing': 1,
      'co-producing': 1,
    });
    expect(figures.byStageAndLevel.evaluation.consulting).toBe(1);
    expect(figures.byStageAndLevel.commissioning).toEqual({
      informing: 0,
      consulting: 0,
      engaging: 0,
      'co-designing': 0,
      'co-producing': 0,
    });
  });

  it('counts an activity with two audiences in each of them', () => {
    expect(figures.byAudience.children).toEqual({ activities: 1, participations: 20 });
    expect(figures.byAudience['parents-carers']).toEqual({ activities: 2, participations: 50 });
    expect(figures.byAudience['young-people']).toEqual({ activities: 1, participations: 50 });
  });

  it('counts distinct channels, outreach without online activities, and lifecycle coverage', () => {
    expect(figures.channelCount).toBe(2);
    // community 1 / (community 1 + organisation 1); the online survey is left out
    expect(figures.outreachShare).toBe(0.5);
    // co-designing and co-producing happened only at the design stage: 1 of 4 stages
    expect(figures.lifecycleCoverage).toBe(0.25);
  });

  it('gives participations per 1,000 of each audience in the baseline', () => {
    expect(figures.reachRate).toEqual({ children: 1, 'young-people': 5, 'parents-carers': 1 });
    expect(reach(tallyActivities(exampleActivities)).reachRate.children).toBeNull();
  });

  it('leaves shares undefined rather than zero when nothing happened', () => {
    const none = reach(tallyActivities([]));
    expect(none.firstTimeShare).toBeNull();
    expect(none.outreachShare).toBeNull();
    expect(none.lifecycleCoverage).toBe(0);
  });

  it('keeps every share within 0..1 for any activities', () => {
    fc.assert(
      fc.property(fc.array(activityFactsArb, { maxLength: 30 }), (activities) => {
        const r = reach(tallyActivities(activities));
        for (const share of [r.firstTimeShare, r.outreachShare, r.lifecycleCoverage]) {
          expectShare(share);
        }
      }),
    );
  });
});
