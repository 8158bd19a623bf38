/**
 * The app pages' text for server code (form actions, guards, loads), in the language of
 * the request being answered: `event.locals.locale`, worked out once in hooks.server.ts
 * (docs/decisions/0501). The calls read as in a component (`t('loop.noun')`), and the
 * language comes from the request, as the queries' principal does (queries.ts).
 */
import { getRequestEvent } from '$app/server';
import { problemText } from '#lib/forms/field-errors.ts';
import { appText, has, type AppPluralKey, type AppText, type Locale, type MessageKey } from '#lib/i18n/index.ts';

export type { Locale, MessageKey };
/** Whether `key` is a message, for keys built at run time (the same in every language). */
export { has };

/** The language of the request being answered. */
export function requestLocale(locals: App.Locals = getRequestEvent().locals): Locale {
  return locals.locale;
}

/** The app pages' translator in the request's language. */
export function requestText(): AppText {
  return appText(requestLocale());
}

/** A problem's detail in the request's language: worded from its rule's code (a refusal, a record not found), else as said. */
export const problemDetail = (problem: { detail: string; rule?: unknown; values?: unknown }): string =>
  problemText(problem, requestLocale());

/** A message in the request's language, its `{placeholders}` filled. */
export const t = (key: MessageKey, values?: Record<string, string | number>): string => requestText().t(key, values);

/** A plural message in the request's language for `count`. */
export const plural = (key: AppPluralKey, count: number, values?: Record<string, string | number>): string =>
  requestText().plural(key, count, values);

/** `2026-03-02` in the request's language. */
export const formatDate = (date: string): string => requestText().formatDate(date);

/** Names as one list in the request's language. */
export const formatList = (items: readonly string[]): string => requestText().formatList(items);

/** `2026-Q2` as a run of months in the request's language. */
export const formatQuarter = (quarter: string): string => requestText().formatQuarter(quarter);
