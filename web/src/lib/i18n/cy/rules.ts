/**
 * Welsh (Cymraeg) text of the rules the API names by a code (shared/src/records/rules.ts):
 * the twins of en.ts's `rule.` messages, in the words of the record pages (gweithgaredd,
 * cyfranogwyr, dolen adborth, pwynt, her, llofnodwr, egwyddor, grŵp, cyfeirnod, enw byr).
 * A `{day}` is a date and a `{monthName}` a month, both formatted in Welsh; a `{month}`
 * stays as the query writes it (2026-04). Every rule has its Welsh, or type-checking fails.
 */
import type { RuleCode } from '@equal-partners/shared';
import type { RuleNounKey } from '../en.ts';

export const rulesCy = {
  'rule.groupAboveRecorded':
    'Ni all nifer grŵp fod yn fwy na nifer y cyfranogwyr a ddywedodd wrthych amdanyn nhw eu hunain',
  'rule.firstTimeAboveTotal': 'Ni all nifer y cyfranogwyr am y tro cyntaf fod yn fwy na’r cyfanswm',
  'rule.recordedAboveTotal':
    'Ni all nifer y cyfranogwyr a ddywedodd wrthych amdanyn nhw eu hunain fod yn fwy na’r cyfanswm',
  'rule.agreedAboveResponses': 'Ni all y nifer a gytunodd fod yn fwy na nifer yr atebion',
  'rule.endBeforeStart': 'Ni all y dyddiad gorffen fod cyn y dyddiad dechrau',
  'rule.answerNeedsTextAndDate': 'Mae angen testun yr ateb a’r dyddiad y cafodd ei roi',
  'rule.answeredBeforeRaised': 'Ni all her gael ei hateb cyn iddi gael ei chodi',
  'rule.closingNeedsOutcomeAndDate': 'I gau her, mae angen y canlyniad a’r dyddiad',
  'rule.closedBeforeRaised': 'Ni all her gael ei chau cyn iddi gael ei chodi',
  'rule.reasonNeeded': 'Dywedwch pam na fwriwyd ymlaen â’r awgrym',
  'rule.communicatedBeforeRaised': 'Ni all yr ateb fynd yn ôl cyn i’r pwynt gael ei godi',
  'rule.decidedBeforeRaised': 'Ni all penderfyniad ddod cyn i’r pwynt gael ei godi',
  'rule.awardDateNeeded': 'Rhowch ddyddiad y dyfarniad',
  'rule.reviewerNeeded': 'Mae asesiad adolygydd yn enwi’r sefydliad sy’n adolygu',
  'rule.organisationNeeded': 'Mae golygyddion llofnodwyr ac adolygwyr yn perthyn i lofnodwr',
  'rule.englishBesideWelsh': 'Rhowch Saesneg y testun hwn hefyd: mae’r Gymraeg yn cael ei dangos wrth ochr y Saesneg',
  'rule.futureDate': 'Ni all y dyddiad fod yn y dyfodol',
  'rule.unknownSignatory': 'Nid oes llofnodwr â’r enw byr “{id}”',
  'rule.unknownPrinciple': 'Nid oes gan y siarter egwyddor “{id}”',
  'rule.unknownGroup': 'Nid oes grŵp “{id}” yng ngrwpiau’r bartneriaeth',
  'rule.unknownActivity': 'Nid oes gan y sefydliad weithgaredd â’r cyfeirnod “{id}”',
  'rule.periodFormat':
    'Rhowch gyfnod fel mis (2026-05), chwarter (2026-Q2), chwarter ariannol (FY2026-Q1), blwyddyn (2026) neu flwyddyn ariannol (FY2026)',
  'rule.monthsFormat': 'Rhowch y misoedd ar y ffurf BBBB-MM, fel 2026-05',
  'rule.monthFormat': 'Rhowch fis ar y ffurf BBBB-MM, fel 2026-05',
  'rule.periodEndsBeforeStart': 'Ni all y cyfnod orffen cyn iddo ddechrau',
  'rule.periodTooLong': 'Gall cyfnod fod yn ddeng mlynedd ar y mwyaf',
  'rule.periodNotPublic':
    'Caiff ffigurau cyhoeddus eu cyhoeddi ar gyfer blynyddoedd ariannol (FY2026) a chwarteri (FY2026-Q1 neu 2026-Q2) yn unig; mewngofnodwch i weld misoedd, blynyddoedd calendr a chyfnodau pwrpasol',
  'rule.dayNotFirstOfMonth':
    'Mae cyfnodau pwrpasol yn fisoedd cyfan: nid {day} yw diwrnod cyntaf mis. Gofynnwch am from={month} i ddechrau gyda’r cyfan o {monthName}.',
  'rule.dayNotLastOfMonth':
    'Mae cyfnodau pwrpasol yn fisoedd cyfan: nid {day} yw diwrnod olaf mis. Gofynnwch am to={month} i orffen gyda’r cyfan o {monthName}.',
  'rule.idCharacters': 'Defnyddiwch lythrennau, rhifau, cysylltnodau a thanlinellau yn unig',
  'rule.slugCharacters': 'Defnyddiwch lythrennau bach, rhifau a chysylltnodau sengl yn unig',
  'rule.controlCharacterInLine': 'Tynnwch y nod rheoli (fel tab, toriad llinell neu NUL): un llinell yw’r testun hwn',
  'rule.controlCharacter': 'Tynnwch y nod rheoli (fel NUL): dim ond tabiau a thoriadau llinell a ganiateir',
  'rule.directionCharacters':
    'Tynnwch y nodau anweledig sy’n newid cyfeiriad y testun (U+202A i U+202E, U+2066 i U+2069)',
  'rule.addressCharacters': 'Tynnwch y bylchau a’r nodau anweledig o’r cyfeiriad',
  'rule.quarterFormat': 'Rhowch chwarter ar y ffurf BBBB-Qn, fel 2026-Q2',
  'rule.recordNotFound': 'Nid oes {noun} â’r cyfeirnod “{id}”.',
  'rule.recordExistsDifferently':
    'Mae {aNoun} â’r cyfeirnod “{id}” yn bodoli eisoes gyda chynnwys gwahanol. Defnyddiwch gyfeirnod newydd, neu newidiwch y cofnod sydd yno (PUT).',
  'rule.idNotTheAddress': 'Roedd disgwyl “{id}”, y cyfeirnod yn y cyfeiriad',
  'rule.lastDateBeforeFirst': 'Mae’r dyddiad olaf ({to}) cyn y dyddiad cyntaf ({from})',
  'rule.accountExists': 'Mae cyfrif gyda’r cyfeiriad e-bost hwn yn bodoli eisoes.',
  'rule.accountNotFound': 'Nid oes cyfrif {id}.',
  'rule.apiKeyNotFound': 'Nid oes allwedd API yn dechrau â {prefix}.',
  'rule.changedSinceRead':
    'Mae’r cofnod “{id}” ({noun}) bellach ar fersiwn {current}. Darllenwch ef eto a gwnewch eich newid eto.',
  'rule.invalidCursor':
    'Nid yw’r dudalen nesaf yn un a roddwyd ar gyfer y rhestr hon: ewch yn ôl i dudalen gyntaf y rhestr a dilynwch y dolenni i’r tudalennau nesaf.',
  'rule.noPartnership': 'Nid oes partneriaeth wedi’i sefydlu ar y safle hwn eto.',
  'rule.noDataRows': 'Mae gan y ffeil res o benawdau ond dim rhesi o ddata.',
  'rule.tooManyRows': 'Mewnforiwch {max} rhes ar y mwyaf ar y tro; mae gan y ffeil hon {rows}.',
  'rule.noFile': 'Anfonwch y ffeil CSV fel corff y cais.',
  'rule.noHeaderRow': 'Nid oes gan y ffeil res o benawdau. Dechreuwch o’r templed.',
  'rule.headersNotTemplate': 'Rhaid i res 1 gynnwys penawdau colofnau’r templed.',
  'rule.unknownColumn': 'Colofn anhysbys “{column}”: defnyddiwch benawdau’r templed',
  'rule.columnTwice': 'Mae’r golofn “{column}” yn ymddangos ddwywaith',
  'rule.requiredColumnMissing': 'Mae’r golofn ofynnol “{column}” ar goll',
  'rule.importNotFound': 'Nid oes mewnforiad â’r cyfeirnod hwn.',
  'rule.rowIdTaken': 'Mae {aNoun} â’r cyfeirnod “{id}” yn bodoli eisoes: defnyddiwch gyfeirnod arall',
  'rule.rowIdHeldDifferently': 'Mae {aNoun} â’r cyfeirnod “{id}” yn bodoli eisoes gyda chynnwys gwahanol',
  'rule.rowIdTwice': 'Mae gan res {row} yr un cyfeirnod',
  'rule.rowReferenceTaken': 'Mae’r cyfeirnod “{id}” wedi’i gymryd: defnyddiwch un arall',
  'rule.redactionTooLong': 'Byrhewch y testun cyn tynnu hwn',
  'rule.notInTexts': 'Nid yw hwn yn ymddangos yn y testunau: gwiriwch y sillafu',
  'rule.signInNeeded': 'Mewngofnodwch, neu anfonwch allwedd API, i wneud hyn.',
  'rule.commissionersOnlyRead': 'Mae comisiynwyr yn darllen; nid ydyn nhw’n newid cofnodion.',
  'rule.nothingToPublish':
    'Dim ond dolenni adborth, heriau a’r rhesymau dros ddyfarniadau sydd â thestunau i’w cyhoeddi.',
  'rule.ownRecordsOnly': 'Dim ond cofnodion eich sefydliad eich hun y gallwch eu gweld a’u newid.',
  'rule.ownAssessmentsOnly': 'Dim ond asesiadau eich sefydliad eich hun y gallwch eu gweld a’u newid.',
  'rule.reviewerAssessmentsByReviewers': 'Dim ond adolygydd all gyflwyno asesiad adolygydd.',
  'rule.ownChallengesOnly': 'Dim ond heriau i’ch sefydliad eich hun y gallwch eu gweld a’u hateb.',
  'rule.reviewersRaiseChallenges': 'Dim ond adolygwyr sy’n codi ac yn cau heriau.',
  'rule.boardOnly': 'Dim ond bwrdd y bartneriaeth all wneud hyn.',
  'rule.reviewersCannot': 'Ni all adolygwyr wneud hyn.',
  'rule.loopsBySignatory': 'Dim ond y llofnodwr sy’n cofnodi ei ddolenni adborth ei hun.',
  'rule.reviewerAssessmentsOwnOrganisation':
    'Mae adolygwyr yn cyflwyno asesiadau adolygydd ar ran eu sefydliad eu hunain yn unig.',
  'rule.signatoryAnswersChallenge': 'Dim ond y llofnodwr sy’n ateb her.',
  'rule.reviewerChallengesOwnOrganisation':
    'Mae adolygwyr yn codi ac yn cau heriau ar ran eu sefydliad eu hunain yn unig.',
  'rule.exactFiguresNotAllowed':
    'Nid yw bwrdd y bartneriaeth wedi caniatáu i adolygwyr weld yr union ffigurau: darllenwch y ffigurau o dan reolaeth datgelu yn /api/v1/public/metrics yn lle hynny.',
  'rule.commissionersSeeFigures':
    'Mae comisiynwyr yn gweld gweithgareddau drwy’r ffigurau: mae’r cofnodion eu hunain, gyda’u nodiadau mewnol, yn perthyn i’r llofnodwr ac i’r bwrdd.',
  'rule.boardOnlySees': 'Dim ond bwrdd y bartneriaeth all weld hyn.',
  'rule.apiKeyCannotPublish': 'Mae person yn gwirio testun cyn iddo gael ei gyhoeddi: ni all allwedd API gyhoeddi.',
  'rule.boardPublishes': 'Dim ond bwrdd y bartneriaeth sy’n cyhoeddi’r hyn a ysgrifennodd pobl.',
  'rule.boardPublishesAwardReason': 'Dim ond bwrdd y bartneriaeth sy’n cyhoeddi’r rheswm dros ei ddyfarniad.',
  'rule.boardPublishesOwnChallenge': 'Bwrdd y bartneriaeth, nid chi, sy’n cyhoeddi her i’ch sefydliad eich hun.',
  'rule.publishOwnLoopsOnly': 'Dim ond dolenni adborth eich sefydliad eich hun y gallwch eu cyhoeddi.',
  'rule.boardPublishesEveryText':
    'Mae bwrdd y bartneriaeth yn gwirio ac yn cyhoeddi pob testun: nid yw wedi gofyn i lofnodwyr gyhoeddi eu rhai eu hunain.',
  'rule.feedbackWindowClosed':
    'Daeth yr adborth hwn i ben ar {day}. Ni ellir ailagor ffenestr sydd wedi cau: efallai bod ei hatebion mewn ffigurau eisoes, a byddai ychydig mwy yn gadael i unrhyw un sy’n cymharu’r ffigurau weld beth ddywedodd yr ychydig hynny. Trowch adborth ymlaen ar gyfer gweithgaredd newydd yn lle hynny.',
} satisfies Record<`rule.${RuleCode}`, string>;

/** The Welsh of the nouns the rules name a record by (`{noun}`, `{aNoun}`: Welsh has no indefinite article). */
export const ruleNounsCy = {
  'ruleNoun.activity': 'gweithgaredd',
  'ruleNoun.feedback-loop': 'dolen adborth',
  'ruleNoun.assessment': 'asesiad',
  'ruleNoun.challenge': 'her',
  'ruleNoun.signatory': 'llofnodwr',
  'ruleNoun.population-baseline': 'llinell sylfaen poblogaeth',
} satisfies Record<RuleNounKey, string>;
