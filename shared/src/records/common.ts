/** Building blocks shared by every record schema: ids, dates and the audit fields every stored record carries. */
import * as z from 'zod';

/** A client-suppliable id (ULID, UUID or any url-safe token) so a retried create is recognised. */
export const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens and underscores only');

/** A readable id such as `demo-city-council`. */
export const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });

/** Fields the store adds to every record; never accepted from a client. */
export const storedFields = z.object({
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().int().positive(),
});
export type StoredFields = z.infer<typeof storedFields>;
