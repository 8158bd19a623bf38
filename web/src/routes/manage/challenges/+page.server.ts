import { challengeQueries } from '@equal-partners/functions/challenges/challenge-queries';
import { challengeWork, requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { askAll } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, challengeWork);
  const signatoryId =
    user.role === 'signatory-editor' ? user.signatoryId : url.searchParams.get('signatoryId') || undefined;
  const [challenges, signatories] = await Promise.all([
    askAll(challengeQueries.list, signatoryId ? { signatoryId } : {}),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    signatoryId,
    saved: url.searchParams.get('saved'),
    role: user.role,
    organisations: user.role === 'signatory-editor' ? undefined : signatoryOptions(signatories),
    organisation: user.role === 'signatory-editor' ? names.get(user.signatoryId ?? '') : undefined,
    challenges: challenges
      .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || b.id.localeCompare(a.id))
      .map((c) => ({
        id: c.id,
        raisedOn: c.raisedOn,
        text: c.text,
        organisation: names.get(c.signatoryId) ?? c.signatoryId,
        reviewer: names.get(c.reviewerId) ?? c.reviewerId,
        status: c.closure
          ? (`closed-${c.closure}` as const)
          : c.response
            ? ('answered' as const)
            : ('awaiting' as const),
      })),
  };
};
