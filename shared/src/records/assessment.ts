/** A rating of one signatory for one quarter against each charter principle, by itself or by a reviewer. */
import * as z from 'zod/mini';
import { onceParsed, recordId, slug, storedFields, textBlock } from './common.ts';
import { ruleIssue, ruleMessages } from './rules.ts';

export const quarter = z.string().check(z.regex(/^\d{4}-Q[1-4]$/, ruleMessages.quarterFormat));

export const assessmentInput = z
  .object({
    id: recordId,
    signatoryId: slug,
    period: quarter,
    by: z.enum(['self', 'reviewer']),
    reviewerId: z.optional(slug),
    scores: z.array(
      z.object({
        principleId: slug,
        score: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
        narrative: textBlock(2000),
      }),
    ),
  })
  .check(
    z.refine((a) => a.by === 'self' || a.reviewerId, {
      path: ['reviewerId'],
      ...ruleIssue('reviewerNeeded'),
      when: onceParsed('by', 'reviewerId'),
    }),
  );
export type AssessmentInput = z.input<typeof assessmentInput>;
export const assessment = z.safeExtend(assessmentInput, storedFields.shape);
export type Assessment = z.infer<typeof assessment>;
