/**
 * Welsh (Cymraeg) text of the public register of charter status (/cy/public/register):
 * the twin of register.en.ts (the link to it is in public.cy.ts), in the public pages' words:
 * statws y siarter, llofnodwr, maen prawf (meini prawf), adolygydd, her, asesiad.
 */
import type { registerEn } from '../register.en.ts';

export const registerCy: Record<keyof typeof registerEn, string> = {
  'register.title': 'Cofrestr statws y siarter',
  'register.lead':
    'Pob sefydliad a lofnododd y siarter, ei statws siarter heddiw, a phryd y cafodd ei ddyfarniad ei wneud, pryd mae angen ei adnewyddu a phryd y daw i ben. Lle dyfarnodd bwrdd y bartneriaeth statws y siarter er nad oedd sefydliad yn bodloni pob maen prawf, mae’r gofrestr yn dweud pa rai nad oedd yn eu bodloni ac yn rhoi rheswm y bwrdd.',
  'register.asOf':
    'Statws y siarter ar {date}. Daw dyfarniad i ben 12 mis ar ôl ei wneud oni bai bod y bwrdd yn ei adnewyddu.',
  'register.caption': 'Statws siarter pob sefydliad a lofnododd y siarter',
  'register.col.organisation': 'Sefydliad',
  'register.col.sector': 'Sector',
  'register.col.status': 'Statws y siarter',
  'register.col.awardedOn': 'Dyfarnwyd ar',
  'register.col.renewalDueFrom': 'I’w adnewyddu o',
  'register.col.expiresOn': 'Yn dod i ben ar',
  'register.col.criteria': 'Meini prawf',
  'register.none': '–',
  'register.inactive': 'Nid yw’n cymryd rhan mwyach',
  'register.metAll': 'Roedd yn bodloni pob maen prawf pan gafodd ei ddyfarnu.',
  'register.unmet': 'Wedi’i ddyfarnu er nad oedd yn bodloni: {criteria}.',
  'register.reason': 'Rheswm y bwrdd:',
  'register.reasonWaiting': 'Mae rheswm y bwrdd yn aros i gael ei wirio cyn ei gyhoeddi.',
  'register.criteria.title': 'Meini prawf y dyfarniad',
  'register.criteria.lead':
    'Mae bwrdd y bartneriaeth yn dyfarnu statws y siarter i sefydliad sy’n dangos, dros y {months} mis cyn y dyfarniad:',
  'register.criterion.evidence-for-every-principle': 'tystiolaeth ar gyfer pob un o egwyddorion y siarter',
  'register.criterion.closure-rate': 'o leiaf {percent}% o’r pwyntiau a godwyd gan bobl wedi’u hateb',
  'register.criterion.no-overdue-challenge': 'dim her wedi’i gadael heb ei hateb yn rhy hir',
  'register.criterion.reviewer-score':
    'sgoriau’r adolygwyr yn {mean} allan o 4 o leiaf ar gyfartaledd, lle rhoddodd adolygwyr sgôr',
  'register.criterion.reviewer-assessment':
    'o leiaf un asesiad gan adolygydd: fforwm rhieni a gofalwyr neu grŵp llais ieuenctid',
  'register.criteria.against':
    'Gall y bwrdd ddyfarnu statws y siarter i sefydliad nad yw’n eu bodloni i gyd, ond rhaid iddo ddweud pam. Caiff ei reswm ei gyhoeddi yma ar ôl ei wirio.',
  'register.short.evidence-for-every-principle': 'tystiolaeth ar gyfer pob egwyddor',
  'register.short.closure-rate': 'pwyntiau wedi’u hateb',
  'register.short.no-overdue-challenge': 'dim her yn hwyr',
  'register.short.reviewer-score': 'sgoriau’r adolygwyr',
  'register.short.reviewer-assessment': 'asesiad gan adolygydd',
  'register.openData.title': 'Data agored',
  'register.openData.lead':
    'Mae’r gofrestr yn ddata agored: defnyddiwch hi fel y mynnwch. Mae gan bob ffeil res ar gyfer pob sefydliad, gyda’r meysydd a ddisgrifir isod.',
  'register.openData.csv': 'Lawrlwytho’r gofrestr fel ffeil CSV',
  'register.openData.json': 'Lawrlwytho’r gofrestr fel ffeil JSON',
  'register.openData.dictionary': 'Lawrlwytho’r geiriadur data fel ffeil CSV',
  'register.dictionary.title': 'Geiriadur data',
  'register.dictionary.caption': 'Meysydd ffeiliau CSV a JSON y gofrestr',
  'register.dictionary.field': 'Maes',
  'register.dictionary.type': 'Math',
  'register.dictionary.meaning': 'Beth sydd ynddo',
  'register.type.text': 'testun',
  'register.type.code': 'cod',
  'register.type.date': 'dyddiad (BBBB-MM-DD)',
  'register.type.boolean': 'true neu false',
  'register.type.list': 'rhestr o godau',
  'register.dict.id': 'Dynodydd y sefydliad, fel yn nata agored arall y bartneriaeth.',
  'register.dict.name': 'Enw’r sefydliad.',
  'register.dict.sector': 'Ei sector: {values}.',
  'register.dict.signedOn': 'Y diwrnod y llofnododd y siarter.',
  'register.dict.status': 'Ei statws siarter heddiw: {values}.',
  'register.dict.awardedOn':
    'Y diwrnod y dyfarnodd neu yr adnewyddodd y bwrdd statws y siarter ddiwethaf; gwag os na wnaeth erioed.',
  'register.dict.renewalDueFrom':
    'Y diwrnod y mae angen adnewyddu’r dyfarniad ohono, {days} diwrnod cyn iddo ddod i ben.',
  'register.dict.expiresOn': 'Y diwrnod y daw’r dyfarniad i ben, neu y daeth i ben, oni chaiff ei adnewyddu.',
  'register.dict.againstCriteria': 'true pan wnaeth y bwrdd y dyfarniad er nad oedd maen prawf wedi’i fodloni.',
  'register.dict.unmetCriteria':
    'Y meini prawf nad oeddent wedi’u bodloni pan wnaed y dyfarniad (yn y CSV, wedi’u gwahanu gan “;”): {values}.',
  'register.dict.reasonStatus':
    'none (nid oedd angen rheswm), waiting (yn cael ei wirio cyn ei gyhoeddi) neu published (wedi’i gyhoeddi).',
  'register.dict.reason': 'Rheswm y bwrdd dros ddyfarniad a wnaed er gwaethaf y meini prawf, ar ôl ei gyhoeddi.',
  'register.dict.active': 'false pan nad yw’r sefydliad yn cymryd rhan mwyach.',
};
