/**
 * The demo partnership: fictional organisations and people with two years of
 * engagement, loops and assessments. Deterministic for a given "today", and varied
 * on purpose so every dashboard state shows up: under-represented groups, overdue
 * loops, a school that has earned charter status, a reviewer who disagrees.
 */
import {
  type Activity,
  addMonths,
  adjustments as allAdjustments,
  type Assessment,
  type Audience,
  type Challenge,
  type Channel,
  defaultGroups,
  defaultSettings,
  type FeedbackLoop,
  type levels,
  localVoicesCharter,
  type LoopOutcome,
  monthOf,
  type Partnership,
  type PopulationBaseline,
  type Role,
  type Sector,
  type Signatory,
  stages,
  type StoredFields,
} from '@equal-partners/shared';
import { seededRandom, type Random } from './random.ts';

export const demoLabel = 'Demo data: fictional organisations and people';
const demoUser = 'demo-seed';

interface Profile {
  id: string;
  name: string;
  sector: Sector;
  signedOn: string;
  /** Activities per month on average. */
  pace: number;
  audiences: Audience[];
  channels: Partial<Record<Channel, number>>;
  /** How well marginalised groups are reached relative to the population (1 = in proportion). */
  inclusion: number;
  /** Chance a loop is closed once it is old enough. */
  closing: number;
  /** How high the organisation rates itself, and how much the reviewer agrees (1 = fully). */
  selfScore: number;
  reviewerAgreement: number;
  charterStatus: Signatory['charterStatus'];
  /** For an award: how many months before today the board made it (over 12, and it has lapsed). */
  awardedMonthsAgo?: number;
}

const youth: Audience[] = ['children', 'young-people'];
const familiesAudience: Audience[] = ['parents-carers', 'families'];

