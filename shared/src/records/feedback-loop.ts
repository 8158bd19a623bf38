/** A "you said, we did" feedback loop: closed when the answer went back to the people who raised it. */
import * as z from 'zod/mini';
import {
  httpsLink,
  isoDate,
  onceParsed,
  publicationState,
  recordId,
  slug,
  storedFields,
  textBlock,
  textLine,
  welshBesideEnglish,
  welshTexts,
} from './common.ts';
import { ruleIssue } from './rules.ts';
import { loopOutcomes, loopStatuses } from './vocabulary.ts';

/** The most activities one loop links to: the meetings where the point was raised, each read when the loop is saved. */
export const maxLinkedActivities = 50;

export const feedbackLoopInput = z
  .object({
    id: recordId,
    signatoryId: slug,
    activityIds: z._default(z.array(recordId).check(z.maxLength(maxLinkedActivities)), []),
    raisedOn: isoDate,
    youSaid: textBlock(2000, { min: 1 }),
    weDid: z._default(textBlock(2000), ''),
    status: z.enum(loopStatuses),
    reason: z.optional(textBlock(2000)),
    reportedTo: z.optional(textLine(200)),
    respondedOn: z.optional(isoDate),
    communicatedOn: z.optional(isoDate),
    outcome: z.optional(z.enum(loopOutcomes)),
    evidenceUrl: z.optional(httpsLink),
    principles: z._default(z.array(slug), []),
    publicStory: z.optional(textBlock(5000)),
    consentToPublish: z._default(z.boolean(), false),
    /** The Welsh of the texts, where written; checked before they are public as the English are. */
    cy: welshTexts({
      youSaid: textBlock(2000),
      weDid: textBlock(2000),
      reason: textBlock(2000),
      publicStory: textBlock(5000),
    }),
  })
  .check(
    z.refine((loop) => loop.status !== 'not-taken-forward' || Boolean(loop.reason), {
      path: ['reason'],
      ...ruleIssue('reasonNeeded'),
      when: onceParsed('status', 'reason'),
    }),
    z.refine((loop) => !loop.communicatedOn || loop.communicatedOn >= loop.raisedOn, {
      path: ['communicatedOn'],
      ...ruleIssue('communicatedBeforeRaised'),
      when: onceParsed('raisedOn', 'communicatedOn'),
    }),
    z.refine((loop) => !loop.respondedOn || loop.respondedOn >= loop.raisedOn, {
      path: ['respondedOn'],
      ...ruleIssue('decidedBeforeRaised'),
      when: onceParsed('raisedOn', 'respondedOn'),
    }),
    welshBesideEnglish('weDid', 'reason', 'publicStory'),
  );
export type FeedbackLoopInput = z.input<typeof feedbackLoopInput>;
/** A stored loop; `publication` is the server's (absent on loops stored before texts were checked). */
export const feedbackLoop = z.safeExtend(feedbackLoopInput, {
  ...storedFields.shape,
  publication: z.optional(publicationState),
});
export type FeedbackLoop = z.infer<typeof feedbackLoop>;
