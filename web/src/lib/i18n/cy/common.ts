/**
 * Welsh (Cymraeg) text shared by the signed-in pages: the app's tagline, the home page,
 * signing in and out, the account guard, form errors and dates, record lists, deleting,
 * importing and checking texts before they are published. The twins of en.ts's `app.`,
 * `callback.`, `chart.`, `date.`, `delete.`, `error.`, `form.`, `guard.`, `home.`,
 * `import.`, `list.`, `manage.`, `publish.`, `quarter.`, `signIn.` and `signOut.` keys
 * (the frame's own `app.` and `error.` keys are frame.ts's `frameCy`), and of the
 * `count.` and `home.` messages with a count (`appPluralsEn`).
 *
 * A placeholder cannot take a mutation, so sentences are built to need none where a word
 * is filled in: "Mae angen {label}" rather than "Rhowch {label}", "{Label}: rhowch rif".
 */
import type { AppPluralKey, MessageKey } from '../en.ts';
import type { WelshForms } from '../format.ts';

export const commonCy = {
  'app.tagline': 'Tystiolaeth siarter cyd-gynhyrchu: cyrhaeddiad, cynhwysiant ac effaith',
  'home.title': 'Llofnodwyr y siarter',
  'home.signatories.caption': 'Llofnodwyr y siarter',
  'home.signatories.name': 'Sefydliad',
  'home.signatories.sector': 'Sector',
  'home.signatories.signedOn': 'Dyddiad llofnodi',
  'home.signatories.status': 'Statws y siarter',
  'home.activity.title': 'Gweithgareddau ymgysylltu bob mis',
  'home.activity.caption': 'Gweithgareddau ymgysylltu bob mis, {from} i {to}, pob llofnodwr',
  'home.activity.summary':
    '{total} dros {months}. Y mis prysuraf oedd {peakMonth}, gyda {peak}. Nid yw’r mis presennol wedi dod i ben eto.',
  'home.activity.month': 'Mis',
  'home.activity.count': 'Gweithgareddau',
  'home.activity.partial': '(heb ddod i ben eto)',
  'chart.showTable': 'Dangos y tabl data',
  'chart.noData': 'Dim data i’w ddangos ar ffurf siart ar gyfer y misoedd hyn.',
  'guard.signIn': 'Mewngofnodwch i weld y dudalen hon.',
  'guard.unavailable':
    'Nid oedd modd gwirio eich mewngofnodi ar hyn o bryd. Arhoswch funud, yna rhowch gynnig arall arni.',
  'guard.role': 'Mae’r dudalen hon ar gyfer: {roles}. Nid oes gan eich cyfrif y rôl honno.',
  'signIn.title': 'Mewngofnodi',
  'signIn.demoLead':
    'Dewiswch gyfrif enghreifftiol i fewngofnodi ag ef. Mae pob un yn dangos beth y gall un math o ddefnyddiwr ei weld a’i wneud.',
  'signIn.demoNote':
    'Dim ond ar y cyfrifiadur hwn y mae’r cyfrifon hyn yn bodoli, er mwyn i chi roi cynnig ar Equal Partners. Mae gwasanaeth sydd ar waith yn mewngofnodi pobl gyda’u cyfrifon eu hunain.',
  'signIn.as': 'Mewngofnodi fel {name}',
  'signIn.alreadySignedIn': 'Rydych wedi mewngofnodi fel {name}. Dewiswch gyfrif arall i newid.',
  'signIn.roleHint.board-admin':
    'Popeth: llofnodwyr, y siarter, ffigurau’r boblogaeth leol, allweddi API a phob cofnod.',
  'signIn.roleHint.signatory-editor': 'Yn cofnodi ac yn cywiro tystiolaeth ei sefydliad ei hun, ac yn ateb heriau.',
  'signIn.roleHint.reviewer': 'Yn asesu unrhyw lofnodwr ac yn codi heriau ar ran ei grŵp.',
  'signIn.roleHint.commissioner':
    'Yn darllen union ffigurau pob llofnodwr a’r trosolwg o’r bartneriaeth; nid yw’n newid dim.',
  'signIn.noSuchAccount': 'Nid oedd modd mewngofnodi i’r cyfrif hwnnw. Dewiswch un o’r cyfrifon a restrir.',
  'signIn.unavailable':
    'Nid yw mewngofnodi wedi’i osod ar gyfer y gwasanaeth hwn eto. Gofynnwch i fwrdd y bartneriaeth pwy sy’n ei redeg.',
  'signOut.title': 'Allgofnodi',
  'callback.title': 'Nid oedd modd i chi fewngofnodi',
  'callback.notConfigured': 'Nid yw mewngofnodi wedi’i osod ar gyfer y gwasanaeth hwn.',
  'callback.refused': 'Ni wnaeth y gwasanaeth mewngofnodi adael i chi fewngofnodi.',
  'callback.expired': 'Cymerodd eich mewngofnodi ormod o amser, neu cafodd ei ddechrau mewn ffenestr arall.',
  'callback.failed': 'Ni wnaeth y gwasanaeth mewngofnodi gadarnhau pwy ydych chi.',
  'callback.noRole':
    'Nid oes gan eich cyfrif rôl yn y bartneriaeth hon eto. Gofynnwch i weinyddwr y bwrdd roi un i chi, yna mewngofnodwch eto.',
  'callback.tryAgain': 'Rhowch gynnig arall ar fewngofnodi',
  'form.errorSummary': 'Mae problem wedi codi',
  'form.errorPrefix': 'Gwall:',
  'form.errorTitlePrefix': 'Gwall:',
  'form.success': 'Llwyddiant',
  'form.selectAllThatApply': 'Dewiswch bob un sy’n berthnasol.',
  'form.dateHint': 'Er enghraifft, 27 3 2026',
  'form.chooseOrganisation': 'Dewiswch sefydliad',
  'form.changedSinceRead':
    'Mae rhywun arall wedi newid y cofnod hwn ({noun}) ar ôl i chi ei agor, felly nid yw eich newidiadau wedi’u cadw. Agorwch ef eto i weld y fersiwn ddiweddaraf, yna gwnewch eich newidiadau eto.',
  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',
  'error.enter': 'Mae angen {label}',
  'error.select': 'Mae angen dewis {label}',
  'error.selectAtLeastOne': 'Dewiswch o leiaf un opsiwn ar gyfer {label}',
  'error.number': '{Label}: rhowch rif',
  'error.wholeNumber': '{Label}: rhowch rif cyfan',
  'error.min': '{Label}: rhowch {min} neu fwy',
  'error.moreThan': '{Label}: rhowch fwy na {min}',
  'error.max': '{Label}: rhowch {max} neu lai',
  'error.maxLength': '{Label}: defnyddiwch {max} nod neu lai',
  'error.date': '{Label}: rhowch ddyddiad go iawn',
  'error.url': 'Mae angen rhoi {label} fel cyfeiriad gwe, fel https://example.org/minutes',
  // The label comes before its options: "Dangos cofnodion ar gyfer" "y 3 mis diwethaf".
  'list.filter.months': 'Dangos cofnodion ar gyfer',
  'list.filter.months.3': 'y 3 mis diwethaf',
  'list.filter.months.12': 'y 12 mis diwethaf',
  'list.filter.months.24': 'y 2 flynedd diwethaf',
  'list.filter.organisation': 'Sefydliad',
  'list.filter.allOrganisations': 'Pob sefydliad',
  'list.filter.apply': 'Dangos cofnodion',
  'manage.title': 'Eich cofnodion',
  'manage.lead.board-admin': 'Cofnodwch a chywirwch dystiolaeth ar gyfer unrhyw lofnodwr.',
  'manage.lead.signatory-editor': 'Cofnodwch waith ymgysylltu eich sefydliad a beth ddaeth ohono.',
  'manage.lead.reviewer': 'Daliwch lofnodwyr i gyfrif: aseswch nhw yn erbyn y siarter a chodwch heriau.',
  'manage.activities': 'Cyfarfodydd, arolygon a sesiynau gyda phlant, pobl ifanc a theuluoedd.',
  'manage.loops': '“Dywedoch chi, gwnaethom ni”: beth gododd pobl a beth ddigwyddodd.',
  'manage.assessments': 'Hunanasesiadau yn erbyn pob un o egwyddorion y siarter, bob chwarter.',
  'manage.assessments.reviewer': 'Asesiadau eich grŵp o lofnodwyr yn erbyn pob un o egwyddorion y siarter.',
  'manage.challenges': 'Heriau a godwyd gan adolygwyr, a’ch atebion chi.',
  'manage.challenges.reviewer': 'Codwch her gyda llofnodwr, a’i chau ar ôl iddi gael ei hateb.',
  'manage.import': 'Ychwanegwch lawer o weithgareddau neu ddolenni adborth ar unwaith o daenlen.',
  'quarter.1': 'Ionawr i Fawrth {year}',
  'quarter.2': 'Ebrill i Fehefin {year}',
  'quarter.3': 'Gorffennaf i Fedi {year}',
  'quarter.4': 'Hydref i Ragfyr {year}',
  'import.title': 'Mewnforio o daenlen',
  'import.lead':
    'Dechreuwch gyda thempled: mae ei golofnau’n cyfateb i feysydd y ffurflen. Cadwch eich taenlen fel CSV. Byddwch yn gweld pob problem cyn i unrhyw beth gael ei fewnforio.',
  'import.upload': 'Llwytho ffeil i fyny',
  'import.another': 'Llwytho ffeil arall i fyny',
  'import.template.activities': 'Lawrlwytho’r templed ar gyfer gweithgareddau (CSV)',
  'import.template.loops': 'Lawrlwytho’r templed ar gyfer dolenni adborth (CSV)',
  'import.field.kind': 'Beth sydd yn y ffeil?',
  'import.kind.activities': 'Gweithgareddau ymgysylltu',
  'import.kind.loops': 'Dolenni adborth',
  'import.field.file': 'Llwytho ffeil CSV i fyny',
  'import.hint.file': 'Un rhes ar gyfer pob cofnod, gyda rhes pennawd y templed.',
  'import.check': 'Gwirio’r ffeil',
  'import.error.kind': 'Dewiswch beth sydd yn y ffeil',
  'import.error.file': 'Dewiswch ffeil CSV',
  'import.error.notCsv': 'Rhaid i’r ffeil a ddewiswyd fod yn ffeil CSV',
  'import.preview.title': 'Beth fyddai mewnforio {file} yn ei wneud',
  'import.preview.rows': 'Rhesi yn y ffeil',
  'import.preview.toCreate': 'Cofnodion newydd',
  'import.preview.unchanged': 'Wedi’u mewnforio’n barod, heb newid',
  'import.preview.fix':
    'Does dim wedi’i fewnforio. Cywirwch y problemau isod ({problems}), yna llwythwch y ffeil i fyny eto.',
  'import.commit.activities': 'Mewnforio {count}',
  'import.commit.loops': 'Mewnforio {count}',
  'import.errors.caption': 'Problemau yn y ffeil',
  'import.errors.row': 'Rhes',
  'import.errors.column': 'Colofn',
  'import.errors.message': 'Y broblem',
  'import.done.title': 'Mae’r mewnforio wedi’i gwblhau',
  'import.done.activities': 'Wedi mewnforio {created}; roedd {unchanged} yno’n barod.',
  'import.done.loops': 'Wedi mewnforio {created}; roedd {unchanged} yno’n barod.',
  'list.page.label': 'Tudalennau’r cofnodion',
  'list.page.next': 'Tudalen nesaf',
  'list.page.older': 'cofnodion hŷn',
  'list.page.first': 'Tudalen gyntaf',
  'list.page.newest': 'y cofnodion diweddaraf',
  'delete.title': 'Ydych chi’n siŵr eich bod am ddileu hwn?',
  'delete.activity': 'Y gweithgaredd ‘{title}’',
  'delete.loop': 'Y ddolen adborth ‘{youSaid}’',
  'delete.assessment': 'Yr asesiad ar gyfer {period}',
  'delete.warning': 'Rhybudd',
  'delete.cannotUndo':
    'Does dim modd dadwneud dileu. Bydd y ffigurau’n cael eu cyfrifo eto hebddo; mae’r trywydd archwilio’n cadw cofnod o’r dileu.',
  'delete.yes': 'Ydw, dileu hwn',
  'delete.cancel': 'Nac ydw, mynd yn ôl',
  'delete.link': 'Dileu’r cofnod hwn ({noun})',
  'delete.done': 'Mae’r cofnod wedi’i ddileu: {what}.',
  'delete.changed':
    'Mae rhywun wedi newid y cofnod hwn ers i chi ei agor. Ewch yn ôl, gwiriwch ef, a’i ddileu eto os ydych chi’n dal eisiau gwneud hynny.',
  'delete.notFound': 'Does dim math o gofnod o’r fath.',
  'form.warning': 'Rhybudd',
  'form.noNames':
    'Peidiwch ag enwi plant, teuluoedd na staff, na rhoi manylion a allai ddangos pwy ydyn nhw. Bydd y testun hwn yn cael ei gyhoeddi ar ôl iddo gael ei wirio.',
  'publish.title': 'Gwirio testunau cyn eu cyhoeddi',
  'publish.link': 'Gwirio testunau cyn eu cyhoeddi',
  'publish.card':
    'Darllenwch beth ddywedodd pobl, beth a wnaed, a heriau cyn iddyn nhw ymddangos ar y tudalennau cyhoeddus: tynnwch enwau, yna cyhoeddwch.',
  'publish.lead':
    'Mae pob testun isod yn aros i gael ei wirio cyn iddo ymddangos ar y tudalennau cyhoeddus ac yn y data agored, yr hynaf yn gyntaf. Darllenwch ef, tynnwch unrhyw enw neu fanylyn a allai ddangos pwy yw plentyn, teulu neu aelod o staff, yna cyhoeddwch ef.',
  'publish.leadEditor':
    'Mae dolenni adborth eich sefydliad yn aros i gael eu gwirio cyn iddyn nhw ymddangos ar y tudalennau cyhoeddus, yr hynaf yn gyntaf. Bwrdd y bartneriaeth sy’n gwirio heriau.',
  'publish.editorsNotAllowed':
    'Mae bwrdd y bartneriaeth yn gwirio pob testun cyn iddo gael ei gyhoeddi. Yn ei osodiadau, gall adael i olygyddion pob llofnodwr wirio eu dolenni adborth eu hunain.',
  'publish.none': 'Does dim testunau’n aros i gael eu gwirio.',
  'publish.count': 'Testunau’n aros: {count}, yr hynaf ers {date}.',
  // `publish.kind.*` fills the sentences below, which name it without the article, so it is never mutated.
  'publish.saved': 'Cyhoeddwyd {kind} a godwyd ar {date}.',
  'publish.removed': 'Tynnwyd yr enw o’r testun ({kind} a godwyd ar {date}), ac o’i hanes.',
  'publish.kind.loop': 'dolen adborth',
  'publish.kind.challenge': 'her',
  'publish.heading.loop': 'Dolen adborth a godwyd ar {date}',
  'publish.heading.challenge': 'Her a godwyd ar {date}',
  'publish.organisation': 'Sefydliad',
  'publish.raisedBy': 'Codwyd gan',
  'publish.waiting': 'Yn aros',
  'publish.waitingSince': 'Ers {date}',
  'publish.overdue': 'Hwyr',
  'publish.field.youSaid': 'Dywedoch chi',
  'publish.field.weDid': 'Gwnaethom ni',
  'publish.field.reason': 'Pam na chafodd ei fwrw ymlaen',
  'publish.field.publicStory': 'Stori ar gyfer y tudalennau cyhoeddus',
  'publish.field.text': 'Her',
  'publish.field.response': 'Ateb',
  'publish.button': 'Cyhoeddi',
  // Read after the button's text: "Cyhoeddi dolen adborth a godwyd ar …", "Tynnu o’r testun: …".
  'publish.buttonLabel': '{kind} a godwyd ar {date}',
  'publish.remove.label': 'Tynnu enw',
  // The mark stays in English: it is the text the service writes into the record.
  'publish.remove.hint':
    'Teipiwch ef fel y mae wedi’i ysgrifennu. Bob tro y mae’n ymddangos, mewn llythrennau bach neu fawr, bydd yn troi’n “[name removed]”, yma ac yn hanes y cofnod.',
  'publish.remove.button': 'Tynnu',
  'publish.remove.buttonLabel': 'o’r testun: {kind} a godwyd ar {date}',
  'publish.remove.required': 'Rhowch yr enw i’w dynnu',
  'publish.changed':
    'Newidiodd y testunau ar ôl i chi agor y dudalen hon, felly ni chafodd dim ei gyhoeddi. Darllenwch nhw eto isod cyn cyhoeddi.',
} as const satisfies Partial<Record<MessageKey, string>>;

