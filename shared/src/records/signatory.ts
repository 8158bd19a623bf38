/** A charter signatory: an organisation that promised to work with families as equal partners. */
import * as z from 'zod';
import { isoDate, slug, storedFields } from './common.ts';
import { charterStatuses, sectors } from './vocabulary.ts';

export const signatoryInput = z.object({
  id: slug,
  name: z.string().trim().min(1).max(200),
  sector: z.enum(sectors),
  signedOn: isoDate,
  charterStatus: z.enum(charterStatuses).default('signed'),
  /** The day the board last awarded (or renewed) charter status; an award lapses 12 months after it. */
  awardedOn: isoDate.optional(),
  contact: z.string().trim().max(200).optional(),
  active: z.boolean().default(true),
});
export type SignatoryInput = z.input<typeof signatoryInput>;

export const signatory = signatoryInput.extend(storedFields.shape);
export type Signatory = z.infer<typeof signatory>;
