/**
 * A small signatory quarter whose every figure was worked out by hand (see the
 * comments): three activities, five loops and four assessments. Tests of the
 * metric functions assert against these hand-computed numbers.
 */
import type { ActivityFacts } from '../metrics/activity-totals.ts';
import type { LoopFacts } from '../metrics/loop-totals.ts';
import type { AssessmentFacts } from '../metrics/principles.ts';
import type { PartnershipSettings, PopulationGroup, Principle } from '../records/charter.ts';

export const exampleActivities: ActivityFacts[] = [
  {
    audience: ['children', 'parents-carers'],
    channel: 'face-to-face-meeting',
    setting: 'community',
    stage: 'design',
    level: 'co-designing',
    lundy: { space: true, voice: true, audience: false, influence: true },
    principles: ['p-one', 'p-two'],
    participants: { total: 20, firstTime: 5, demographicsRecorded: 10, groups: { send: 4, fsm: 2 } },
    adjustments: ['interpreter'],
    experience: { responses: 10, feltListened: 8, knowWhatHappensNext: 5 },
  },
  {
    audience: ['young-people'],
    channel: 'online-survey',
    setting: 'online',
    stage: 'evaluation',
    level: 'consulting',
    lundy: { space: true, voice: true, audience: false, influence: false },
    principles: ['p-one'],
    participants: { total: 50, firstTime: 20, demographicsRecorded: 40, groups: { send: 2, fsm: 10, eal: 8 } },
    adjustments: [],
  },
  {
    audience: ['parents-carers'],
    channel: 'face-to-face-meeting',
    setting: 'organisation',
    stage: 'design',
    level: 'co-producing',
    lundy: { space: true, voice: true, audience: true, influence: true },
    principles: [],
    participants: { total: 30, firstTime: 0, demographicsRecorded: 0, groups: {} },
    adjustments: ['easy-read', 'childcare'],
    experience: { responses: 10, feltListened: 2, knowWhatHappensNext: 5 },
  },
];

/** Raised in Jan to Mar 2026. Days to close: 30, 40, 10, 20; one still open. */
export const exampleLoops: LoopFacts[] = [
  { raisedOn: '2026-01-10', communicatedOn: '2026-02-09', outcome: 'service-change', principles: ['p-three'] },
  { raisedOn: '2026-01-20', communicatedOn: '2026-03-01', outcome: 'none', principles: ['p-one'] },
  { raisedOn: '2026-02-01', principles: ['p-two'] },
  { raisedOn: '2026-03-15', communicatedOn: '2026-03-25', outcome: 'policy-change', principles: [] },
  { raisedOn: '2026-03-20', communicatedOn: '2026-04-09', principles: [] },
];

export const examplePrinciples: Principle[] = [
  { id: 'p-one', title: 'One', summary: '' },
  { id: 'p-two', title: 'Two', summary: '' },
  { id: 'p-three', title: 'Three', summary: '' },
  { id: 'p-four', title: 'Four', summary: '' },
];

export const exampleAssessments: AssessmentFacts[] = [
  {
    id: 'self-2025-q4',
    period: '2025-Q4',
    by: 'self',
    scores: [{ principleId: 'p-one', score: 1, narrative: '' }],
  },
  {
    id: 'self-2026-q1',
    period: '2026-Q1',
    by: 'self',
    scores: [
      { principleId: 'p-one', score: 3, narrative: '' },
      { principleId: 'p-two', score: 4, narrative: '' },
      { principleId: 'p-three', score: 2, narrative: '' },
      { principleId: 'p-four', score: 4, narrative: '' },
    ],
  },
  {
    id: 'reviewer-2026-q1',
    period: '2026-Q1',
    by: 'reviewer',
    scores: [
      { principleId: 'p-one', score: 3, narrative: '' },
      { principleId: 'p-two', score: 1, narrative: '' },
    ],
  },
  {
    id: 'self-2026-q2',
    period: '2026-Q2',
    by: 'self',
    scores: [{ principleId: 'p-three', score: 4, narrative: '' }],
  },
];

export const exampleGroups: PopulationGroup[] = [
  { id: 'send', label: 'SEND', marginalised: true },
  { id: 'fsm', label: 'Free school meals', marginalised: true },
  { id: 'eal', label: 'English as an additional language', marginalised: true },
  { id: 'care-experienced', label: 'Care-experienced', marginalised: true },
  { id: 'lgbtq', label: 'LGBTQ+', marginalised: true },
  { id: 'ethnicity-white', label: 'White', marginalised: false },
];

/** No share for `lgbtq`: its representation is undefined. */
export const exampleGroupShares: Record<string, number> = {
  send: 0.15,
  fsm: 0.16,
  eal: 0.25,
  'care-experienced': 0.02,
  'ethnicity-white': 0.6,
};

export const examplePopulation = { children: 20_000, 'young-people': 10_000, 'parents-carers': 50_000 };

export const exampleSettings: PartnershipSettings = {
  loopDueDays: 90,
  challengeDueDays: 28,
  underRepresented: 0.8,
  overRepresented: 1.25,
  disclosureThreshold: 10,
  publicRounding: 5,
  minRecordedShare: 0.5,
  minRateBase: 5,
  reviewersSeeExactFigures: false,
  editorsMayPublish: false,
  awardClosurePercent: 70,
  awardReviewerMean: 3,
  awardWindowMonths: 12,
  awardNeedsReviewerAssessment: true,
  publishWithinDays: 14,
  feedbackWindowDays: 14,
  feedbackOnByDefault: false,
  minFeedbackResponses: 5,
  evidenceMarking: 'OFFICIAL-SENSITIVE',
};
