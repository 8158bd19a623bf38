/**
 * Welsh (Cymraeg) text of an activity's feedback link on the data-entry pages (switching it
 * on, its window and wording, printing its card and poster): the twin of en.ts's
 * `feedbackLink.` messages, in the words of the other parts (dolen i roi adborth, a feedback link, apart from a
 * feedback loop's dolen adborth; gweithgaredd,
 * golygydd, adolygydd).
 */
import type { MessageKey } from '../en.ts';

export const feedbackCy = {
  'feedbackLink.title': 'Adborth gan y bobl a gymerodd ran',
  'feedbackLink.lead':
    'Mae’r bobl a gymerodd ran yn ateb tri chwestiwn byr ar eu ffôn, drwy ddolen neu god QR, heb fewngofnodi. Dim ond nifer y bobl a roddodd bob ateb sy’n cael ei gadw, byth pwy ydyn nhw, ac ni all unrhyw weithgaredd gael mwy o atebion na’i gyfranogwyr.',
  'feedbackLink.off': 'Mae adborth wedi’i ddiffodd ar gyfer y gweithgaredd hwn.',
  'feedbackLink.on': 'Mae adborth ymlaen: gall pobl ateb o {opens} tan {closes}.',
  'feedbackLink.link': 'Dolen i’w rhoi i bobl',
  'feedbackLink.switch.legend': 'Casglu adborth ar gyfer y gweithgaredd hwn?',
  'feedbackLink.switch.yes': 'Ie, rhoi dolen i bobl ateb',
  'feedbackLink.switch.no': 'Na',
  'feedbackLink.closesOn.legend': 'Y diwrnod olaf y gall pobl ateb (dewisol)',
  'feedbackLink.closesOn.hint': '60 diwrnod ar ôl y gweithgaredd ar y mwyaf. Os byddwch yn ei adael yn wag: {date}.',
  'feedbackLink.form.legend': 'Sut dylai’r cwestiynau gael eu geirio?',
  'feedbackLink.form.standard': 'Safonol',
  'feedbackLink.form.standard.hint': 'Er enghraifft, “Oeddech chi’n teimlo bod pobl yn gwrando arnoch chi?”',
  'feedbackLink.form.easy-read': 'Hawdd ei ddeall',
  'feedbackLink.form.easy-read.hint':
    'Cwestiynau byr gydag un syniad yr un, er enghraifft “Wnaeth pobl wrando arnoch chi?”',
  'feedbackLink.form.young-children': 'Plant ifanc',
  'feedbackLink.form.young-children.hint': 'Er enghraifft, “Wnaeth yr oedolion wrando arnat ti?”',
  'feedbackLink.save': 'Cadw’r gosodiadau adborth',
  'feedbackLink.saved': 'Wedi cadw’r gosodiadau adborth.',
  'feedbackLink.print.title': 'Argraffu’r ddolen',
  'feedbackLink.print.lead':
    'Cerdyn i’w roi i bobl a phoster A4 i’w osod, pob un gyda’r cod QR a’r ddolen wedi’i theipio. Gellir golygu ffeiliau SVG a’u hargraffu ar unrhyw faint.',
  'feedbackLink.print.file': '{design}, {language} ({format})',
  'feedbackLink.print.card': 'Cerdyn',
  'feedbackLink.print.poster': 'Poster A4',
  'feedbackLink.print.en': 'Saesneg',
  'feedbackLink.print.cy': 'Cymraeg',
  'feedbackLink.manage': 'Dolen i roi adborth ar gyfer y gweithgaredd hwn',
  'feedbackLink.error.on': 'Dewiswch a ddylid casglu adborth ar gyfer y gweithgaredd hwn',
  'feedbackLink.error.form': 'Dewiswch sut dylai’r cwestiynau gael eu geirio',
  'feedbackLink.error.closesOn': 'Rhowch ddyddiad go iawn ar gyfer y diwrnod olaf y gall pobl ateb',
  'feedbackLink.error.closesOnEarly': 'Rhaid i’r diwrnod olaf i ateb fod ar ddiwrnod y gweithgaredd neu ar ei ôl',
  'feedbackLink.error.closesOnLate': 'Rhaid i’r diwrnod olaf i ateb fod 60 diwrnod ar ôl y gweithgaredd ar y mwyaf',
} as const satisfies Partial<Record<MessageKey, string>>;
