/**
 * The page frame's text: skip link, header, account links, language switch, footer and
 * the error page, in English and in Welsh. The root layout and error page load only this,
 * so a page carries its own catalogue and the frame's, not every page's text (en.ts). The
 * frame is in the page's language (page-locale.ts).
 */
import type { Locale } from './dashboard.ts';

export const frameEn = {
  'app.name': 'Equal Partners',
  'app.skipLink': 'Skip to main content',
  'app.demoBanner': 'Demo data: the organisations, people and figures here are fictional.',
  'app.footer': 'Equal Partners is open-source software for co-production charter partnerships.',
  'footer.label': 'About this site',
  'footer.accessibility': 'Accessibility statement',
  'footer.cookies': 'Cookies',
  'account.navLabel': 'Your account',
  'account.signedInAs': 'Signed in as',
  'account.records': 'Your records',
  'account.admin': 'Administration',
  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.publicReport': 'Public report',
  'account.overview': 'Partnership overview',
  'account.ownReport': 'Your organisation’s report',
  'account.outcomes': 'What feedback changed',
  'account.yourWork': 'Your work',
  'account.yourAccount': 'Your account',
  // Why a page a person opened sent them here instead (a GOV.UK notification banner).
  'redirect.title': 'Important',
  'redirect.exact-figures':
    'The page you opened shows exact figures, which the partnership board has not allowed your role to see. This is the public page instead: the same figures as published, with small numbers held back and counts rounded.',
  'role.board-admin': 'Board admin',
  'role.signatory-editor': 'Signatory editor',
  'role.reviewer': 'Reviewer',
  'role.commissioner': 'Commissioner',
  'error.forbidden.title': 'Page not for your role',
  'error.forbidden.back': 'Go to your records',
  'error.forbidden.overview': 'Go to the partnership overview',
  'error.signIn.title': 'Sign in to see this page',
  'error.notFound.title': 'Page not found',
  'error.notFound.text': 'If you typed the web address, check it is correct.',
  'error.problem.title': 'Sorry, there is a problem with the service',
  'error.problem.text': 'Try again later.',
  // The language switch of the pages without a twin in the other language (the link is in that language).
  'language.navLabel': 'Language',
  'language.other': 'Cymraeg',
  'language.otherLabel': 'Darllenwch y dudalen hon yn Gymraeg',
} as const;

export type FrameKey = keyof typeof frameEn;

/** Welsh (Cymraeg) for the frame of the public pages; the service's name stays as it is. */
export const frameCy: Record<Exclude<FrameKey, 'app.name'>, string> = {
  'app.skipLink': 'Neidio i’r prif gynnwys',
  'app.demoBanner': 'Data enghreifftiol: mae’r sefydliadau, y bobl a’r ffigurau yma i gyd yn ffuglen.',
  'app.footer': 'Meddalwedd ffynhonnell agored ar gyfer partneriaethau siarter cyd-gynhyrchu yw Equal Partners.',
  'footer.label': 'Am y wefan hon',
  'footer.accessibility': 'Datganiad hygyrchedd',
  'footer.cookies': 'Cwcis',
  'account.navLabel': 'Eich cyfrif',
  'account.signedInAs': 'Wedi mewngofnodi fel',
  'account.records': 'Eich cofnodion',
  'account.admin': 'Gweinyddu',
  'account.signIn': 'Mewngofnodi',
  'account.signOut': 'Allgofnodi',
  'account.publicReport': 'Adroddiad cyhoeddus',
  'account.overview': 'Trosolwg o’r bartneriaeth',
  'account.ownReport': 'Adroddiad eich sefydliad',
  'account.outcomes': 'Beth newidiodd adborth',
  'account.yourWork': 'Eich gwaith',
  'account.yourAccount': 'Eich cyfrif',
  'redirect.title': 'Pwysig',
  'redirect.exact-figures':
    'Mae’r dudalen a agoroch yn dangos ffigurau union, ac nid yw bwrdd y bartneriaeth wedi caniatáu i’ch rôl eu gweld. Dyma’r dudalen gyhoeddus yn lle hynny: yr un ffigurau fel y’u cyhoeddwyd, gyda niferoedd bach wedi’u dal yn ôl a chyfrifon wedi’u talgrynnu.',
  'role.board-admin': 'Gweinyddwr y bwrdd',
  'role.signatory-editor': 'Golygydd llofnodwr',
  'role.reviewer': 'Adolygydd',
  'role.commissioner': 'Comisiynydd',
  'error.forbidden.title': 'Nid yw’r dudalen ar gyfer eich rôl',
  'error.forbidden.back': 'Ewch i’ch cofnodion',
  'error.forbidden.overview': 'Ewch i’r trosolwg o’r bartneriaeth',
  'error.signIn.title': 'Mewngofnodwch i weld y dudalen hon',
  'error.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'error.notFound.text': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  'error.problem.title': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
  'error.problem.text': 'Rhowch gynnig arall arni yn nes ymlaen.',
  'language.navLabel': 'Iaith',
  'language.other': 'English',
  'language.otherLabel': 'Read this page in English',
};

/** Why a page sent a person to the one they are on (`?why=`), which the frame's banner says. */
export const redirectReasons = ['exact-figures'] as const;
export type RedirectReason = (typeof redirectReasons)[number];

/** The reason in a page's address, if it is one the frame can say. */
export function redirectReasonOf(url: {
  searchParams: { get(name: string): string | null };
}): RedirectReason | undefined {
  const why = url.searchParams.get('why');
  return redirectReasons.find((reason) => reason === why);
}

/** The language of the page at `pathname`: Welsh under `/cy`, else English. */
export function localeOf(pathname: string): Locale {
  return pathname === '/cy' || pathname.startsWith('/cy/') ? 'cy' : 'en';
}

/**
 * The frame's text in a language, falling back to English.
 * @example frameText('cy', 'account.signIn') // "Mewngofnodi"
 */
export function frameText(locale: Locale, key: FrameKey): string {
  return locale === 'cy' && key !== 'app.name' ? frameCy[key] : frameEn[key];
}