const profiles: Profile[] = [
  {
    id: 'demo-city-council-childrens-services',
    name: "Demo City Council Children's Services",
    sector: 'local-authority',
    signedOn: '2023-06-12',
    pace: 5,
    audiences: [...youth, ...familiesAudience],
    channels: {
      'face-to-face-meeting': 3,
      'online-survey': 3,
      'large-community-event': 1,
      'small-group': 2,
      'virtual-meeting': 2,
      'social-media': 1,
    },
    inclusion: 0.85,
    closing: 0.7,
    selfScore: 3.2,
    reviewerAgreement: 0.7,
    charterStatus: 'signed',
  },
  {
    id: 'demo-city-hospitals-nhs-trust',
    name: 'Demo City Hospitals NHS Trust',
    sector: 'health',
    signedOn: '2023-06-12',
    pace: 3,
    audiences: ['young-people', 'parents-carers'],
    channels: { 'online-survey': 4, 'paper-survey': 2, 'virtual-meeting': 1, 'face-to-face-meeting': 1 },
    inclusion: 0.45,
    closing: 0.35,
    selfScore: 3.3,
    reviewerAgreement: 0.55,
    charterStatus: 'signed',
  },
  {
    id: 'demo-city-integrated-care-board',
    name: 'Demo City Integrated Care Board',
    sector: 'health',
    signedOn: '2023-09-01',
    pace: 2,
    audiences: ['parents-carers', 'professionals'],
    channels: { 'virtual-meeting': 3, 'online-survey': 2, workshop: 1 },
    inclusion: 0.55,
    closing: 0.3,
    selfScore: 2.6,
    reviewerAgreement: 0.8,
    charterStatus: 'signed',
  },
  {
    id: 'demo-city-voluntary-sector-council',
    name: 'Demo City Voluntary Sector Council',
    sector: 'voluntary',
    signedOn: '2023-06-12',
    pace: 3,
    audiences: ['families', 'parents-carers', 'young-people'],
    channels: { 'small-group': 3, 'face-to-face-meeting': 2, workshop: 2, 'large-community-event': 1 },
    inclusion: 1.15,
    closing: 0.8,
    selfScore: 3,
    reviewerAgreement: 0.95,
    charterStatus: 'working-towards',
  },
  {
    id: 'oakfield-special-school',
    name: 'Oakfield Special School',
    sector: 'education',
    signedOn: '2023-11-20',
    pace: 2.5,
    audiences: ['children', 'parents-carers'],
    channels: { 'face-to-face-meeting': 2, 'youth-voice-group': 2, 'one-to-one': 1, workshop: 1, 'paper-survey': 1 },
    inclusion: 1.3,
    closing: 0.97,
    selfScore: 3.5,
    reviewerAgreement: 1,
    charterStatus: 'working-towards',
  },
  {
    id: 'riverside-primary-school',
    name: 'Riverside Primary School',
    sector: 'education',
    signedOn: '2024-01-15',
    pace: 1.5,
    audiences: ['children', 'parents-carers'],
    channels: { 'paper-survey': 2, 'face-to-face-meeting': 2, 'youth-voice-group': 1 },
    inclusion: 0.9,
    closing: 0.75,
    selfScore: 2.8,
    reviewerAgreement: 0.9,
    charterStatus: 'signed',
  },
  {
    id: 'hillcrest-academy',
    name: 'Hillcrest Academy',
    sector: 'education',
    signedOn: '2024-02-05',
    pace: 1.5,
    audiences: ['young-people', 'parents-carers'],
    channels: { 'online-survey': 3, 'youth-voice-group': 2, 'social-media': 1 },
    inclusion: 0.6,
    closing: 0.55,
    selfScore: 3,
    reviewerAgreement: 0.7,
    charterStatus: 'signed',
  },
  {
    id: 'northgate-high-school',
    name: 'Northgate High School',
    sector: 'education',
    signedOn: '2024-03-11',
    pace: 1.2,
    audiences: ['young-people'],
    channels: { 'youth-voice-group': 3, 'online-survey': 2 },
    inclusion: 0.75,
    closing: 0.6,
    selfScore: 2.5,
    reviewerAgreement: 0.85,
    charterStatus: 'signed',
  },
  {
    id: 'meadowbank-primary-school',
    name: 'Meadowbank Primary School',
    sector: 'education',
    signedOn: '2024-04-22',
    pace: 1,
    audiences: ['children', 'families'],
    channels: { 'face-to-face-meeting': 2, 'large-community-event': 1, 'paper-survey': 2 },
    inclusion: 1,
    closing: 0.65,
    selfScore: 2.4,
    reviewerAgreement: 0.9,
    charterStatus: 'awarded',
    awardedMonthsAgo: 14,
  },
  {
    id: 'demo-city-youth-council',
    name: 'Demo City Youth Council',
    sector: 'youth-voice',
    signedOn: '2023-06-12',
    pace: 2,
    audiences: ['young-people'],
    channels: { 'youth-voice-group': 4, workshop: 2, 'social-media': 1 },
    inclusion: 1,
    closing: 0.8,
    selfScore: 3,
    reviewerAgreement: 0.9,
    charterStatus: 'signed',
  },
  {
    id: 'demo-city-children-in-care-council',
    name: 'Demo City Children in Care Council',
    sector: 'youth-voice',
    signedOn: '2023-06-12',
    pace: 1.2,
    audiences: ['children', 'young-people'],
    channels: { 'youth-voice-group': 3, 'one-to-one': 1, workshop: 1 },
    inclusion: 1.2,
    closing: 0.75,
    selfScore: 2.8,
    reviewerAgreement: 0.9,
    charterStatus: 'signed',
  },
  {
    id: 'demo-city-parent-carer-forum',
    name: 'Demo City Parent Carer Forum',
    sector: 'parent-carer-forum',
    signedOn: '2023-06-12',
    pace: 2,
    audiences: ['parents-carers', 'families'],
    channels: { 'face-to-face-meeting': 2, 'small-group': 2, 'online-survey': 1, 'virtual-meeting': 1 },
    inclusion: 1.1,
    closing: 0.85,
    selfScore: 3,
    reviewerAgreement: 1,
    charterStatus: 'awarded',
    awardedMonthsAgo: 5,
  },
];

/** The signatory that reviews the others. */
export const reviewerSignatoryId = 'demo-city-parent-carer-forum';

