import { fail, redirect } from '@sveltejs/kit';
import type { Challenge } from '@equal-partners/shared';
import { challengeQueries } from '@equal-partners/functions/challenges/challenge-queries';
import { ruleText } from '#lib/forms/field-errors.ts';
import { dateOf, rawValues } from '#lib/forms/read-form.ts';
import type { FormValues } from '#lib/forms/form-values.ts';
import { problemDetail, requestLocale, t } from '#lib/server/text.ts';
import { challengeWork, requireAllowed } from '#lib/server/guard.ts';
import { today } from '#lib/server/form-context.ts';
import { loadPartnership, loadSignatories } from '#lib/server/partnership.ts';
import { ask, attempt } from '#lib/server/queries.ts';
import { checkRecord, labeller, refusal, requiredMessages, versionOf } from '#lib/server/record-forms.ts';
import type { SignedInUser } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const mayAnswer = (user: SignedInUser, c: Challenge) =>
  user.role === 'board-admin' || (user.role === 'signatory-editor' && user.signatoryId === c.signatoryId);
const mayClose = (user: SignedInUser, c: Challenge) =>
  user.role === 'board-admin' || (user.role === 'reviewer' && user.signatoryId === c.reviewerId);

export const load: PageServerLoad = async ({ locals, params }) => {
  const user = requireAllowed(locals, challengeWork);
  const [{ record: challenge, version }, signatories, { partnership }] = await Promise.all([
    ask(challengeQueries.read, { id: params.id }),
    loadSignatories(),
    loadPartnership(),
  ]);
  const name = (id: string) => signatories.find((s) => s.id === id)?.name ?? id;
  const titles = new Map(partnership.charter.principles.map((p) => [p.id, p.title]));
  return {
    challenge: {
      ...challenge,
      organisation: name(challenge.signatoryId),
      reviewer: name(challenge.reviewerId),
      principleTitles: challenge.principles.map((id) => titles.get(id) ?? id),
    },
    version,
    /** The answer and the closing are most likely given today. */
    values: { respondedOn: today(), closedOn: today() },
    answerable: !challenge.response && mayAnswer(user, challenge),
    closable: !challenge.closure && mayClose(user, challenge),
  };
};

/** Adds the answer or the closing to the challenge as read, and replaces it if the result is valid. */
async function change(id: string, values: FormValues, which: 'answer' | 'close', fields: readonly string[]) {
  const { record: current } = await ask(challengeQueries.read, { id });
  const text = (name: string) => String(values[name] ?? '').trim() || undefined;
  const { createdAt: _a, updatedAt: _b, createdBy: _c, updatedBy: _d, version: _e, ...record } = current;
  const changed =
    which === 'answer'
      ? {
          ...record,
          response: text('response'),
          respondedOn: dateOf(values, 'respondedOn') || undefined,
          cy: { ...record.cy, response: text('cy.response') },
        }
      : { ...record, closure: text('closure'), closedOn: dateOf(values, 'closedOn') || undefined };
  const labelOf = labeller('challenge');
  const requiredOf = requiredMessages('challenge');
  const schema = challengeQueries.schema;
  const invalid = checkRecord({ schema, fields: [...fields], labelOf, requiredOf }, changed, values);
  // The record is valid without an answer or a closing; this form is not: each of its fields is needed.
  const missing = fields
    .filter((field) => !field.startsWith('cy.') && (changed as Record<string, unknown>)[field] === undefined)
    .map((field) => ({
      field,
      message: requiredOf(field) ?? t('error.enter', { label: labelOf(field).toLowerCase() }),
    }));
  // Saved as it is, the record would keep no answer: it is not sent.
  if (!invalid && missing.length > 0) return fail(400, { which, values, errors: missing });
  // A record the schema refuses is refused by the query too, which lists every other error
  // of it besides (a date in the future), so one submission shows them all.
  const result = await attempt(challengeQueries.replace, { id, body: changed, expectedVersion: versionOf(values) });
  if (result.ok) return undefined;
  // Only this form's fields: a broken rule elsewhere in the record is not the person's to fix here.
  const own = (result.problem.errors ?? []).filter((e) => fields.includes(e.pointer.split('/').slice(1).join('.')));
  const worded = (invalid?.data.errors ?? []).filter((e) => fields.includes(e.field));
  const failure = refusal({ ...result.problem, errors: own }, values, fields, t('challenge.noun'), worded);
  const { errors: sent } = result.problem;
  if (!sent) return fail(failure.status, { which, ...failure.data });
  const errors = fields.flatMap((field) => {
    const found = failure.data.errors.filter((e) => e.field === field);
    return found.length > 0 ? found : missing.filter((e) => e.field === field);
  });
  const problem = sent[0] ? ruleText(sent[0], requestLocale()) : problemDetail(result.problem);
  return fail(failure.status, { which, values, errors, ...(errors.length === 0 ? { problem } : {}) });
}

export const actions: Actions = {
  answer: async ({ locals, request, params }) => {
    requireAllowed(locals, ['respond', 'challenge']);
    const failed = await change(params.id, rawValues(await request.formData()), 'answer', [
      'response',
      'respondedOn',
      'cy.response',
    ]);
    if (failed) return failed;
    redirect(303, '/manage/challenges?saved=answered');
  },
  close: async ({ locals, request, params }) => {
    requireAllowed(locals, ['close', 'challenge']);
    const failed = await change(params.id, rawValues(await request.formData()), 'close', ['closure', 'closedOn']);
    if (failed) return failed;
    redirect(303, '/manage/challenges?saved=closed');
  },
};
