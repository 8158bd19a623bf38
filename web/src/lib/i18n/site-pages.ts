/**
 * The text of the pages about the site itself, linked from every page's footer (frame.ts):
 * the accessibility statement and the cookies page, in English and Welsh. `{partnership}` is
 * the partnership's name and `{contact}` how to reach it (the board's settings).
 */
import type { Locale } from './dashboard.ts';

export const sitePagesEn = {
  'accessibility.title': 'Accessibility statement',
  'accessibility.scope':
    'This statement is about this website: the public report of {partnership}, and the pages partners use to record and review their evidence.',
  'accessibility.runBy':
    'This website is run by {partnership}. We want as many people as possible to be able to use it. For example, you should be able to:',
  'accessibility.can.colours': 'change colours, contrast levels and fonts using your browser or device settings',
  'accessibility.can.zoom': 'zoom in up to 400% without the text spilling off the screen',
  'accessibility.can.keyboard': 'use the website with a keyboard alone',
  'accessibility.can.tables': 'read the figures of every chart in a table beneath it',
  'accessibility.can.noScript': 'use every page without JavaScript',
  'accessibility.can.download': 'download the figures as a spreadsheet (CSV file)',
  'accessibility.can.welsh': 'read the public report in Welsh',
  'accessibility.known.title': 'How accessible this website is',
  'accessibility.known.lead': 'We know some parts of this website are not fully accessible:',
  'accessibility.known.welsh': 'the Welsh text has not yet been checked by a Welsh speaker',
  'accessibility.known.language':
    'organisation names, and what people said, are shown in the language they were written in',
  'accessibility.contact.title': 'Reporting problems and asking for another format',
  'accessibility.contact.text':
    'If you find a problem with this website, or need its information in another format such as large print, easy read or an audio recording, contact {partnership}:',
  'accessibility.contact.none':
    'If you find a problem with this website, or need its information in another format such as large print, easy read or an audio recording, contact {partnership}.',
  'accessibility.contact.page': 'Tell us the web address of the page, and what you need.',
  'accessibility.enforcement.title': 'Enforcement procedure',
  'accessibility.enforcement.text':
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
  'accessibility.technical.title': 'Technical information about this website’s accessibility',
  'accessibility.technical.standard':
    '{partnership} is committed to making its website accessible, in accordance with the accessibility regulations. This website runs on Equal Partners, open-source software built to meet the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA.',
  'accessibility.technical.testing':
    'Each time the software changes, every page is checked in a real browser: with automated accessibility tests (axe), including forms showing their errors; at 320 pixels wide, which is 400% zoom; without JavaScript; and, for the dashboard, with a keyboard alone.',
  'accessibility.technical.audit':
    'Automated tests find only some problems. Until {partnership} has had the website tested by people, including disabled people, it cannot say it fully meets the standard.',

  'cookies.title': 'Cookies',
  'cookies.lead':
    'Cookies are small files saved on your phone, tablet or computer when you visit a website. This website uses only the cookies it needs to work.',
  'cookies.public':
    'You can read the public report without any cookies: this website sets none until you sign in or choose a language with the “Cymraeg” or “English” link at the top of a page. It does not use analytics or advertising cookies, and shares nothing with other websites.',
  'cookies.signedIn.title': 'Cookies when you sign in',
  'cookies.signedIn.lead': 'When a partner signs in, the website keeps them signed in with these cookies:',
  'cookies.purpose': 'What it is for',
  'cookies.expires': 'Expires',
  'cookies.session.purpose':
    'Keeps you signed in. It holds only a random number that names your sign-in; what your sign-in needs is kept on our server and deleted when you sign out',
  'cookies.session.expires': 'When you sign out, or after 12 hours at most',
  'cookies.signIn.purpose':
    'Keeps your place in the sign-in you started, and checks that the sign-in that comes back is yours',
  'cookies.signIn.expires': 'When you have signed in, or after 10 minutes',
  'cookies.language.title': 'Cookie when you choose a language',
  'cookies.language.lead':
    'When you choose English or Cymraeg with the link at the top of a page, the website remembers your choice with this cookie, so that the pages without a Welsh address (signing in, your records, the board’s pages) are in your language:',
  'cookies.language.purpose': 'Remembers the language you chose. It holds only “en” or “cy”',
  'cookies.language.expires': 'After 1 year, or when you clear your cookies',
  'cookies.essential':
    'These cookies are essential: without them you could not sign in, or keep the language you chose. They do not need your consent.',
} as const;