/** Each group's share of the population served, shaped on published national figures. */
const groupShares: Record<string, number> = {
  send: 0.142,
  ehcp: 0.053,
  'care-experienced': 0.012,
  'young-carers': 0.04,
  fsm: 0.246,
  eal: 0.2,
  'disabled-parent-carer': 0.08,
  'ethnicity-asian': 0.18,
  'ethnicity-black': 0.08,
  'ethnicity-mixed': 0.06,
  'ethnicity-white': 0.64,
  'ethnicity-other': 0.04,
  lgbtq: 0.07,
  'age-0-4': 0.2,
  'age-5-10': 0.26,
  'age-11-15': 0.22,
  'age-16-18': 0.13,
  'age-19-25': 0.19,
};

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  signatoryId?: string;
}

export const demoUsers: DemoUser[] = [
  { id: 'demo-board-admin', email: 'board.admin@demo.example', name: 'Bea Admin (demo)', role: 'board-admin' },
  {
    id: 'demo-council-editor',
    email: 'council.editor@demo.example',
    name: 'Cal Editor (demo)',
    role: 'signatory-editor',
    signatoryId: 'demo-city-council-childrens-services',
  },
  {
    id: 'demo-school-editor',
    email: 'oakfield.editor@demo.example',
    name: 'Sol Editor (demo)',
    role: 'signatory-editor',
    signatoryId: 'oakfield-special-school',
  },
  {
    id: 'demo-reviewer',
    email: 'forum.reviewer@demo.example',
    name: 'Rae Reviewer (demo)',
    role: 'reviewer',
    signatoryId: reviewerSignatoryId,
  },
  // An ICB or council commissioning officer: every exact figure, no organisation, changes nothing.
  {
    id: 'demo-commissioner',
    email: 'commissioner@demo.example',
    name: 'Cam Commissioner (demo)',
    role: 'commissioner',
  },
];

export interface DemoPartnership {
  partnership: Partnership & StoredFields;
  baseline: PopulationBaseline;
  signatories: Signatory[];
  activities: Activity[];
  loops: FeedbackLoop[];
  assessments: Assessment[];
  challenges: Challenge[];
  users: DemoUser[];
}

const youSaid = [
  'Meetings are always in the day when we are at work',
  'We never hear what happened to our survey answers',
  'Letters are hard to read and full of jargon',
  'Young people want a say in who gets hired',
  'The waiting room is too loud for autistic children',
  'Parents who do not speak English are left out',
  'Travel to the centre costs too much',
  'We want to help choose the new short breaks provider',
  'Transition to secondary school needs more support',
  'Online forms do not work on a phone',
];
const weDid = [
  'Moved half the sessions to evenings and Saturdays',
  'Now publish a "you said, we did" summary after every survey',
  'Rewrote the letters with parents and added an easy-read version',
  'Young people now sit on every interview panel',
  'Set up a quiet waiting area and a text-when-ready system',
  'Booked interpreters for every drop-in and translated the leaflets',
  'Pay travel costs on the day',
  'Parents scored the tenders alongside commissioners',
  'Added a transition day co-designed with Year 6 pupils',
  'Rebuilt the forms and tested them with parents on phones',
];
const outcomes: LoopOutcome[] = [
  'service-change',
  'policy-change',
  'commissioning-decision',
  'resource-allocation',
  'information-improved',
  'none',
];

/** Case studies for loops that closed with a change (demo); see `publishStories`. */
const stories = [
  'A dad who works shifts said evening sessions were the first he could come to. He now co-chairs the group (demo).',
  'A young person on the interview panel asked the question that decided the appointment (demo).',
  'A parent who speaks Polish came to her first forum with an interpreter and now helps translate our leaflets (demo).',
  'Year 6 pupils planned the transition day and ran the tour themselves (demo).',
];

/**
 * Gives each signatory's latest three loops that closed with a change a story: the two
 * latest with consent to publish, the third without, so the public pages show stories
 * and a story kept back.
 */
function publishStories(loops: FeedbackLoop[]): void {
  const told = new Map<string, number>();
  for (const loop of [...loops].reverse()) {
    if (loop.status !== 'done' || !loop.outcome || loop.outcome === 'none') continue;
    const count = told.get(loop.signatoryId) ?? 0;
    if (count === 3) continue;
    told.set(loop.signatoryId, count + 1);
    loop.publicStory = stories[(count + loop.signatoryId.length) % stories.length]!;
    loop.consentToPublish = count < 2;
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

function daysInMonth(month: string): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon, 0)).getUTCDate();
}

