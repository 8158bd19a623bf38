/**
 * Welsh (Cymraeg) text of the "Your work" page (what is waiting for the person signed in):
 * the twin of en.ts's `work.` messages, in the words of the other parts: dolen adborth, her,
 * adolygydd, llofnodwr, asesiad, statws y siarter, hwyr, wedi'u tangynrychioli.
 */
import type { MessageKey } from '../en.ts';

export const workCy = {
  'work.title': 'Eich gwaith',
  'work.lead.signatory-editor': 'Beth sy’n aros am {organisation}: dolenni adborth i’w cau a heriau i’w hateb.',
  'work.lead.reviewer':
    'Beth sy’n aros am {organisation} fel adolygydd: heriau a atebwyd i’w cau a llofnodwyr i’w hasesu.',
  'work.lead.board-admin':
    'Beth sy’n aros am fwrdd y bartneriaeth: dyfarniadau i benderfynu arnynt, eithriadau ar draws y bartneriaeth a thestunau i’w gwirio.',
  'work.lead.commissioner': 'Beth newidiodd adborth ar draws y bartneriaeth, a’r eithriadau y mae’r bwrdd yn eu gweld.',
  'work.summary.label': 'Yn aros amdanoch chi',
  'work.summary.nothing': 'Does dim yn aros amdanoch chi heddiw.',
  'work.organisation': 'Sefydliad',
  'work.raisedOn': 'Wedi’i godi ar',
  'work.waited': 'Yn aros ers',
  'work.overdue': 'Hwyr',
  'work.overdueCount': '{count}, yr hynaf yn aros ers {days}',
  'work.none': 'Dim',
  'work.loops.title': 'Dolenni adborth sy’n hwyr',
  'work.loops.hint':
    'Wedi’u codi fwy na {days} diwrnod yn ôl a heb gael eu rhannu’n ôl eto gyda’r bobl a’u cododd. Agorwch bob un i gofnodi beth wnaethoch chi a phryd y dywedoch chi wrthyn nhw.',
  'work.loops.caption': 'Dolenni adborth sy’n hwyr, yr un sydd wedi aros hiraf yn gyntaf',
  'work.loops.said': 'Dywedoch chi',
  'work.loops.none': 'Does dim yn aros: does dim dolen adborth yn hwyr.',
  'work.challenges.title': 'Heriau i’w hateb',
  'work.challenges.hint':
    'Wedi’u codi gan adolygydd a heb eu hateb eto. Mae’r bartneriaeth yn disgwyl ateb o fewn {days} diwrnod: daw’r heriau hwyr yn gyntaf.',
  'work.challenges.caption': 'Heriau i’w hateb, y rhai hwyr yn gyntaf',
  'work.challenges.challenge': 'Her',
  'work.challenges.raisedBy': 'Wedi’i chodi gan',
  'work.challenges.none': 'Does dim yn aros: mae pob her i’ch sefydliad wedi cael ateb.',
  'work.toClose.title': 'Heriau a atebwyd i’w cau',
  'work.toClose.hint':
    'Heriau a gododd {organisation} y mae’r sefydliad wedi’u hateb. Darllenwch bob ateb, yna caewch yr her gyda’r hyn y daethoch iddo.',
  'work.toClose.caption': 'Heriau a atebwyd sy’n aros i chi eu cau, yr un sydd wedi aros hiraf yn gyntaf',
  'work.toClose.answeredOn': 'Wedi’i hateb ar',
  'work.toClose.none': 'Does dim yn aros: does dim her a atebwyd yn aros i chi ei chau.',
  'work.notReviewed.title': 'Heb eu hasesu y chwarter hwn',
  'work.notReviewed.hint': 'Llofnodwyr nad yw {organisation} wedi rhoi asesiad adolygydd iddynt ar gyfer {quarter}.',
  'work.notReviewed.assess': 'Asesu {name}',
  'work.notReviewed.none': 'Does dim yn aros: rydych chi wedi asesu pob llofnodwr ar gyfer {quarter}.',
  'work.awards.title': 'Dyfarniadau i benderfynu arnynt',
  'work.awards.hint':
    'Llofnodwyr sy’n bodloni pob maen prawf ar gyfer statws y siarter dros y 12 mis diwethaf, a dyfarniadau sy’n dod i ben o fewn {days} diwrnod. Gwiriwch y meini prawf ar dudalen y llofnodwr, yna cofnodwch y penderfyniad yn y gweinyddu.',
  'work.awards.caption': 'Dyfarniadau i benderfynu arnynt',
  'work.awards.why': 'Pam',
  'work.awards.status': 'Statws y siarter',
  'work.awards.eligible': 'Yn bodloni pob maen prawf',
  'work.awards.expiring': 'Mae’r dyfarniad yn dod i ben ar {date}',
  'work.awards.decide': 'Penderfynu',
  'work.awards.decideFor': 'ar ddyfarniad {name}',
  'work.awards.none':
    'Does dim yn aros: does dim llofnodwr newydd yn gymwys a does dim dyfarniad yn dod i ben o fewn {days} diwrnod.',
  'work.exceptions.title': 'Eithriadau ar draws y bartneriaeth',
  'work.exceptions.hint':
    'Llofnodwyr â dolenni adborth dros {loopDays} diwrnod neu heriau dros {challengeDays} diwrnod heddiw, grwpiau ymylol a glywyd yn llai na’u cyfran o’r boblogaeth o {from} i {to}, neu egwyddorion y maent yn eu sgorio 2 neu fwy yn uwch na’u hadolygydd.',
  'work.exceptions.caption': 'Eithriadau ar draws y bartneriaeth, y mwyaf hwyr yn gyntaf',
  'work.exceptions.loops': 'Dolenni hwyr',
  'work.exceptions.challenges': 'Heriau hwyr',
  'work.exceptions.groups': 'Grwpiau islaw eu cyfran',
  'work.exceptions.gaps': 'Bylchau gyda’r adolygydd',
  'work.exceptions.gap': '{title} (eu hunain {self}, adolygydd {reviewer})',
  'work.exceptions.none': 'Does dim yn aros: does gan yr un llofnodwr eithriad.',
  'work.texts.title': 'Testunau sy’n aros i gael eu gwirio',
  'work.texts.hint':
    'Yr hyn a ysgrifennodd pobl, yn aros i gael ei wirio cyn iddo fod yn gyhoeddus. Nod y bartneriaeth yw gwirio pob un o fewn {days} diwrnod.',
  'work.texts.caption': 'Testunau sy’n aros i gael eu gwirio, yr hynaf yn gyntaf',
  'work.texts.of': 'Testun',
  'work.texts.loop': 'Dolen adborth a godwyd ar {date}',
  'work.texts.challenge': 'Her a godwyd ar {date}',
  'work.texts.signatory': 'Y rheswm dros ddyfarniad a wnaed ar {date}',
  'work.texts.none': 'Does dim yn aros: mae pob testun wedi’i wirio.',
  'work.outcomes.title': 'Beth newidiodd adborth',
  'work.outcomes.summary':
    'O’r pwyntiau a godwyd o {from} i {to}, mae {closed} wedi cael ateb hyd yma; arweiniodd {changed} at newid.',
  'work.outcomes.none': 'Nid oes unrhyw bwynt a godwyd o {from} i {to} wedi cael ateb yn ôl eto.',
  'work.outcomes.caption': 'Pwyntiau a atebwyd yn ôl canlyniad, a godwyd o {from} i {to}',
  'work.outcomes.outcome': 'Canlyniad',
  'work.outcomes.count': 'Pwyntiau a atebwyd',
  'work.outcomes.link': 'Gweld beth newidiodd adborth, yn ôl sefydliad, cam a mis',
} as const satisfies Partial<Record<MessageKey, string>>;
