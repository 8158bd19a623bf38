/** An engagement activity: one meeting, survey or session, with aggregate counts of who took part. */
import * as z from 'zod/mini';
import {
  isoDate,
  onceParsed,
  peopleCount,
  recordId,
  slug,
  storedFields,
  textBlock,
  textLine,
  welshBesideEnglish,
  welshTexts,
} from './common.ts';
import { ruleIssue } from './rules.ts';
import { adjustments, audiences, channels, levels, settings, stages } from './vocabulary.ts';

export const participants = z
  .object({
    total: peopleCount,
    firstTime: peopleCount,
    demographicsRecorded: peopleCount,
    groups: z._default(z.record(slug, peopleCount), {}),
  })
  .check(
    z.superRefine(
      (p, ctx) => {
        // Each group is compared once its own count has parsed, whatever the other groups hold.
        const groups: Record<string, unknown> = typeof p.groups === 'object' && p.groups !== null ? p.groups : {};
        const faulted = (group: string) =>
          ctx.issues.some(
            (issue) => issue.code !== 'custom' && issue.path?.[0] === 'groups' && issue.path[1] === group,
          );
        for (const [group, n] of Object.entries(groups)) {
          if (typeof n === 'number' && n > p.demographicsRecorded && !faulted(group)) {
            ctx.addIssue({
              code: 'custom',
              path: ['groups', group],
              ...ruleIssue('groupAboveRecorded'),
            });
          }
        }
      },
      { when: onceParsed('demographicsRecorded') },
    ),
    z.refine((p) => p.firstTime <= p.total, {
      path: ['firstTime'],
      ...ruleIssue('firstTimeAboveTotal'),
      when: onceParsed('total', 'firstTime'),
    }),
    z.refine((p) => p.demographicsRecorded <= p.total, {
      path: ['demographicsRecorded'],
      ...ruleIssue('recordedAboveTotal'),
      when: onceParsed('total', 'demographicsRecorded'),
    }),
  );

/** What people record of an activity; `activityInput` adds the rule between its dates. */
const activityFields = z.object({
  id: recordId,
  signatoryId: slug,
  date: isoDate,
  /** The last day of an activity that ran over several days. */
  endDate: z.optional(isoDate),
  title: textLine(200, { min: 1 }),
  publicSummary: z._default(textBlock(2000), ''),
  internalNotes: z._default(textBlock(5000), ''),
  audience: z.array(z.enum(audiences)).check(z.minLength(1)),
  channel: z.enum(channels),
  setting: z.enum(settings),
  stage: z.enum(stages),
  level: z.enum(levels),
  lundy: z.object({ space: z.boolean(), voice: z.boolean(), audience: z.boolean(), influence: z.boolean() }),
  principles: z._default(z.array(slug), []),
  participants,
  adjustments: z._default(z.array(z.enum(adjustments)), []),
  experience: z.optional(
    z.object({ responses: peopleCount, feltListened: peopleCount, knowWhatHappensNext: peopleCount }).check(
      z.refine((e) => e.feltListened <= e.responses && e.knowWhatHappensNext <= e.responses, {
        ...ruleIssue('agreedAboveResponses'),
        when: onceParsed('responses', 'feltListened', 'knowWhatHappensNext'),
      }),
    ),
  ),
  /** The Welsh of the title and the public summary, where written. */
  cy: welshTexts({ title: textLine(200), publicSummary: textBlock(2000) }),
});

/** An activity as a client sends it: it cannot end before it starts. */
export const activityInput = activityFields.check(
  z.refine((a) => a.endDate === undefined || a.endDate >= a.date, {
    path: ['endDate'],
    ...ruleIssue('endBeforeStart'),
    when: onceParsed('date', 'endDate'),
  }),
  welshBesideEnglish('publicSummary'),
);
export type ActivityInput = z.input<typeof activityInput>;

/** A stored activity; one stored before the end date was checked may end before it starts, until it is next saved. */
export const activity = z.extend(activityFields, storedFields.shape);
export type Activity = z.infer<typeof activity>;