function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Builds the demo partnership as of `today`: 24 months of history ending today. */
export function demoPartnership(today: Date): DemoPartnership {
  const random = seededRandom(20230612);
  const todayDay = isoDay(today);
  const stamp = `${todayDay}T00:00:00.000Z`;
  const stored = { createdAt: stamp, updatedAt: stamp, createdBy: demoUser, updatedBy: demoUser, version: 1 };
  // The demo's texts are fictional and were checked when written: published, so the public pages show them.
  // Anything recorded after loading waits to be checked (docs/decisions/0402).
  const published = { publication: { status: 'published' as const, since: stamp, by: demoUser } };
  const lastMonth = monthOf(todayDay);
  const firstMonth = addMonths(lastMonth, -23);
  const principleIds = localVoicesCharter.principles.map((p) => p.id);

  const signatories: Signatory[] = profiles.map((p) => ({
    id: p.id,
    name: p.name,
    sector: p.sector,
    signedOn: p.signedOn,
    charterStatus: p.charterStatus,
    ...(p.awardedMonthsAgo === undefined ? {} : { awardedOn: `${addMonths(lastMonth, -p.awardedMonthsAgo)}-10` }),
    contact: `${p.id.split('-')[0]}@demo.example`,
    active: true,
    ...stored,
  }));

  const activities: Activity[] = [];
  const loops: FeedbackLoop[] = [];
  for (const profile of profiles) {
    let sequence = 0;
    for (let month = firstMonth; month <= lastMonth; month = addMonths(month, 1)) {
      const count = Math.max(0, Math.round(profile.pace + (random.next() - 0.5) * profile.pace));
      const lastDay = month === lastMonth ? Number(todayDay.slice(8, 10)) : daysInMonth(month);
      for (let i = 0; i < count; i += 1) {
        sequence += 1;
        const activity = demoActivity(
          random,
          profile,
          `${month}-${String(random.int(1, lastDay)).padStart(2, '0')}`,
          sequence,
          principleIds,
        );
        activities.push({ ...activity, ...stored });
        if (random.chance(0.4))
          loops.push({ ...demoLoop(random, profile, activity, todayDay), ...stored, ...published });
      }
    }
  }

  publishStories(loops);

  const assessments: Assessment[] = [];
  for (const profile of profiles) {
    for (let q = 7; q >= 0; q -= 1) {
      const period = quarterOf(`${addMonths(lastMonth, -3 * q - 3)}-01`);
      const selfScores = principleIds.map((principleId) => ({
        principleId,
        score: clampScore(profile.selfScore + (random.next() - 0.5) * 1.5 + (7 - q) * 0.05),
        narrative: 'Self-assessment narrative (demo).',
      }));
      assessments.push({
        id: `${profile.id}-${period}-self`,
        signatoryId: profile.id,
        period,
        by: 'self',
        scores: selfScores,
        ...stored,
      });
      if (profile.id !== reviewerSignatoryId && q % 2 === 0) {
        assessments.push({
          id: `${profile.id}-${period}-reviewer`,
          signatoryId: profile.id,
          period,
          by: 'reviewer',
          reviewerId: reviewerSignatoryId,
          scores: selfScores.map((s) => ({
            principleId: s.principleId,
            score: clampScore(s.score * profile.reviewerAgreement + (random.next() - 0.5) * 0.6),
            narrative: 'Reviewer narrative from the parent carer forum (demo).',
          })),
          ...stored,
        });
      }
    }
  }

  return {
    partnership: {
      name: 'Demo City Children and Families Together Board',
      area: 'Demo City (fictional)',
      charter: localVoicesCharter,
      groups: defaultGroups,
      settings: { ...defaultSettings, publicContact: 'participation@demo-city.example' },
      ...stored,
    },
    baseline: {
      year: Number(todayDay.slice(0, 4)),
      source: 'Demo baseline shaped on national figures (fictional area)',
      population: { children: 52000, 'young-people': 31000, 'parents-carers': 61000 },
      groupShares,
      ...stored,
    },
    signatories,
    activities,
    loops,
    assessments,
    challenges: demoChallenges(todayDay).map((c) => ({ ...c, ...stored, ...published })),
    users: demoUsers,
  };
}

