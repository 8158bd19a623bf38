/** The board's pages' translator in the page's language (routes/+layout.ts): a page in the browser fetches its own language's text only. */
import type { Translator } from '#lib/i18n/dashboard.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ parent }) => {
  const { locale } = await parent();
  const translator: Translator =
    locale === 'cy'
      ? (await import('#lib/i18n/welsh-board.ts')).welshBoard
      : (await import('#lib/i18n/english-board.ts')).englishBoard;
  return { translator };
};
