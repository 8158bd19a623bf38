/** People and machines that may use the API: users with a role, and API keys scoped to one signatory. */
import { z } from 'zod';
import { slug } from './common.ts';
import { roles } from './vocabulary.ts';

export const userInput = z
  .object({
    id: slug,
    email: z.email(),
    name: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    signatoryId: slug.optional(),
  })
  .refine((u) => u.role === 'board-admin' || u.signatoryId, {
    path: ['signatoryId'],
    message: 'Signatory editors and reviewers belong to a signatory',
  });
export type UserInput = z.input<typeof userInput>;
export type User = z.infer<typeof userInput>;

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