function clampScore(score: number): number {
  return Math.min(4, Math.max(1, Math.round(score)));
}

function demoActivity(random: Random, profile: Profile, date: string, sequence: number, principleIds: string[]) {
  const channel = random.weighted(profile.channels as Record<Channel, number>);
  const online = channel === 'online-survey' || channel === 'virtual-meeting' || channel === 'social-media';
  const large = channel === 'large-community-event';
  const total = large ? random.int(60, 250) : channel.includes('survey') ? random.int(25, 180) : random.int(4, 30);
  const recordedShare = profile.inclusion < 0.6 ? 0.3 + random.next() * 0.35 : 0.55 + random.next() * 0.4;
  const demographicsRecorded = Math.round(total * recordedShare);
  const groups: Record<string, number> = {};
  for (const group of defaultGroups) {
    const share = groupShares[group.id] ?? 0;
    const bias = group.marginalised ? profile.inclusion : 1;
    const n = Math.round(demographicsRecorded * share * bias * (0.6 + random.next() * 0.8));
    if (n > 0) groups[group.id] = Math.min(n, demographicsRecorded);
  }
  const level = random.weighted({
    informing: 2,
    consulting: 4,
    engaging: 3,
    'co-designing': 1 + profile.closing * 2,
    'co-producing': profile.closing * 2,
  } satisfies Record<(typeof levels)[number], number>);
  const setting = online
    ? 'online'
    : random.chance(profile.inclusion > 0.9 ? 0.65 : 0.3)
      ? 'community'
      : 'organisation';
  const withExperience = random.chance(0.5);
  const responses = Math.round(total * 0.4);
  return {
    id: `${profile.id}-a${String(sequence).padStart(4, '0')}`,
    signatoryId: profile.id,
    date,
    title: `${channel.replaceAll('-', ' ')} with ${profile.audiences.join(' and ').replaceAll('-', ' ')}`,
    publicSummary: 'What we asked, who took part and what we heard (demo).',
    internalNotes: 'Internal note (demo): never shown on public pages.',
    audience: random.sample(profile.audiences, random.int(1, profile.audiences.length)),
    channel,
    setting,
    stage: random.pick(stages),
    level,
    lundy: {
      space: true,
      voice: random.chance(0.85),
      audience: random.chance(0.7),
      influence: random.chance(profile.closing * 0.8),
    },
    principles: random.sample(principleIds, random.int(1, 3)),
    participants: { total, firstTime: Math.round(total * (0.1 + random.next() * 0.4)), demographicsRecorded, groups },
    adjustments: random.chance(profile.inclusion) ? random.sample(allAdjustments, random.int(1, 3)) : [],
    ...(withExperience
      ? {
          experience: {
            responses,
            feltListened: Math.round(responses * (0.4 + profile.closing * 0.5)),
            knowWhatHappensNext: Math.round(responses * (0.2 + profile.closing * 0.6)),
          },
        }
      : {}),
  } satisfies Omit<Activity, keyof StoredFields>;
}

function demoLoop(
  random: Random,
  profile: Profile,
  activity: { id: string; date: string; principles: string[] },
  today: string,
) {
  const index = random.int(0, youSaid.length - 1);
  const age = (Date.parse(today) - Date.parse(activity.date)) / 86_400_000;
  const closed = age > 30 && random.chance(profile.closing);
  const notTaken = closed && random.chance(0.1);
  const respondedOn = closed ? addDays(activity.date, random.int(10, 50)) : undefined;
  const communicatedOn = respondedOn ? addDays(respondedOn, random.int(3, 30)) : undefined;
  const reachedToday = communicatedOn !== undefined && communicatedOn > today;
  const status: FeedbackLoop['status'] = reachedToday
    ? 'in-progress'
    : notTaken
      ? 'not-taken-forward'
      : closed
        ? 'done'
        : random.chance(0.5)
          ? 'in-progress'
          : 'open';
  return {
    id: `${activity.id}-loop`,
    signatoryId: profile.id,
    activityIds: [activity.id],
    raisedOn: activity.date,
    youSaid: youSaid[index]!,
    weDid: closed && !notTaken ? weDid[index]! : '',
    status,
    ...(notTaken ? { reason: 'The budget for this was withdrawn; we explained this at the next forum (demo).' } : {}),
    reportedTo: random.pick(['SEND Partnership Board', 'Children and Families Together Board', 'Commissioning Group']),
    ...(respondedOn && !reachedToday ? { respondedOn } : {}),
    ...(communicatedOn && !reachedToday ? { communicatedOn } : {}),
    ...(closed && !reachedToday ? { outcome: notTaken ? ('none' as const) : random.pick(outcomes.slice(0, 5)) } : {}),
    principles: activity.principles,
    consentToPublish: false,
  } satisfies Omit<FeedbackLoop, keyof StoredFields>;
}

