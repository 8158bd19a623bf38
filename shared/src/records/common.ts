/** Building blocks shared by every record schema: ids, dates and the audit fields every stored record carries. */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini sets no locale (every issue would read "Invalid input"): use the English messages classic zod gave.
z.config(en());

/** A client-suppliable id (ULID, UUID or any url-safe token) so a retried create is recognised. */
export const recordId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens and underscores only'),
  );

/** A readable id such as `demo-city-council`. */
export const slug = z
  .string()
  .check(
    z.minLength(2),
    z.maxLength(64),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens'),
  );

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });

/** Fields the store adds to every record; never accepted from a client. */
export const storedFields = z.object({
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().check(z.int(), z.positive()),
});
export type StoredFields = z.infer<typeof storedFields>;
