/** A "you said, we did" feedback loop: closed when the answer went back to the people who raised it. */
import * as z from 'zod';
import type { storedFields } from './common.ts';
import { isoDate, recordId, slug } from './common.ts';
import { loopOutcomes, loopStatuses } from './vocabulary.ts';

export const feedbackLoopInput = z
  .object({
    id: recordId,
    signatoryId: slug,
    activityIds: z.array(recordId).default([]),
    raisedOn: isoDate,
    youSaid: z.string().trim().min(1).max(2000),
    weDid: z.string().trim().max(2000).default(''),
    status: z.enum(loopStatuses),
    reason: z.string().trim().max(2000).optional(),
    reportedTo: z.string().trim().max(200).optional(),
    respondedOn: isoDate.optional(),
    communicatedOn: isoDate.optional(),
    outcome: z.enum(loopOutcomes).optional(),
    evidenceUrl: z.url().optional(),
    principles: z.array(slug).default([]),
    publicStory: z.string().trim().max(5000).optional(),
    consentToPublish: z.boolean().default(false),
  })
  .superRefine((loop, ctx) => {
    if (loop.status === 'not-taken-forward' && !loop.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the suggestion was not taken forward' });
    }
    if (loop.communicatedOn && loop.communicatedOn < loop.raisedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['communicatedOn'],
        message: 'The answer cannot go back before the point was raised',
      });
    }
    if (loop.respondedOn && loop.respondedOn < loop.raisedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['respondedOn'],
        message: 'A decision cannot come before the point was raised',
      });
    }
  });
export type FeedbackLoopInput = z.input<typeof feedbackLoopInput>;
export type FeedbackLoop = z.infer<typeof feedbackLoopInput> & z.infer<typeof storedFields>;
