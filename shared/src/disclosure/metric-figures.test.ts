import { describe, expect, it } from 'vitest';
import { tallyActivities } from '../metrics/activity-totals.ts';
import { tallyLoops } from '../metrics/loop-totals.ts';
import { metricSet } from '../metrics/metric-set.ts';
import {
  exampleActivities,
  exampleGroupShares,
  exampleGroups,
  exampleLoops,
  examplePopulation,
  examplePrinciples,
  exampleSettings,
} from '../testing/worked-example.ts';
import { disclose, exactValues, suppressedMark } from './disclose.ts';
import type { Breakdown } from './figures.ts';
import { metricFigures } from './metric-figures.ts';

const context = {
  principles: examplePrinciples,
  groups: exampleGroups,
  settings: exampleSettings,
  baseline: { population: examplePopulation, groupShares: exampleGroupShares },
};
const activities = tallyActivities(exampleActivities);
const set = metricSet({ activities, loops: tallyLoops(exampleLoops), overdueLoops: 1, scores: {} }, context);

describe('metric figures (worked example)', () => {
  const breakdowns: Breakdown[] = [];
  const figures = metricFigures(set, activities, context, breakdowns);

  it('renders the exact figures for signed-in readers', () => {
    const exact = exactValues({ figures, breakdowns });
    expect(exact.reach.participations).toBe(100);
    expect(exact.reach.firstTimeShare).toBe(0.25);
    expect(exact.inclusion.groups.find((g) => g.groupId === 'send')?.participants).toBe(6);
    expect(exact.impact.overdueLoops).toBe(1);
  });

  it('publishes people counts and shares under disclosure control, and activities and loops exactly', () => {
    const open = disclose({ figures, breakdowns }, { threshold: 10, rounding: 5 });
    expect(open.reach.participations).toBe(100);
    expect(open.reach.activities).toBe(3);
    // the online survey's 50 and the face-to-face 50 are published; no channel is alone suppressed
    expect(open.reach.byChannel['online-survey'].participations).toBe(50);
    // 6 with SEND of 50 recorded: suppressed, and so are its share, representation and flag
    const send = open.inclusion.groups.find((g) => g.groupId === 'send')!;
    expect(send).toMatchObject({
      participants: '<10',
      participantShare: suppressedMark,
      representation: suppressedMark,
      flag: suppressedMark,
    });
    // 12 on free school meals is published as 10: 10 / 50 / 0.16 = 1.25, not over 1.25
    const fsm = open.inclusion.groups.find((g) => g.groupId === 'fsm')!;
    expect(fsm).toMatchObject({ participants: 10, participantShare: 0.2, representation: 1.25, flag: null });
    expect(open.inclusion.inclusionScore).toBe(suppressedMark);
    expect(open.impact).toMatchObject({
      loopsRaised: 5,
      medianDaysToClose: 25,
      experienceResponses: 20,
      feltListened: 0.5,
    });
  });
});
