/**
 * The page's language (docs/decisions/0501): by the address on the public pages, else the
 * person's choice (`chosenLocale`, from the language cookie). Every page without a twin in
 * the other language gets the app pages' translator in it (#lib/i18n/app-text.ts), its
 * catalogue fetched with the page; the public pages fetch none of it.
 */
import { loadAppText } from '#lib/i18n/app-text.ts';
import { hasTwin, pageLocale } from '#lib/i18n/page-locale.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data, url }) => {
  const locale = pageLocale(url.pathname, data.chosenLocale);
  return { ...data, locale, text: hasTwin(url.pathname) ? undefined : await loadAppText(locale) };
};
