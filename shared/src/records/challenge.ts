/** A challenge: a reviewer holds a signatory to account; the signatory answers; the reviewer closes it. */
import * as z from 'zod/mini';
import {
  isoDate,
  onceParsed,
  publicationState,
  recordId,
  slug,
  storedFields,
  textBlock,
  welshBesideEnglish,
  welshTexts,
} from './common.ts';
import { ruleIssue } from './rules.ts';

export const challengeInput = z
  .object({
    id: recordId,
    signatoryId: slug,
    reviewerId: slug,
    raisedOn: isoDate,
    text: textBlock(5000, { min: 1 }),
    principles: z._default(z.array(slug), []),
    response: z.optional(textBlock(5000)),
    respondedOn: z.optional(isoDate),
    closure: z.optional(z.enum(['resolved', 'unresolved'])),
    closedOn: z.optional(isoDate),
    /** The Welsh of the challenge and its answer, where written; checked before they are public as the English are. */
    cy: welshTexts({ text: textBlock(5000), response: textBlock(5000) }),
  })
  .check(
    z.superRefine(
      (c, ctx) => {
        if ((c.response === undefined) !== (c.respondedOn === undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: [c.response === undefined ? 'response' : 'respondedOn'],
            ...ruleIssue('answerNeedsTextAndDate'),
          });
        }
      },
      { when: onceParsed('response', 'respondedOn') },
    ),
    z.refine((c) => !c.respondedOn || c.respondedOn >= c.raisedOn, {
      path: ['respondedOn'],
      ...ruleIssue('answeredBeforeRaised'),
      when: onceParsed('raisedOn', 'respondedOn'),
    }),
    z.superRefine(
      (c, ctx) => {
        if ((c.closure === undefined) !== (c.closedOn === undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: [c.closure === undefined ? 'closure' : 'closedOn'],
            ...ruleIssue('closingNeedsOutcomeAndDate'),
          });
        }
      },
      { when: onceParsed('closure', 'closedOn') },
    ),
    z.refine((c) => !c.closedOn || c.closedOn >= c.raisedOn, {
      path: ['closedOn'],
      ...ruleIssue('closedBeforeRaised'),
      when: onceParsed('raisedOn', 'closedOn'),
    }),
    welshBesideEnglish('response'),
  );
export type ChallengeInput = z.input<typeof challengeInput>;
/** A stored challenge; `publication` is the server's (absent on challenges stored before texts were checked). */
export const challenge = z.safeExtend(challengeInput, {
  ...storedFields.shape,
  publication: z.optional(publicationState),
});
export type Challenge = z.infer<typeof challenge>;
