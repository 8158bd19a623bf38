/** An engagement activity: one meeting, survey or session, with aggregate counts of who took part. */
import * as z from 'zod/mini';
import { isoDate, peopleCount, recordId, slug, storedFields, textBlock, textLine } from './common.ts';
import { adjustments, audiences, channels, levels, settings, stages } from './vocabulary.ts';

export const participants = z
  .object({
    total: peopleCount,
    firstTime: peopleCount,
    demographicsRecorded: peopleCount,
    groups: z._default(z.record(slug, peopleCount), {}),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.firstTime > p.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstTime'],
          message: 'First-time participants cannot exceed the total',
        });
      }
      if (p.demographicsRecorded > p.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['demographicsRecorded'],
          message: 'Participants with demographics recorded cannot exceed the total',
        });
      }
      for (const [group, n] of Object.entries(p.groups)) {
        if (n > p.demographicsRecorded) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', group],
            message: 'A group count cannot exceed the participants with demographics recorded',
          });
        }
      }
    }),
  );

export const activityInput = z.object({
  id: recordId,
  signatoryId: slug,
  date: isoDate,
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
        message: 'Agreed answers cannot exceed the responses',
      }),
    ),
  ),
});
export type ActivityInput = z.input<typeof activityInput>;

export const activity = z.extend(activityInput, storedFields.shape);
export type Activity = z.infer<typeof activity>;
