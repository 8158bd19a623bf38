/** A charter signatory: an organisation that promised to work with families as equal partners. */
import * as z from 'zod/mini';
import { isoDate, slug, storedFields } from './common.ts';
import { charterStatuses, sectors } from './vocabulary.ts';

export const signatoryInput = z.object({
  id: slug,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  sector: z.enum(sectors),
  signedOn: isoDate,
  charterStatus: z._default(z.enum(charterStatuses), 'signed'),
  /** The day the board last awarded (or renewed) charter status; an award lapses 12 months after it. */
  awardedOn: z.optional(isoDate),
  contact: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  active: z._default(z.boolean(), true),
});
export type SignatoryInput = z.input<typeof signatoryInput>;

export const signatory = z.extend(signatoryInput, storedFields.shape);
export type Signatory = z.infer<typeof signatory>;
