/**
 * An activity's feedback card or A4 poster to print, with the QR code of its link: e.g.
 * `card-cy.png`, `poster-en.svg`. Only while the link is on.
 */
import { error } from '@sveltejs/kit';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { privateCacheControl } from '@equal-partners/functions/cache-policy';
import { createFormats } from '#lib/i18n/format.ts';
import { feedbackText } from '#lib/i18n/feedback-pages.ts';
import { activityFeedback } from '#lib/server/feedback-link-form.ts';
import { feedbackPrint, type PrintDesign, type PrintFormat } from '#lib/server/feedback-print.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { printFonts } from '#lib/server/print-fonts.ts';
import { ask } from '#lib/server/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
  requireAllowed(locals, ['update', 'feedback']);
  const file = /^(card|poster)-(en|cy)\.(png|svg)$/.exec(params.file);
  if (!file) error(404, 'There is no such file.');
  const [, design, locale, format] = file as unknown as [string, PrintDesign, 'en' | 'cy', PrintFormat];
  const view = await activityFeedback(params.id);
  if (!view.feedback?.on) error(404, 'Feedback is switched off for this activity.');
  const { record: signatory } = await ask(signatoryQueries.read, { id: view.activity.signatoryId });
  const date = createFormats(locale).date;
  const words = (key: Parameters<typeof feedbackText>[1]) =>
    feedbackText(locale, key, {
      organisation: signatory.name,
      date: date(key === 'card.closes' ? view.feedback!.closesOn : view.activity.date),
    });
  const printed = await feedbackPrint({
    design,
    format,
    // The Welsh card's code opens the Welsh page; its address holds the token alone either way.
    url: `${url.origin}${locale === 'cy' ? '/cy' : ''}${view.feedback.path}`,
    words: {
      title: words('card.title'),
      scan: words('card.scan'),
      about: words('card.about'),
      anonymous: words('card.anonymous'),
      closes: words('card.closes'),
    },
    fonts: printFonts(),
  });
  return new Response(printed.body, {
    headers: {
      'content-type': printed.contentType,
      'content-disposition': `attachment; filename="feedback-${params.file}"`,
      'cache-control': privateCacheControl,
    },
  });
};
