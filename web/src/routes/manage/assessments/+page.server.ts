import type { Assessment } from '@equal-partners/shared';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { recentQuarters } from '#lib/server/assessment-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { listFilters } from '#lib/server/list-filters.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { askAll } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, ['create', 'assessment']);
  const filters = listFilters(url, user);
  const signatoryId = filters.signatoryId;
  // Quarters that overlap the period shown: three months reach back into the previous quarter.
  const oldest = recentQuarters(new Date(), Math.ceil(Number(filters.months) / 3) + 1).at(-1)!;
  const [assessments, signatories] = await Promise.all([
    askAll(assessmentQueries.list, signatoryId ? { signatoryId } : {}),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  const mayChange = (a: Assessment) =>
    user.role === 'board-admin' ||
    (user.role === 'signatory-editor' && a.by === 'self') ||
    (user.role === 'reviewer' && a.by === 'reviewer' && a.reviewerId === user.signatoryId);
  return {
    filters,
    signatoryId,
    saved: url.searchParams.has('saved'),
    deleted: url.searchParams.get('deleted'),
    role: user.role,
    organisations: user.role === 'signatory-editor' ? undefined : signatoryOptions(signatories),
    organisation: user.role === 'signatory-editor' ? names.get(user.signatoryId ?? '') : undefined,
    assessments: assessments
      .filter((a) => a.period >= oldest)
      .sort(
        (a, b) =>
          b.period.localeCompare(a.period) || a.signatoryId.localeCompare(b.signatoryId) || a.by.localeCompare(b.by),
      )
      .map((a) => ({
        id: a.id,
        period: a.period,
        organisation: names.get(a.signatoryId) ?? a.signatoryId,
        by: a.by,
        reviewer: a.reviewerId ? (names.get(a.reviewerId) ?? a.reviewerId) : undefined,
        rated: a.scores.length,
        mean: a.scores.length ? a.scores.reduce((sum, s) => sum + s.score, 0) / a.scores.length : undefined,
        mayChange: mayChange(a),
      })),
  };
};
