/** Who is making a request: a person with a role, a machine with an API key, or the public. */
import type { Role } from '../records/vocabulary.ts';

export type Principal =
  | { kind: 'public' }
  | { kind: 'user'; id: string; role: Role; signatoryId?: string }
  | { kind: 'api-key'; id: string; role: 'signatory-editor'; signatoryId: string };

export const publicPrincipal: Principal = { kind: 'public' };

/** The name recorded as `createdBy`/`updatedBy`: an id, never a person's name or e-mail. */
export function actorOf(principal: Principal): string {
  if (principal.kind === 'public') return 'public';
  return principal.kind === 'api-key' ? `api-key:${principal.id}` : `user:${principal.id}`;
}
