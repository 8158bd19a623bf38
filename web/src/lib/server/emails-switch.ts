/**
 * The daily alert e-mails' switch, on the account page (a person's own e-mails) and the
 * board's alert e-mails page (its contact's): reads the choice posted, on or off, saves it,
 * and answers with the form's state: the choice to make, the problem saving it, or saved.
 */
import { fail } from '@sveltejs/kit';
import type { Outcome } from './queries.ts';

/** The form action's answer for `request`: `choose` is the error when neither is chosen; `save` saves the choice. */
export async function switchEmails(
  request: Request,
  choose: string,
  save: (emails: boolean) => Promise<Outcome<unknown>>,
) {
  const choice = String((await request.formData()).get('emails') ?? '');
  if (choice !== 'on' && choice !== 'off')
    return fail(400, { values: {}, errors: [{ field: 'emails', message: choose }] });
  const result = await save(choice === 'on');
  if (!result.ok)
    return fail(result.status, { values: { emails: choice }, errors: [], problem: result.problem.detail });
  return { values: { emails: choice }, errors: [], saved: true };
}
