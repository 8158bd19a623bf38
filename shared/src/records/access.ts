/** People and machines that may use the API: users with a role, and API keys scoped to one signatory. */
import * as z from 'zod/mini';
import { onceParsed, slug, textLine } from './common.ts';
import { ruleIssue } from './rules.ts';
import { belongsToASignatory, roles } from './vocabulary.ts';

/** Board admins and commissioners act for the whole partnership; everyone else acts for one signatory. */
const belongsWhereTheRoleSays = (u: { role: string; signatoryId?: string | undefined }) =>
  !belongsToASignatory(u.role) || u.signatoryId !== undefined;
const organisationNeeded = {
  path: ['signatoryId'],
  ...ruleIssue('organisationNeeded'),
  when: onceParsed('role', 'signatoryId'),
};

export const userInput = z
  .object({
    id: slug,
    email: z.email(),
    name: textLine(200, { min: 1 }),
    role: z.enum(roles),
    signatoryId: z.optional(slug),
  })
  .check(z.refine(belongsWhereTheRoleSays, organisationNeeded));
export type UserInput = z.input<typeof userInput>;
export type User = z.infer<typeof userInput>;

/** What the board sends to let someone sign in: their e-mail address, role and organisation. */
export const userInvite = z
  .object({
    email: z.email().check(z.maxLength(254)),
    role: z.enum(roles),
    signatoryId: z.optional(slug),
  })
  .check(z.refine(belongsWhereTheRoleSays, organisationNeeded));
export type UserInvite = z.infer<typeof userInvite>;

/** A change to what someone may do: their role, organisation, and whether they may sign in at all. */
export const userAccess = z
  .object({
    role: z.enum(roles),
    signatoryId: z.optional(slug),
    enabled: z.boolean(),
  })
  .check(z.refine(belongsWhereTheRoleSays, organisationNeeded));
export type UserAccess = z.infer<typeof userAccess>;

/** An account as the board sees it. `role` is missing when the account has none yet. */
export const userAccount = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.optional(z.enum(roles)),
  signatoryId: z.optional(z.string()),
  enabled: z.boolean(),
  /** Invited but not signed in yet. */
  invited: z.boolean(),
});
export type UserAccount = z.infer<typeof userAccount>;

export const apiKeyRequest = z.object({
  signatoryId: slug,
  label: textLine(100, { min: 1 }),
});
export type ApiKeyRequest = z.infer<typeof apiKeyRequest>;

/** What is stored and listed about a key: never the key itself. */
export const apiKeySummary = z.extend(apiKeyRequest, {
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  lastUsedAt: z.optional(z.iso.datetime()),
  revoked: z.boolean(),
  revokedAt: z.optional(z.iso.datetime()),
});
export type ApiKeySummary = z.infer<typeof apiKeySummary>;
