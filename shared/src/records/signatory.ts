/** A charter signatory: an organisation that promised to work with families as equal partners. */
import * as z from 'zod/mini';
import { isoDate, onceParsed, slug, storedFields, textLine } from './common.ts';
import { ruleIssue } from './rules.ts';
import { charterStatuses, sectors } from './vocabulary.ts';

const signatoryFields = z.object({
  id: slug,
  name: textLine(200, { min: 1 }),
  sector: z.enum(sectors),
  signedOn: isoDate,
  charterStatus: z._default(z.enum(charterStatuses), 'signed'),
  /** The day the board last awarded (or renewed) charter status; an award lapses 12 months after it. */
  awardedOn: z.optional(isoDate),
  contact: z.optional(textLine(200)),
  active: z._default(z.boolean(), true),
});

/** An award is always dated: it lapses 12 months after its date unless the board renews it. */
export const signatoryInput = signatoryFields.check(
  z.refine((s) => s.charterStatus !== 'awarded' || s.awardedOn !== undefined, {
    path: ['awardedOn'],
    ...ruleIssue('awardDateNeeded'),
    // Asked with every other error a form has, unless the status or the date is itself wrong.
    when: onceParsed('charterStatus', 'awardedOn'),
  }),
);
export type SignatoryInput = z.input<typeof signatoryInput>;

/** A stored signatory; one awarded before award dates were kept may have none, until it is next saved. */
export const signatory = z.extend(signatoryFields, storedFields.shape);
export type Signatory = z.infer<typeof signatory>;
