/** A rating of one signatory for one quarter against each charter principle, by itself or by a reviewer. */
import * as z from 'zod';
import type { storedFields } from './common.ts';
import { recordId, slug } from './common.ts';

export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'Enter a quarter as YYYY-Qn');

export const assessmentInput = z
  .object({
    id: recordId,
    signatoryId: slug,
    period: quarter,
    by: z.enum(['self', 'reviewer']),
    reviewerId: slug.optional(),
    scores: z.array(
      z.object({ principleId: slug, score: z.number().int().min(1).max(4), narrative: z.string().trim().max(2000) }),
    ),
  })
  .refine((a) => a.by === 'self' || a.reviewerId, {
    path: ['reviewerId'],
    message: 'A reviewer assessment names the reviewing organisation',
  });
export type AssessmentInput = z.input<typeof assessmentInput>;
export type Assessment = z.infer<typeof assessmentInput> & z.infer<typeof storedFields>;
