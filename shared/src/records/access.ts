/** People and machines that may use the API: users with a role, and API keys scoped to one signatory. */
import * as z from 'zod';
import { slug } from './common.ts';
import { belongsToASignatory, roles } from './vocabulary.ts';

/** Board admins and commissioners act for the whole partnership; everyone else acts for one signatory. */
const belongsWhereTheRoleSays = (u: { role: string; signatoryId?: string | undefined }) =>
  !belongsToASignatory(u.role) || u.signatoryId !== undefined;
const organisationNeeded = { path: ['signatoryId'], message: 'Signatory editors and reviewers belong to a signatory' };

export const userInput = z
  .object({
    id: slug,
    email: z.email(),
    name: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    signatoryId: slug.optional(),
  })
  .refine(belongsWhereTheRoleSays, organisationNeeded);
export type UserInput = z.input<typeof userInput>;
export type User = z.infer<typeof userInput>;

/** What the board sends to let someone sign in: their e-mail address, role and organisation. */
export const userInvite = z
  .object({
    email: z.email().max(254),
    role: z.enum(roles),
    signatoryId: slug.optional(),
  })
  .refine(belongsWhereTheRoleSays, organisationNeeded);
export type UserInvite = z.infer<typeof userInvite>;

/** A change to what someone may do: their role, organisation, and whether they may sign in at all. */
export const userAccess = z
  .object({
    role: z.enum(roles),
    signatoryId: slug.optional(),
    enabled: z.boolean(),
  })
  .refine(belongsWhereTheRoleSays, organisationNeeded);
export type UserAccess = z.infer<typeof userAccess>;

/** An account as the board sees it. `role` is missing when the account has none yet. */
export const userAccount = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles).optional(),
  signatoryId: z.string().optional(),
  enabled: z.boolean(),
  /** Invited but not signed in yet. */
  invited: z.boolean(),
});
export type UserAccount = z.infer<typeof userAccount>;

export const apiKeyRequest = z.object({
  signatoryId: slug,
  label: z.string().trim().min(1).max(100),
});
export type ApiKeyRequest = z.infer<typeof apiKeyRequest>;

/** What is stored and listed about a key: never the key itself. */
export const apiKeySummary = apiKeyRequest.extend({
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  lastUsedAt: z.iso.datetime().optional(),
  revoked: z.boolean(),
  revokedAt: z.iso.datetime().optional(),
});
export type ApiKeySummary = z.infer<typeof apiKeySummary>;