/**
 * Challenges the parent carer forum raised: most answered (some resolved, some not),
 * one overdue without an answer, one recent and still within its 28 days.
 */
function demoChallenges(today: string): Omit<Challenge, keyof StoredFields>[] {
  const plan: {
    signatoryId: string;
    daysAgo: number;
    text: string;
    principles: string[];
    answer?: [number, string];
    closure?: 'resolved' | 'unresolved';
  }[] = [
    {
      signatoryId: 'demo-city-council-childrens-services',
      daysAgo: 420,
      text: 'Parents of children with SEND were not invited to the short breaks review. How will they be involved in the next stage?',
      principles: ['equality-diversity-inclusion', 'embed-start-to-end'],
      answer: [21, 'Six parents from the forum now sit on the review panel and scored the tenders.'],
      closure: 'resolved',
    },
    {
      signatoryId: 'demo-city-hospitals-nhs-trust',
      daysAgo: 300,
      text: 'Very few survey responses came from families who speak a language other than English. How will you reach them?',
      principles: ['equality-diversity-inclusion'],
      answer: [25, 'The next survey will run with interpreters at two community centres.'],
      closure: 'unresolved',
    },
    {
      signatoryId: 'demo-city-voluntary-sector-council',
      daysAgo: 360,
      text: 'Groups were asked for views with two days’ notice. What notice will you give next time?',
      principles: ['ongoing-support'],
      answer: [10, 'We now give at least three weeks’ notice and pay for travel.'],
      closure: 'resolved',
    },
    {
      signatoryId: 'northgate-high-school',
      daysAgo: 240,
      text: 'Students said the school council is not told what happened to its ideas.',
      principles: ['open-communication'],
      answer: [14, 'Each school council meeting now starts with a "you said, we did" update.'],
      closure: 'resolved',
    },
    {
      signatoryId: 'demo-city-integrated-care-board',
      daysAgo: 180,
      text: 'The autism pathway redesign had no parents on the design group.',
      principles: ['equal-relationships', 'embed-start-to-end'],
      answer: [30, 'Two parent carers have joined the design group, with paid time.'],
      closure: 'resolved',
    },
    {
      signatoryId: 'hillcrest-academy',
      daysAgo: 120,
      text: 'Online-only surveys leave out families without data at home.',
      principles: ['equality-diversity-inclusion'],
      answer: [18, 'Paper copies are now sent home with every survey.'],
      closure: 'unresolved',
    },
    {
      signatoryId: 'demo-city-hospitals-nhs-trust',
      daysAgo: 60,
      text: 'What changed after last year’s waiting room feedback?',
      principles: ['open-communication', 'learn-reflect-adapt'],
    },
    {
      signatoryId: 'demo-city-council-childrens-services',
      daysAgo: 10,
      text: 'When will the new transport policy be shared with parents before it is decided?',
      principles: ['open-communication'],
    },
  ];
  return plan.map((c, i) => {
    const raisedOn = addDays(today, -c.daysAgo);
    const respondedOn = c.answer ? addDays(raisedOn, c.answer[0]) : undefined;
    return {
      id: `demo-challenge-${String(i + 1).padStart(2, '0')}`,
      signatoryId: c.signatoryId,
      reviewerId: reviewerSignatoryId,
      raisedOn,
      text: c.text,
      principles: c.principles,
      ...(c.answer && respondedOn ? { response: c.answer[1], respondedOn } : {}),
      ...(c.closure && respondedOn ? { closure: c.closure, closedOn: addDays(respondedOn, 7) } : {}),
    };
  });
}
