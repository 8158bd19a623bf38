/**
 * The state of a page with the daily alert e-mails' switch (the account page, the board's
 * alert e-mails page): the form's answer after a post (server/emails-switch.ts), else the
 * setting as saved.
 */
import type { FormState } from '#lib/forms/form-values.ts';

export interface EmailsFormView {
  state: FormState;
  problem: string | undefined;
  /** The choice was just saved (for the banner). */
  saved: boolean;
  /** "Error:" goes in the title. */
  hasErrors: boolean;
}

/** The page's form state from the action's answer `form`, or from whether the e-mails are on. */
export function emailsFormView(
  form: (FormState & { saved?: boolean }) | null | undefined,
  emails: boolean,
): EmailsFormView {
  const state = form ?? { values: { emails: emails ? 'on' : 'off' }, errors: [] };
  return {
    state,
    problem: state.problem,
    saved: Boolean(form?.saved),
    hasErrors: state.errors.length > 0 || Boolean(state.problem),
  };
}
