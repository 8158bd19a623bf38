/**
 * Welsh (Cymraeg) text of the award form's criteria, the award's dates and the status
 * history: the twin of en.ts's `awards.` messages, in the words of the other parts:
 * statws y siarter, maen prawf (meini prawf), dolen adborth, her, adolygydd, asesiad.
 */
import type { MessageKey } from '../en.ts';

export const awardsCy = {
  'awards.criteria.title': 'Meini prawf y dyfarniad',
  'awards.criteria.lead': 'Canlyniadau o {from} i {to}, yn erbyn y trothwyon yng ngosodiadau’r bartneriaeth.',
  'awards.criteria.settings': 'Newid y trothwyon yn y gosodiadau',
  'awards.eligible': 'Mae {name} yn bodloni pob maen prawf: gall y bwrdd ddyfarnu statws y siarter heb roi rheswm.',
  'awards.notEligible':
    'Nid yw {name} yn bodloni pob maen prawf. I ddyfarnu statws y siarter beth bynnag, rhowch reswm y bwrdd: caiff ei ddangos ar y gofrestr gyhoeddus ar ôl ei wirio.',
  'awards.met': 'Wedi’i fodloni',
  'awards.notMet': 'Heb ei fodloni',
  'awards.unknown': 'Does dim modd gwirio hyn eto',
  'awards.criterion.evidence-for-every-principle': 'Tystiolaeth ar gyfer pob egwyddor',
  'awards.criterion.closure-rate': 'O leiaf {percent}% o’r dolenni adborth wedi’u cau',
  'awards.criterion.no-overdue-challenge': 'Dim her wedi’i gadael heb ei hateb yn rhy hir',
  'awards.criterion.reviewer-score': 'Sgoriau’r adolygwyr yn {mean} o leiaf ar gyfartaledd',
  'awards.criterion.reviewer-assessment': 'O leiaf un asesiad gan adolygydd',
  'awards.short.evidence-for-every-principle': 'tystiolaeth ar gyfer pob egwyddor',
  'awards.short.closure-rate': 'dolenni adborth wedi’u cau',
  'awards.short.no-overdue-challenge': 'dim her yn hwyr',
  'awards.short.reviewer-score': 'sgoriau’r adolygwyr',
  'awards.short.reviewer-assessment': 'asesiad gan adolygydd',
  'awards.result.evidence.all': 'Mae tystiolaeth ar gyfer pob egwyddor.',
  'awards.result.evidence.missing': 'Dim tystiolaeth ar gyfer: {principles}.',
  'awards.result.closure': 'Cafodd {percent}% o’r pwyntiau a godwyd eu hateb.',
  'awards.result.closure.none': 'Ni chodwyd unrhyw ddolen adborth.',
  'awards.result.challenges': 'Heriau sy’n hwyr am ateb: {count}.',
  'awards.result.challenges.unknown': 'Nid yw heriau’n cael eu cofnodi eto.',
  'awards.result.score': 'Sgôr gymedrig yr adolygwyr: {mean}.',
  'awards.result.score.none': 'Dim sgoriau gan adolygwyr.',
  'awards.result.assessments': 'Asesiadau gan adolygwyr: {count}.',
  'awards.dates.title': 'Y dyfarniad',
  'awards.dates.none': 'Heb ei ddyfarnu eto.',
  'awards.dates.awardedOn': 'Dyfarnwyd ar',
  'awards.dates.renewalDue': 'I’w adnewyddu o',
  'awards.dates.lapses': 'Yn dod i ben ar, oni chaiff ei adnewyddu',
  'awards.dates.lapsed': 'Daeth i ben ar',
  'awards.history.title': 'Hanes y statws',
  'awards.history.none': 'Does dim newid i statws y siarter wedi’i gofnodi yma eto.',
  'awards.history.when': 'Newidiwyd',
  'awards.history.status': 'Statws',
  'awards.history.by': 'Gan',
  'awards.history.against': 'Er gwaethaf y meini prawf',
  'awards.history.awardedOn': 'Dyfarnwyd ar {date}',
  'awards.history.unmet': 'Heb eu bodloni: {criteria}.',
  'awards.history.noReason': 'Roedd yn bodloni pob maen prawf.',
  'awards.saved.against':
    'Cafodd statws y siarter ei ddyfarnu i {name} er gwaethaf y meini prawf. Mae’r rheswm yn hanes ei statws a bydd yn cael ei ddangos ar y gofrestr gyhoeddus ar ôl ei wirio.',
  'awards.saved.awarded': 'Cafodd statws y siarter ei ddyfarnu i {name}.',
  'awards.saved.publish': 'Gwirio’r rheswm i’w gyhoeddi',
} as const satisfies Partial<Record<MessageKey, string>>;
