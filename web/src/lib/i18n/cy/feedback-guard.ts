/**
 * Welsh (Cymraeg) text of feedback links kept safe and followed up on the data-entry pages:
 * the list of links (for reviewers above all), the board's view of when answers came in
 * and its void of them, and the note on a loop's form: the twin of en.ts's
 * `feedbackGuard.` messages, in the words of the other parts (dolen i roi adborth, a feedback link, apart from a
 * feedback loop's dolen adborth; gweithgaredd,
 * adolygydd, bwrdd).
 */
import type { MessageKey } from '../en.ts';

export const feedbackGuardCy = {
  'feedbackGuard.list.title': 'Dolenni i roi adborth',
  'feedbackGuard.list.card':
    'Dolen adborth pob gweithgaredd: dewch o hyd iddi i’w rhoi i bobl, ei throi ymlaen neu i ffwrdd, ac argraffu ei cherdyn.',
  'feedbackGuard.list.lead':
    'Gweithgareddau o’r 120 diwrnod diwethaf a’r rhai sydd i ddod, y mwyaf diweddar yn gyntaf. Agorwch dudalen adborth gweithgaredd i droi ei ddolen ymlaen, ei chopïo neu argraffu ei cherdyn a’i phoster.',
  'feedbackGuard.list.none': 'Nid oes gweithgareddau o’r 120 diwrnod diwethaf nac i ddod.',
  'feedbackGuard.list.activity': 'Gweithgaredd',
  'feedbackGuard.list.organisation': 'Sefydliad',
  'feedbackGuard.list.date': 'Dyddiad',
  'feedbackGuard.list.state': 'Adborth',
  'feedbackGuard.list.state.none': 'Heb ei droi ymlaen',
  'feedbackGuard.list.state.off': 'Wedi’i ddiffodd',
  'feedbackGuard.list.state.on': 'Ymlaen tan {date}',
  'feedbackGuard.list.state.voided': 'Atebion wedi’u dileu',
  'feedbackGuard.list.open': 'Tudalen adborth',
  'feedbackGuard.list.openFor': 'Tudalen adborth ar gyfer {title}',
  'feedbackGuard.void.shown': 'Dilëodd y bwrdd atebion y gweithgaredd hwn ar {date}: {reason}',
  'feedbackGuard.void.shownTitle': 'Atebion wedi’u dileu',
  'feedbackGuard.void.title': 'Dileu’r atebion',
  'feedbackGuard.void.lead':
    'Os yw’r atebion yn edrych fel eu bod wedi’u stwffio (wedi’u hanfon gan ychydig o bobl lawer gwaith, neu gan bobl na chymerodd ran), dilëwch nhw. Mae eu cyfrifon yn gadael pob ffigur, nid yw’r ddolen yn cyfrif rhagor o atebion, ac mae’r rheswm yn cael ei ddangos ar y dudalen hon i olygyddion ac adolygwyr y gweithgaredd ac yn cael ei gadw yn y trywydd archwilio. Ni ellir dadwneud hyn.',
  'feedbackGuard.void.reason': 'Pam rydych chi’n dileu’r atebion?',
  'feedbackGuard.void.reasonHint':
    'Er enghraifft, “40 ateb mewn munud, deuddydd ar ôl y gweithgaredd, a oedd â 12 cyfranogwr”. Peidiwch ag enwi neb.',
  'feedbackGuard.void.submit': 'Dileu’r atebion',
  'feedbackGuard.void.required': 'Rhowch y rheswm dros ddileu’r atebion',
  'feedbackGuard.void.tooLong': 'Rhaid i’r rheswm fod yn 500 nod neu lai',
  'feedbackGuard.void.done': 'Cafodd yr atebion eu dileu.',
  'feedbackGuard.timing.title': 'Pryd daeth yr atebion i mewn',
  'feedbackGuard.timing.lead':
    'Yr atebion a gyfrifwyd ym mhob munud (UTC) a gafodd rai: cyfrifon yn unig, byth amser ar gyfer pob ateb. Gall llawer o atebion mewn munud fod yn ystafell yn ateb gyda’i gilydd, neu’n un person yn anfon llawer.',
  'feedbackGuard.timing.none': 'Nid oes atebion wedi’u cyfrif eto.',
  'feedbackGuard.timing.oneMinute':
    'Daeth pob un o’r {answers} ateb i mewn o fewn munud. Holwch y sefydliad a atebodd ystafell o bobl gyda’i gilydd.',
  'feedbackGuard.timing.busiest': 'Y funud brysuraf: {answers} ateb am {minute}.',
  'feedbackGuard.timing.caption': 'Atebion bob munud',
  'feedbackGuard.timing.minute': 'Munud (UTC)',
  'feedbackGuard.timing.answers': 'Atebion',
  'feedbackGuard.loopNote':
    'Mae gan weithgaredd sydd wedi’i gysylltu yma ddolen i bobl roi adborth: bydd y bobl a gymerodd ran yn gweld y pwynt hwn a’i ateb drwy’r ddolen honno unwaith y bydd ei destunau wedi’u cyhoeddi, gyda’i statws a’r dyddiad yr aeth yr ateb yn ôl.',
} as const satisfies Partial<Record<MessageKey, string>>;
