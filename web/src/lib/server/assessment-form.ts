/**
 * The assessment form: a rating (1 to 4) and a narrative for each charter principle.
 * Principles left unrated are left out of the assessment; at least one must be rated.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { assessmentInput, type Assessment, type Principle } from '@equal-partners/shared';
import type { FieldError, FormState, FormValues } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { attempt } from './queries.ts';
import { checkRecord, refusal, requiredMessages, type Saved } from './record-forms.ts';
import type { SignedInUser } from './session.ts';

/** The last eight calendar quarters, newest first, e.g. `2026-Q2`. */
export function recentQuarters(today = new Date(), count = 8): string[] {
  const quarters: string[] = [];
  let year = today.getUTCFullYear();
  let quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  for (let i = 0; i < count; i += 1) {
    quarters.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) [year, quarter] = [year - 1, 4];
  }
  return quarters;
}

export function assessmentFields(principles: readonly Principle[]): string[] {
  return [
    'signatoryId',
    'by',
    'reviewerId',
    'period',
    ...principles.flatMap((p) => [`scores.${p.id}.score`, `scores.${p.id}.narrative`]),
  ];
}

/** The form values of a stored assessment. */
export function assessmentValues(assessment: Assessment): FormValues {
  const values: FormValues = {
    signatoryId: assessment.signatoryId,
    by: assessment.by,
    period: assessment.period,
    ...(assessment.reviewerId ? { reviewerId: assessment.reviewerId } : {}),
  };
  for (const score of assessment.scores) {
    values[`scores.${score.principleId}.score`] = String(score.score);
    values[`scores.${score.principleId}.narrative`] = score.narrative;
  }
  return values;
}

/** Who the assessment is by, and for whom, as the person's role allows. */
export function assessmentFixed(user: SignedInUser): Record<string, string | undefined> {
  if (user.role === 'signatory-editor') return { by: 'self', signatoryId: user.signatoryId, reviewerId: undefined };
  if (user.role === 'reviewer') return { by: 'reviewer', reviewerId: user.signatoryId };
  return {};
}

export async function saveAssessment(
  values: FormValues,
  principles: readonly Principle[],
  options: { id: string; fixed: Record<string, string | undefined>; replace: boolean; version?: number | undefined },
): Promise<Saved<Assessment>> {
  const fields = assessmentFields(principles);
  const text = (name: string) => {
    const value = values[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const errors: FieldError[] = [];
  const rated = principles.filter(
    (p) => text(`scores.${p.id}.score`) !== '' || text(`scores.${p.id}.narrative`) !== '',
  );
  for (const p of rated) {
    if (text(`scores.${p.id}.score`) === '')
      errors.push({ field: `scores.${p.id}.score`, message: t('assessment.error.rating', { principle: p.title }) });
  }
  if (rated.length === 0) errors.push({ field: fields[4]!, message: t('assessment.error.none') });
  const by = options.fixed.by ?? text('by');
  const record = {
    id: options.id,
    signatoryId: text('signatoryId') || undefined,
    period: text('period') || undefined,
    by: by || undefined,
    reviewerId: by === 'reviewer' ? text('reviewerId') || undefined : undefined,
    ...options.fixed,
    scores: rated.map((p) => ({
      principleId: p.id,
      score: Number(text(`scores.${p.id}.score`)),
      narrative: text(`scores.${p.id}.narrative`),
    })),
  };
  if (by !== 'reviewer') delete record.reviewerId;
  const labelOf = (field: string) => {
    const [, id, part] = /^scores\.([^.]+)\.(score|narrative)$/.exec(field) ?? [];
    const principle = principles.find((p) => p.id === id)?.title ?? id ?? '';
    if (part === 'score') return t('assessment.ratingLabel', { principle });
    if (part === 'narrative') return t('assessment.narrativeLabel', { principle });
    return t(`assessment.field.${field as 'period'}`);
  };
  // Issues inside the scores name their index; the form names fields by principle.
  const invalid = checkRecord(
    {
      schema: {
        safeParse: (value: unknown) => {
          const parsed = assessmentInput.safeParse(value);
          if (parsed.success) return { success: true };
          const issues = parsed.error.issues.map((issue) =>
            issue.path[0] === 'scores' && typeof issue.path[1] === 'number'
              ? { ...issue, path: ['scores', rated[issue.path[1]]?.id ?? '', ...issue.path.slice(2)] }
              : issue,
          );
          return { success: false, error: { issues } };
        },
      },
      fields,
      labelOf,
      requiredOf: requiredMessages('assessment'),
    },
    record,
    values,
  );
  if (errors.length > 0 || invalid) {
    const all = [...errors, ...(invalid?.data.errors ?? [])].filter(
      (error, i, list) => list.findIndex((e) => e.field === error.field) === i,
    );
    all.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
    return { ok: false, failure: fail(400, { values, errors: all }) as ActionFailure<FormState> };
  }
  const result = options.replace
    ? await attempt(assessmentQueries.replace, { id: options.id, body: record, expectedVersion: options.version })
    : await attempt(assessmentQueries.create, { body: record });
  if (result.ok) return { ok: true, ...result.value };
  const scoreFields = (pointer: string) =>
    pointer.replace(/^\/scores\/(\d+)/, (_, i: string) => `/scores/${rated[Number(i)]?.id ?? i}`);
  const problem = {
    ...result.problem,
    ...(result.problem.errors
      ? { errors: result.problem.errors.map((e) => ({ ...e, pointer: scoreFields(e.pointer) })) }
      : {}),
  };
  return { ok: false, failure: refusal(problem, values, fields, t('assessment.noun')) };
}