export type SitePageKey = keyof typeof sitePagesEn;

/** Welsh (Cymraeg); to be checked by a Welsh speaker, like the rest of the Welsh text. */
export const sitePagesCy: Partial<Record<SitePageKey, string>> = {
  'accessibility.title': 'Datganiad hygyrchedd',
  'accessibility.scope':
    'Mae’r datganiad hwn yn ymwneud â’r wefan hon: adroddiad cyhoeddus {partnership}, a’r tudalennau y mae partneriaid yn eu defnyddio i gofnodi ac adolygu eu tystiolaeth.',
  'accessibility.runBy':
    '{partnership} sy’n rhedeg y wefan hon. Rydyn ni am i gymaint o bobl â phosibl allu ei defnyddio. Er enghraifft, dylech allu:',
  'accessibility.can.colours': 'newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu’ch dyfais',
  'accessibility.can.zoom': 'chwyddo hyd at 400% heb i’r testun ddiflannu oddi ar y sgrin',
  'accessibility.can.keyboard': 'defnyddio’r wefan gyda bysellfwrdd yn unig',
  'accessibility.can.tables': 'darllen ffigurau pob siart mewn tabl oddi tano',
  'accessibility.can.noScript': 'defnyddio pob tudalen heb JavaScript',
  'accessibility.can.download': 'lawrlwytho’r ffigurau fel taenlen (ffeil CSV)',
  'accessibility.can.welsh': 'darllen yr adroddiad cyhoeddus yn Gymraeg',
  'accessibility.known.title': 'Pa mor hygyrch yw’r wefan hon',
  'accessibility.known.lead': 'Rydyn ni’n gwybod nad yw rhai rhannau o’r wefan hon yn gwbl hygyrch:',
  'accessibility.known.welsh': 'nid yw siaradwr Cymraeg wedi gwirio’r testun Cymraeg eto',
  'accessibility.known.language':
    'mae enwau sefydliadau, a’r hyn a ddywedodd pobl, yn cael eu dangos yn yr iaith y cawson nhw eu hysgrifennu ynddi',
  'accessibility.contact.title': 'Rhoi gwybod am broblemau a gofyn am fformat arall',
  'accessibility.contact.text':
    'Os dewch o hyd i broblem gyda’r wefan hon, neu os oes angen ei gwybodaeth arnoch mewn fformat arall fel print bras, hawdd ei ddeall neu recordiad sain, cysylltwch â {partnership}:',
  'accessibility.contact.none':
    'Os dewch o hyd i broblem gyda’r wefan hon, neu os oes angen ei gwybodaeth arnoch mewn fformat arall fel print bras, hawdd ei ddeall neu recordiad sain, cysylltwch â {partnership}.',
  'accessibility.contact.page': 'Dywedwch wrthym beth yw cyfeiriad gwe’r dudalen, a beth sydd ei angen arnoch.',
  'accessibility.enforcement.title': 'Y drefn orfodi',
  'accessibility.enforcement.text':
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y ‘rheoliadau hygyrchedd’). Os nad ydych yn fodlon â’r ffordd rydyn ni’n ymateb i’ch cwyn, cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).',
  'accessibility.technical.title': 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
  'accessibility.technical.standard':
    'Mae {partnership} wedi ymrwymo i wneud ei gwefan yn hygyrch, yn unol â’r rheoliadau hygyrchedd. Mae’r wefan hon yn rhedeg ar Equal Partners, meddalwedd ffynhonnell agored a adeiladwyd i fodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2, lefel AA.',
  'accessibility.technical.testing':
    'Bob tro y mae’r feddalwedd yn newid, caiff pob tudalen ei gwirio mewn porwr go iawn: gyda phrofion hygyrchedd awtomatig (axe), gan gynnwys ffurflenni sy’n dangos eu gwallau; ar 320 picsel o led, sef chwyddo 400%; heb JavaScript; ac, ar gyfer y dangosfwrdd, gyda bysellfwrdd yn unig.',
  'accessibility.technical.audit':
    'Dim ond rhai problemau y mae profion awtomatig yn eu canfod. Hyd nes y bydd {partnership} wedi cael pobl, gan gynnwys pobl anabl, i brofi’r wefan, ni all ddweud ei bod yn bodloni’r safon yn llawn.',

  'cookies.title': 'Cwcis',
  'cookies.lead':
    'Ffeiliau bach yw cwcis sy’n cael eu cadw ar eich ffôn, eich llechen neu’ch cyfrifiadur pan fyddwch yn ymweld â gwefan. Dim ond y cwcis sydd eu hangen arni i weithio y mae’r wefan hon yn eu defnyddio.',
  'cookies.public':
    'Gallwch ddarllen yr adroddiad cyhoeddus heb unrhyw gwcis: nid yw’r wefan hon yn gosod yr un nes i chi fewngofnodi neu ddewis iaith gyda’r ddolen “Cymraeg” neu “English” ar frig tudalen. Nid yw’n defnyddio cwcis dadansoddi na hysbysebu, ac nid yw’n rhannu dim â gwefannau eraill.',
  'cookies.signedIn.title': 'Cwcis pan fyddwch yn mewngofnodi',
  'cookies.signedIn.lead': 'Pan fydd partner yn mewngofnodi, mae’r wefan yn eu cadw wedi mewngofnodi gyda’r cwcis hyn:',
  'cookies.purpose': 'Beth yw ei ddiben',
  'cookies.expires': 'Yn dod i ben',
  'cookies.session.purpose':
    'Yn eich cadw wedi mewngofnodi. Dim ond rhif ar hap sy’n enwi eich mewngofnodi sydd ynddo; mae’r hyn sydd ei angen ar eich mewngofnodi yn cael ei gadw ar ein gweinydd a’i ddileu pan fyddwch yn allgofnodi',
  'cookies.session.expires': 'Pan fyddwch yn allgofnodi, neu ar ôl 12 awr fan bellaf',
  'cookies.signIn.purpose':
    'Yn cadw’ch lle yn y mewngofnodi a ddechreuoch chi, ac yn gwirio mai’ch un chi yw’r mewngofnodi sy’n dod yn ôl',
  'cookies.signIn.expires': 'Pan fyddwch wedi mewngofnodi, neu ar ôl 10 munud',
  'cookies.language.title': 'Cwci pan fyddwch yn dewis iaith',
  'cookies.language.lead':
    'Pan fyddwch yn dewis Cymraeg neu English gyda’r ddolen ar frig tudalen, mae’r wefan yn cofio eich dewis gyda’r cwci hwn, fel bod y tudalennau heb gyfeiriad Cymraeg (mewngofnodi, eich cofnodion, tudalennau’r bwrdd) yn eich iaith chi:',
  'cookies.language.purpose': 'Yn cofio’r iaith a ddewisoch. Dim ond “en” neu “cy” sydd ynddo',
  'cookies.language.expires': 'Ar ôl 1 flwyddyn, neu pan fyddwch yn clirio eich cwcis',
  'cookies.essential':
    'Mae’r cwcis hyn yn hanfodol: hebddyn nhw ni allech fewngofnodi, na chadw’r iaith a ddewisoch. Nid oes angen eich caniatâd arnyn nhw.',
};

/**
 * A site page's text in a language, falling back to English, with `{name}` placeholders filled.
 * @example sitePageText('cy', 'footer.cookies') // "Cwcis"
 */
export function sitePageText(locale: Locale, key: SitePageKey, values: Record<string, string> = {}): string {
  const text = (locale === 'cy' ? sitePagesCy[key] : undefined) ?? sitePagesEn[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
