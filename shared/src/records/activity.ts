/** An engagement activity: one meeting, survey or session, with aggregate counts of who took part. */
import * as z from 'zod';
import { isoDate, recordId, slug, storedFields } from './common.ts';
import { adjustments, audiences, channels, levels, settings, stages } from './vocabulary.ts';

const count = z.number().int().min(0);

export const participants = z
  .object({
    total: count,
    firstTime: count,
    demographicsRecorded: count,
    groups: z.record(slug, count).default({}),
  })
  .superRefine((p, ctx) => {
    if (p.firstTime > p.total) {
      ctx.addIssue({ code: 'custom', path: ['firstTime'], message: 'First-time participants cannot exceed the total' });
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
  });

export const activityInput = z.object({
  id: recordId,
  signatoryId: slug,
  date: isoDate,
  endDate: isoDate.optional(),
  title: z.string().trim().min(1).max(200),
  publicSummary: z.string().trim().max(2000).default(''),
  internalNotes: z.string().trim().max(5000).default(''),
  audience: z.array(z.enum(audiences)).min(1),
  channel: z.enum(channels),
  setting: z.enum(settings),
  stage: z.enum(stages),
  level: z.enum(levels),
  lundy: z.object({ space: z.boolean(), voice: z.boolean(), audience: z.boolean(), influence: z.boolean() }),
  principles: z.array(slug).default([]),
  participants,
  adjustments: z.array(z.enum(adjustments)).default([]),
  experience: z
    .object({ responses: count, feltListened: count, knowWhatHappensNext: count })
    .refine((e) => e.feltListened <= e.responses && e.knowWhatHappensNext <= e.responses, {
      message: 'Agreed answers cannot exceed the responses',
    })
    .optional(),
});
export type ActivityInput = z.input<typeof activityInput>;

export const activity = activityInput.extend(storedFields.shape);
export type Activity = z.infer<typeof activity>;