/**
 * Welsh forms of en.ts's messages with a count, one for each of Welsh's six plural
 * categories, in public.cy.ts's style: after 1, 2, 3 and 6 in figures the noun is singular
 * and unmutated ("2 gweithgaredd"); after 0 and the rest, "o" and the plural ("4 o
 * weithgareddau"), except where Welsh keeps the singular after any number ("10 mis").
 * Each category has its own form so that a Welsh speaker can change one alone.
 */
export const commonPluralsCy = {
  'home.lead': {
    zero: 'Mae {n} o sefydliadau wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    one: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar ei waith gyda phlant, pobl ifanc a theuluoedd.',
    two: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    few: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    many: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    other:
      'Mae {n} o sefydliadau wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
  },
  'count.activities': {
    zero: '{n} o weithgareddau',
    one: '{n} gweithgaredd',
    two: '{n} gweithgaredd',
    few: '{n} gweithgaredd',
    many: '{n} gweithgaredd',
    other: '{n} o weithgareddau',
  },
  'count.months': {
    zero: '{n} mis',
    one: '{n} mis',
    two: '{n} mis',
    few: '{n} mis',
    many: '{n} mis',
    other: '{n} mis',
  },
  'count.loops': {
    zero: '{n} o ddolenni adborth',
    one: '{n} dolen adborth',
    two: '{n} dolen adborth',
    few: '{n} dolen adborth',
    many: '{n} dolen adborth',
    other: '{n} o ddolenni adborth',
  },
  'count.assessments': {
    zero: '{n} o asesiadau',
    one: '{n} asesiad',
    two: '{n} asesiad',
    few: '{n} asesiad',
    many: '{n} asesiad',
    other: '{n} o asesiadau',
  },
  'count.challenges': {
    zero: '{n} o heriau',
    one: '{n} her',
    two: '{n} her',
    few: '{n} her',
    many: '{n} her',
    other: '{n} o heriau',
  },
  'count.problems': {
    zero: '{n} o broblemau',
    one: '{n} problem',
    two: '{n} problem',
    few: '{n} problem',
    many: '{n} problem',
    other: '{n} o broblemau',
  },
  'count.signatories': {
    zero: '{n} o lofnodwyr',
    one: '{n} llofnodwr',
    two: '{n} llofnodwr',
    few: '{n} llofnodwr',
    many: '{n} llofnodwr',
    other: '{n} o lofnodwyr',
  },
  'count.keys': {
    zero: '{n} o allweddi',
    one: '{n} allwedd',
    two: '{n} allwedd',
    few: '{n} allwedd',
    many: '{n} allwedd',
    other: '{n} o allweddi',
  },
  'count.people': {
    zero: '{n} o bobl sy’n gallu mewngofnodi',
    one: '{n} person sy’n gallu mewngofnodi',
    two: '{n} person sy’n gallu mewngofnodi',
    few: '{n} person sy’n gallu mewngofnodi',
    many: '{n} person sy’n gallu mewngofnodi',
    other: '{n} o bobl sy’n gallu mewngofnodi',
  },
} as const satisfies Record<AppPluralKey, WelshForms>;
