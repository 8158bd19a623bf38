/** A charter signatory: an organisation that promised to work with families as equal partners. */
import * as z from 'zod/mini';
import { criterionIds } from '../metrics/charter-status.ts';
import { isoDate, onceParsed, publicationState, slug, storedFields, textBlock, textLine } from './common.ts';
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
  /**
   * Why the board awarded charter status although the signatory does not meet every
   * criterion: required for such an award (docs/decisions/0110), public on the register
   * once checked (docs/decisions/0402). It belongs to an award: a status other than
   * `awarded` keeps none.
   */
  awardReason: z.optional(textBlock(2000)),
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

/** One change of a signatory's charter status, as the server recorded it (never sent by a client). */
export const statusChange = z.object({
  /** When the change was saved (an ISO time). */
  at: z.string(),
  /** Who saved it (an actor id, as `updatedBy`). */
  by: z.string(),
  status: z.enum(charterStatuses),
  awardedOn: z.optional(isoDate),
  /** The criteria the signatory did not meet when an award was made anyway. */
  unmetCriteria: z.optional(z.array(z.enum(criterionIds))),
  /** The board's reason for such an award. */
  reason: z.optional(z.string()),
});
export type StatusChange = z.infer<typeof statusChange>;

/**
 * A stored signatory; one awarded before award dates were kept may have none, until it is
 * next saved. The server keeps its status history, the criteria its current award went
 * against, and whether the award's reason is checked for the public (`publication`).
 */
export const signatory = z.extend(signatoryFields, {
  ...storedFields.shape,
  statusHistory: z.optional(z.array(statusChange)),
  awardUnmetCriteria: z.optional(z.array(z.enum(criterionIds))),
  publication: z.optional(publicationState),
});
export type Signatory = z.infer<typeof signatory>;
