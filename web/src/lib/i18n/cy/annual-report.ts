/**
 * Welsh (Cymraeg) text of a signatory's annual involvement report: the twin of
 * annual-report.en.ts (the link to it is in public.cy.ts), in the public pages' words: llofnodwr,
 * dolen adborth (pwynt), blwyddyn ariannol, wedi’i dangynrychioli.
 */
import type { annualReportEn } from '../annual-report.en.ts';

export const annualReportCy: Record<keyof typeof annualReportEn, string> = {
  'annualReport.caption': 'Adroddiad cynnwys blynyddol',
  'annualReport.lead':
    'Sut y gwnaeth {name} gynnwys plant, pobl ifanc a theuluoedd yn y flwyddyn ariannol: beth wnaeth a gyda phwy, beth a godwyd gan bobl a beth a newidiodd o ganlyniad, a’u straeon.',
  'annualReport.use':
    'I fwrdd iechyd integredig, dyma dystiolaeth ar gyfer ei adroddiad blynyddol ei hun ar sut y cyflawnodd ei ddyletswydd i gynnwys y cyhoedd; nid yr adroddiad hwnnw yw hwn.',
  'annualReport.produced': 'Wedi’i lunio ar {date}.',
  'annualReport.partial': 'Nid yw’r flwyddyn ariannol hon ar ben eto: nid yw ei ffigurau’n derfynol.',
  'annualReport.exactNote':
    'Mae’r ffigurau hyn yn union ac nid ydynt i’w cyhoeddi. Mae’r fersiwn gyhoeddus yn cuddio niferoedd bach o bobl ac yn talgrynnu cyfrifon eraill.',
  'annualReport.publicVersion': 'Darllen fersiwn gyhoeddus yr adroddiad hwn',
  'annualReport.publicNote':
    'Dyma’r ffigurau a gyhoeddwyd ar gyfer y flwyddyn ariannol, yr un fath ag y mae tudalen gyhoeddus y sefydliad yn eu rhoi ar ei chyfer.',
  'annualReport.back': 'Yn ôl i {name}',
  'annualReport.pdf': 'Lawrlwytho’r adroddiad hwn fel PDF',
  'annualReport.years': 'Adroddiadau ar gyfer blynyddoedd eraill',
  'annualReport.contents': 'Cynnwys',
  'annualReport.col.figure': 'Ffigur',

  'annualReport.done.title': 'Pa waith ymgysylltu a wnaed',
  'annualReport.done.summary': 'Roedd {activities}, a chymerodd pobl ran {times}.',
  'annualReport.done.caption': 'Ymgysylltu yn {year}',
  'annualReport.done.channelCaption': 'Sut y cymerodd pobl ran, {year}',
  'annualReport.done.stageCaption': 'Cam y gwaith y cafodd pobl eu cynnwys ynddo, {year}',

  'annualReport.whom.title': 'Gyda phwy',
  'annualReport.whom.under': 'Grwpiau wedi’u dangynrychioli o’u cymharu â’r boblogaeth leol: {groups}.',
  'annualReport.whom.noUnder': 'Ni chanfuwyd bod unrhyw grŵp wedi’i dangynrychioli o’i gymharu â’r boblogaeth leol.',
  'annualReport.whom.caption':
    'Cyfran pob grŵp o’r bobl a ddywedodd wrthym amdanynt eu hunain, o’i chymharu â’i gyfran o’r boblogaeth leol, {year}',
  'annualReport.whom.none': 'Dim ffigurau grŵp ar gyfer y flwyddyn hon.',

  'annualReport.raised.title': 'Beth a godwyd a beth a newidiodd',
  'annualReport.raised.caption': 'Pwyntiau a godwyd gan bobl yn {year}, a’u hatebion',
  'annualReport.raised.loopsRaised': 'Pwyntiau a godwyd',
  'annualReport.raised.loopsClosed': 'Wedi’u hateb a’u hadrodd yn ôl i’r bobl a’u cododd',
  'annualReport.raised.closureRate': 'Cyfran a atebwyd ac a adroddwyd yn ôl',
  'annualReport.raised.logTitle': 'Dywedoch chi, gwnaethom ni',
  'annualReport.raised.logLead':
    'Pob pwynt a godwyd yn y flwyddyn y mae ei destunau wedi’u cyhoeddi, a’r hyn a wnaed yn ei gylch.',
  'annualReport.raised.logNone': 'Nid oes testunau pwyntiau a godwyd yn y flwyddyn hon wedi’u cyhoeddi eto.',
  'annualReport.raised.waiting':
    'Mae’r hyn a ddywedwyd ac a wnaed am {points} arall yn aros i gael ei wirio cyn ei gyhoeddi.',
  'annualReport.raised.raisedOn': 'Codwyd ar {date}',

  'annualReport.feedback.title': 'Beth ddywedodd teuluoedd wrthym yn uniongyrchol',
  'annualReport.stories.title': 'Straeon',
  'annualReport.stories.none': 'Nid oes straeon am bwyntiau a godwyd yn y flwyddyn hon wedi’u cyhoeddi.',
};
