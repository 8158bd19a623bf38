/**
 * Checking texts before they are published (docs/decisions/0402): the texts waiting,
 * oldest first, each with a button to publish it at the version read and a field to
 * remove a name. The publication queries decide who may see and publish which texts.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { publishesTexts, recordId, type ModeratedKind } from '@equal-partners/shared';
import { publishTexts, removeName, waitingTexts } from '@equal-partners/functions/publication/publication-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { valueOf, type FormValues } from '#lib/forms/form-values.ts';
import { problemDetail, requestLocale, t } from '#lib/server/text.ts';
import { ruleText } from '#lib/forms/field-errors.ts';
import { ask, attempt } from '#lib/server/queries.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadPartnership, loadSignatories } from '#lib/server/partnership.ts';
import type { Actions, PageServerLoad } from './$types';

/** Who may ever publish: the board, and editors where the board allows (the page then checks the setting). */
const publishing = ['publish', 'loop'] as const;
const whereAllowed = { editorsMayPublish: true };
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** Loops, challenges and the reasons for awards (a signatory's) have texts to check. */
const isKind = (value: string | null): value is ModeratedKind =>
  value === 'loop' || value === 'challenge' || value === 'signatory';
/** The day a redirect's banner names: when a loop or challenge was raised, or an award made. */
const dayOfEntry = (record: { raisedOn?: string; awardedOn?: string } | undefined) =>
  record?.raisedOn ?? record?.awardedOn ?? '';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, publishing, whereAllowed);
  const { partnership } = await loadPartnership();
  if (!publishesTexts({ role: user.role }, partnership.settings)) {
    error(403, `${t('guard.role', { roles: t('role.board-admin') })} ${t('publish.editorsNotAllowed')}`);
  }
  const [waiting, signatories] = await Promise.all([ask(waitingTexts, undefined), loadSignatories()]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  // The banner after a redirect says what was done, by kind and date only: never the name removed.
  const done = (['published', 'removed'] as const).flatMap((action) => {
    const kind = url.searchParams.get(action);
    const on = url.searchParams.get('on');
    return isKind(kind) && isDate(on) ? [{ action, kind, on }] : [];
  })[0];
  return {
    role: user.role,
    safeguardingContact: partnership.settings.safeguardingContact,
    done,
    items: waiting.items.map((item) => ({
      ...item,
      organisation: names.get(item.signatoryId) ?? item.signatoryId,
      ...(item.reviewerId ? { reviewer: names.get(item.reviewerId) ?? item.reviewerId } : {}),
    })),
  };
};

/** Which entry a form is about, or a 400 for a form that names none. */
function entryOf(values: FormValues): { kind: ModeratedKind; id: string; key: string } | undefined {
  const kind = valueOf(values, 'kind');
  const id = valueOf(values, 'id');
  if (!isKind(kind) || !recordId.safeParse(id).success) return undefined;
  return { kind, id, key: `${kind}-${id}` };
}

const notAnEntry = () => fail(400, { which: '', values: {}, errors: [], problem: t('publish.changed') });

export const actions: Actions = {
  publish: async ({ locals, request }) => {
    requireAllowed(locals, publishing, whereAllowed);
    const values = rawValues(await request.formData());
    const entry = entryOf(values);
    if (!entry) return notAnEntry();
    const version = Number(valueOf(values, 'version'));
    const result = await attempt(publishTexts, {
      kind: entry.kind,
      id: entry.id,
      status: 'published',
      expectedVersion: Number.isInteger(version) ? version : undefined,
    });
    if (!result.ok) {
      const changed = result.status === 412 || result.status === 428;
      return fail(changed ? 409 : result.status, {
        which: entry.key,
        values: {},
        errors: [],
        problem: changed ? t('publish.changed') : problemDetail(result.problem),
      });
    }
    redirect(303, `/manage/publish?published=${entry.kind}&on=${dayOfEntry(result.value.record)}`);
  },
  redact: async ({ locals, request }) => {
    requireAllowed(locals, publishing, whereAllowed);
    const values = rawValues(await request.formData());
    const entry = entryOf(values);
    if (!entry) return notAnEntry();
    const field = `remove-${entry.key}`;
    const remove = valueOf(values, 'remove').trim();
    if (remove === '') {
      return fail(400, { which: entry.key, values, errors: [{ field, message: t('publish.remove.required') }] });
    }
    const result = await attempt(removeName, { kind: entry.kind, id: entry.id, remove });
    if (!result.ok) {
      const said = result.problem.errors?.find((e) => e.pointer === '/remove');
      const message = said ? ruleText(said, requestLocale()) : undefined;
      return fail(result.status, {
        which: entry.key,
        values,
        errors: message ? [{ field, message }] : [],
        ...(message ? {} : { problem: problemDetail(result.problem) }),
      });
    }
    // A record deleted since the page was read answers with no record (only its history held the name): no banner then.
    redirect(303, `/manage/publish?removed=${entry.kind}&on=${dayOfEntry(result.value.record)}`);
  },
};
