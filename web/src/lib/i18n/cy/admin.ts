/**
 * Welsh (Cymraeg) text of the administration pages (signatories, population baselines, the
 * charter, the group taxonomy, API keys, users, partnership settings) and of the activity
 * form's settings: the twins of en.ts's `admin.`, `apiKey.`, `apiKeys.`, `baseline.`,
 * `baselines.`, `charter.`, `groups.`, `partnership.`, `setting.`, `settings.`,
 * `signatories.`, `signatory.`, `user.` and `users.` keys. The terms are the public pages'
 * (public.cy.ts, frame.ts): llofnodwr, siarter, gweinyddwr y bwrdd, adolygydd, comisiynydd,
 * cynhwysiant, “dywedoch chi, gwnaethom ni”. A `.noun` is the bare singular, unmutated;
 * `{label}` sentences are worded so that the label needs no mutation.
 */
import type { MessageKey } from '../en.ts';

export const adminCy = {
  'signatory.required.id': 'Rhowch enw byr ar gyfer cyfeiriadau gwe',
  'signatory.required.name': 'Rhowch enw’r sefydliad',
  'signatory.required.sector': 'Dewiswch y sector',
  'signatory.required.signedOn': 'Rhowch y dyddiad y llofnododd y siarter',
  'baseline.required.year': 'Rhowch y flwyddyn',
  'baseline.required.source': 'Rhowch o ble mae’r ffigurau’n dod',
  'baseline.required.population.children': 'Rhowch nifer y plant',
  'baseline.required.population.young-people': 'Rhowch nifer y bobl ifanc',
  'baseline.required.population.parents-carers': 'Rhowch nifer y rhieni a’r gofalwyr',
  'charter.required.charter.name': 'Rhowch enw’r siarter',
  'charter.required.principles.id': 'Rhowch enw byr ar gyfer yr egwyddor',
  'charter.required.principles.title': 'Rhowch deitl yr egwyddor',
  'groups.required.groups.id': 'Rhowch enw byr ar gyfer y grŵp',
  'groups.required.groups.label': 'Rhowch enw’r grŵp',
  'apiKey.required.signatoryId': 'Dewiswch y sefydliad y mae’r allwedd ar ei gyfer',
  'apiKey.required.label': 'Rhowch label ar gyfer yr allwedd',

  'setting.community': 'Yn y gymuned',
  'setting.hint.community':
    'Aethoch chi i ble mae pobl: giât yr ysgol, llyfrgell, grŵp y maen nhw eisoes yn mynd iddo.',
  'setting.organisation': 'Yn eich sefydliad',
  'setting.hint.organisation': 'Daeth pobl atoch chi.',
  'setting.online': 'Ar-lein',
  'setting.hint.online': 'Arolwg, cyfarfod ar-lein neu’r cyfryngau cymdeithasol.',

  'admin.title': 'Gweinyddu',
  'admin.lead': 'Sefydlu’r bartneriaeth: pwy sydd wedi llofnodi, y siarter, y boblogaeth a mynediad.',
  'admin.signatories': 'Y sefydliadau sydd wedi llofnodi’r siarter, a statws siarter pob un.',
  'admin.baselines': 'Y boblogaeth bob blwyddyn, y mae cyrhaeddiad a chynhwysiant yn cael eu mesur yn ei herbyn.',
  'admin.charter': 'Egwyddorion y siarter y mae gweithgareddau ac asesiadau’n cyfeirio atyn nhw.',
  'admin.groups': 'Y grwpiau y mae cynhwysiant yn cael ei fesur ar eu cyfer.',
  'admin.apiKeys': 'Allweddi i systemau llofnodwyr anfon cofnodion yn awtomatig.',
  'admin.users': 'Pwy sy’n gallu mewngofnodi, a gyda pha rôl.',
  'admin.settings':
    'Pwy sy’n gweld yr union ffigurau, sut mae’r ffigurau cyhoeddus yn diogelu preifatrwydd, pryd mae pethau’n hwyr a sut mae cynhwysiant yn cael ei farnu.',

  'settings.title': 'Gosodiadau’r bartneriaeth',
  'settings.lead':
    'Sut mae ffigurau’r bartneriaeth yn cael eu cyfrifo a phwy sy’n eu gweld. Mae newid yn effeithio ar ffigurau pob llofnodwr, ar gyfer cyfnodau blaenorol hefyd, cyn gynted ag y caiff ei gadw.',
  'settings.save': 'Cadw’r gosodiadau',
  'settings.saved': 'Mae’r gosodiadau wedi’u cadw.',
  'settings.field.reviewersSeeExactFigures': 'A all adolygwyr weld yr union ffigurau?',
  'settings.hint.reviewersSeeExactFigures':
    'Fforymau rhieni a gofalwyr a grwpiau llais ieuenctid yw’r adolygwyr. Gyda’r union ffigurau, maen nhw’n gweld ffigurau pob llofnodwr fel y mae’r bwrdd yn eu gweld, gan gynnwys niferoedd o bobl sydd o dan y trothwy datgelu.',
  'settings.reviewersSeeExactFigures.yes': 'Gallan: mae adolygwyr yn gweld yr union ffigurau',
  'settings.reviewersSeeExactFigures.no': 'Na allan: mae adolygwyr yn gweld y ffigurau cyhoeddus',
  'settings.required.settings.reviewersSeeExactFigures': 'Dewiswch a all adolygwyr weld yr union ffigurau',
  'settings.section.public': 'Ffigurau cyhoeddus',
  'settings.section.public.lead':
    'Mae aelodau’r bwrdd, a golygyddion pob llofnodwr ar gyfer eu sefydliad eu hunain, bob amser yn gweld yr union ffigurau. Mae’r cyhoedd yn gweld ffigurau lle mae niferoedd bach wedi’u cuddio a chyfrifon wedi’u talgrynnu, ar y tudalennau cyhoeddus ac yn y data agored.',
  'settings.field.disclosureThreshold': 'Trothwy datgelu',
  'settings.hint.disclosureThreshold':
    'Mae nifer o bobl rhwng 1 ac un yn llai na’r trothwy yn cael ei ddangos fel “llai na” y trothwy (er enghraifft “llai na 10”), byth yn union. Mae trothwy is yn cyhoeddi grwpiau llai o bobl, sy’n haws eu hadnabod. 10 yw’r rhagosodiad; ni all fod yn llai na 5.',
  'settings.required.settings.disclosureThreshold': 'Rhowch y trothwy datgelu',
  'settings.field.publicRounding': 'Talgrynnu cyfrifon cyhoeddus',
  'settings.hint.publicRounding':
    'Mae niferoedd eraill o bobl yn cael eu talgrynnu i’r lluosrif agosaf o’r rhif hwn, er enghraifft 5, a byth i lai na’r trothwy datgelu. Mae nifer y gweithgareddau, y dolenni adborth a’r diwrnodau bob amser yn union.',
  'settings.required.settings.publicRounding': 'Rhowch y rhif i dalgrynnu cyfrifon cyhoeddus iddo',
  'settings.section.due': 'Pryd mae rhywbeth yn hwyr',
  'settings.field.loopDueDays': 'Diwrnodau i ateb dolen adborth',
  'settings.hint.loopDueDays':
    'Mae dolen adborth (“dywedoch chi, gwnaethom ni”) yn hwyr pan nad yw’r bobl a’i cododd wedi cael gwybod beth ddigwyddodd hyn o ddiwrnodau ar ôl iddi gael ei chodi. 90 yw’r rhagosodiad.',
  'settings.required.settings.loopDueDays': 'Rhowch nifer y diwrnodau i ateb dolen adborth',
  'settings.field.challengeDueDays': 'Diwrnodau i ateb her',
  'settings.hint.challengeDueDays':
    'Mae her nad yw’r llofnodwr wedi’i hateb hyn o ddiwrnodau ar ôl iddi gael ei chodi yn hwyr: caiff ei chyhoeddi, ac nid yw’r llofnodwr yn gymwys i gael statws y siarter. 28 yw’r rhagosodiad.',
  'settings.required.settings.challengeDueDays': 'Rhowch nifer y diwrnodau i ateb her',
  'settings.section.inclusion': 'Ffigurau cynhwysiant',
  'settings.section.inclusion.lead':
    'Mae cynrychiolaeth yn cymharu cyfran grŵp o’r bobl a gymerodd ran â’i gyfran o boblogaeth yr ardal: mae 1.0 yn gymesur, ac mae 0.5 yn hanner cymaint â’r hyn a fyddai’n gymesur.',
  'settings.field.underRepresented': 'Trothwy ar gyfer grwpiau wedi’u tangynrychioli',
  'settings.hint.underRepresented':
    'Mae grŵp sydd â chynrychiolaeth o dan y trothwy hwn yn cael ei nodi fel grŵp wedi’i dangynrychioli: mae 1.0 yn golygu yn gymesur, felly mae’r trothwy yn 1.0 neu’n llai. 0.8 yw’r rhagosodiad.',
  'settings.required.settings.underRepresented': 'Rhowch y trothwy ar gyfer grwpiau wedi’u tangynrychioli',
  'settings.field.overRepresented': 'Trothwy ar gyfer grwpiau wedi’u gorgynrychioli',
  'settings.hint.overRepresented':
    'Mae grŵp sydd â chynrychiolaeth uwchlaw’r trothwy hwn yn cael ei nodi fel grŵp wedi’i orgynrychioli: 1.0 neu fwy. 1.25 yw’r rhagosodiad.',
  'settings.required.settings.overRepresented': 'Rhowch y trothwy ar gyfer grwpiau wedi’u gorgynrychioli',
  'settings.field.minRecordedShare':
    'Gwybodaeth ddemograffig sydd ei hangen ar gyfer ffigurau cynhwysiant dibynadwy (%)',
  'settings.hint.minRecordedShare':
    'Pan fydd llai na’r ganran hon o’r bobl a gymerodd ran wedi dweud unrhyw beth amdanyn nhw eu hunain (fel eu hoedran neu eu hethnigrwydd), mae’r ffigurau cynhwysiant yn cael eu nodi’n annibynadwy. 50 yw’r rhagosodiad.',
  'settings.required.settings.minRecordedShare':
    'Rhowch ganran y bobl sy’n rhoi gwybodaeth ddemograffig sydd ei hangen ar y ffigurau cynhwysiant',
  'settings.section.rates': 'Cyfraddau ar sail ychydig o achosion',
  'settings.field.minRateBase': 'Y nifer lleiaf o achosion y tu ôl i radd',
  'settings.hint.minRateBase':
    'Mae cyfradd o weithgareddau, dolenni adborth neu atebion sy’n seiliedig ar lai o achosion na hyn yn cael ei dangos fel “yn seiliedig ar” ei nifer o achosion, heb ei graddio’n goch, yn ambr nac yn wyrdd, a heb newid mewn pwyntiau canran. 5 yw’r rhagosodiad.',
  'settings.required.settings.minRateBase': 'Rhowch y nifer lleiaf o achosion sydd eu hangen ar gyfradd i gael gradd',
  'settings.section.publishing': 'Cyhoeddi’r hyn a ysgrifennodd pobl',
  'settings.section.publishing.lead':
    'Gall yr hyn a ddywedodd pobl, yr hyn a wnaeth llofnodwyr a heriau enwi plant, teuluoedd neu staff. Caiff pob testun ei wirio, a chaiff enw ei dynnu os oes angen, cyn iddo ymddangos ar y tudalennau cyhoeddus ac yn y data agored.',
  'settings.field.editorsMayPublish': 'Pwy sy’n gwirio testunau cyn iddyn nhw gael eu cyhoeddi?',
  'settings.hint.editorsMayPublish':
    'Mae’r bwrdd bob amser yn gwirio heriau, gan gynnwys yr atebion, fel nad oes unrhyw sefydliad yn cyhoeddi her iddo’i hun.',
  'settings.editorsMayPublish.no': 'Mae bwrdd y bartneriaeth yn gwirio pob testun',
  'settings.editorsMayPublish.yes': 'Y bwrdd, a golygyddion pob llofnodwr ar gyfer eu dolenni adborth eu hunain',
  'settings.required.settings.editorsMayPublish': 'Dewiswch pwy sy’n gwirio testunau cyn iddyn nhw gael eu cyhoeddi',
  'settings.field.publishWithinDays': 'Diwrnodau i wirio testun',
  'settings.hint.publishWithinDays':
    'Mae testun sy’n aros yn hirach na hyn i gael ei wirio yn cael ei restru’n hwyr ar dudalen gyhoeddus y llofnodwr. 14 yw’r rhagosodiad.',
  'settings.required.settings.publishWithinDays': 'Rhowch nifer y diwrnodau i wirio testun',
  'settings.field.safeguardingContact': 'Cyswllt diogelu (dewisol)',
  'settings.hint.safeguardingContact':
    'Pwy i roi gwybod iddyn nhw pan fydd testun yn awgrymu y gallai plentyn fod mewn perygl o niwed, er enghraifft enw, rhif ffôn a chyfeiriad e-bost eich arweinydd diogelu dynodedig. Mae pawb sy’n gwirio testunau yn ei weld.',
  'settings.section.feedback': 'Adborth gan bobl a gymerodd ran',
  'settings.section.feedback.lead':
    'Gall pobl a gymerodd ran mewn gweithgaredd ateb tri chwestiwn byr ar eu ffôn, drwy ddolen neu god QR, heb fewngofnodi. Dim ond nifer y bobl a roddodd bob ateb sy’n cael ei gadw.',
  'settings.field.feedbackOnByDefault': 'Rhoi dolen i roi adborth i bob gweithgaredd newydd?',
  'settings.hint.feedbackOnByDefault':
    'Gall golygyddion ac adolygwyr droi dolen pob gweithgaredd ymlaen neu i ffwrdd o hyd. Gyda hi ymlaen ar gyfer pob gweithgaredd, ni all sefydliad ofyn dim ond ar ôl y cyfarfodydd a aeth yn dda.',
  'settings.feedbackOnByDefault.yes': 'Ie, troi adborth ymlaen ar gyfer pob gweithgaredd newydd',
  'settings.feedbackOnByDefault.no': 'Na, mae golygyddion neu adolygwyr yn ei throi ymlaen',
  'settings.required.settings.feedbackOnByDefault': 'Dewiswch a yw pob gweithgaredd newydd yn cael dolen i roi adborth',
  'settings.field.feedbackWindowDays': 'Diwrnodau y mae dolen i roi adborth yn aros ar agor',
  'settings.hint.feedbackWindowDays':
    'Wedi’u cyfrif o ddiwrnod y gweithgaredd, 60 ar y mwyaf. Gall golygyddion ac adolygwyr ddewis dyddiad cau arall. Y rhagosodiad yw 14.',
  'settings.required.settings.feedbackWindowDays': 'Rhowch nifer y diwrnodau y mae dolen i roi adborth yn aros ar agor',
  'settings.section.contact': 'Datganiad hygyrchedd',
  'settings.field.publicContact': 'Cyswllt i’r cyhoedd (dewisol)',
  'settings.hint.publicContact':
    'Cyfeiriad e-bost neu dudalen we lle gall pobl roi gwybod am broblem gyda’r wefan hon neu ofyn am ei gwybodaeth mewn fformat arall, fel accessibility@example.gov.uk. Mae’r datganiad hygyrchedd yn ei ddangos.',
  'settings.field.evidenceMarking': 'Pecyn tystiolaeth arolygu: marc trin',
  'settings.hint.evidenceMarking':
    'Y marc ar bob ffeil yn y pecyn tystiolaeth y mae’r bwrdd yn ei baratoi ar gyfer arolygwyr: mae ei ffigurau’n union. OFFICIAL-SENSITIVE yw’r rhagosodiad.',
  'settings.required.settings.evidenceMarking': 'Dewiswch farc trin y pecyn tystiolaeth',
  'settings.error.percentage': '{label}: rhowch ganran rhwng 0 a 100',

  'signatories.title': 'Llofnodwyr',
  'signatories.add': 'Ychwanegu llofnodwr',
  'signatories.new': 'Ychwanegu llofnodwr',
  'signatories.edit': 'Newid {name}',
  'signatories.save': 'Cadw’r llofnodwr',
  'signatories.saved': 'Mae {name} wedi’i gadw.',
  'signatories.caption': '{signatories}',
  'signatories.active': 'Gweithredol',
  'signatories.inactive': 'Ddim yn weithredol mwyach',
  'signatory.noun': 'llofnodwr',
  'signatory.field.id': 'Enw byr ar gyfer cyfeiriadau gwe',
  'signatory.hint.id':
    'Llythrennau bach, rhifau a chysylltnodau, fel riverside-primary-school. Nid oes modd ei newid yn nes ymlaen.',
  'signatory.field.name': 'Enw’r sefydliad',
  'signatory.field.sector': 'Sector',
  'signatory.field.signedOn': 'Dyddiad llofnodi’r siarter',
  'signatory.field.charterStatus': 'Statws y siarter',
  'signatory.field.awardedOn': 'Dyddiad y dyfarniad',
  'signatory.hint.awardedOn':
    'Mae angen hwn pan fydd statws y siarter wedi’i ddyfarnu: pryd y gwnaeth y bwrdd ei ddyfarnu neu ei adnewyddu ddiwethaf, er enghraifft 14 4 2026. Mae’r dyfarniad yn dod i ben ar ôl 12 mis oni chaiff ei adnewyddu.',
  'signatory.field.contact': 'Cyswllt (dewisol)',
  'signatory.hint.contact': 'Tîm neu rôl, fel “Tîm cyfranogiad”. Nid enw person.',
  'signatory.field.active': 'Gweithredol',
  'signatory.activeLabel': 'Mae’r sefydliad hwn yn llofnodwr gweithredol',

  'baselines.title': 'Llinellau sylfaen poblogaeth',
  'baselines.lead':
    'Ar gyfer pob blwyddyn, faint o blant, pobl ifanc a rhieni a gofalwyr sy’n byw yn yr ardal, a chyfran pob grŵp.',
  'baselines.add': 'Ychwanegu llinell sylfaen',
  'baselines.new': 'Ychwanegu llinell sylfaen poblogaeth',
  'baselines.edit': 'Newid llinell sylfaen {year}',
  'baselines.save': 'Cadw’r llinell sylfaen',
  'baselines.saved': 'Mae llinell sylfaen {year} wedi’i chadw.',
  'baselines.none': 'Nid oes unrhyw linellau sylfaen eto.',
  'baselines.notFound': 'Nid oes llinell sylfaen ar gyfer y flwyddyn honno.',
  'baselines.caption': 'Llinellau sylfaen poblogaeth, y diweddaraf yn gyntaf',
  'baselines.groups': 'Grwpiau â chyfran',
  'baseline.noun': 'llinell sylfaen',
  'baseline.field.year': 'Blwyddyn',
  'baseline.hint.year': 'Er enghraifft, 2026',
  'baseline.field.source': 'Ffynhonnell',
  'baseline.hint.source': 'O ble mae’r ffigurau’n dod, fel “Cyfrifiad Ysgolion Ionawr 2026”.',
  'baseline.population': 'Poblogaeth yr ardal',
  'baseline.field.population.children': 'Plant',
  'baseline.field.population.young-people': 'Pobl ifanc',
  'baseline.field.population.parents-carers': 'Rhieni a gofalwyr',
  'baseline.shares': 'Cyfran pob grŵp o’r boblogaeth (dewisol)',
  'baseline.hint.shares': 'Fel canran, fel 5.3 ar gyfer 5.3%. Gadewch yn wag os nad yw’n hysbys.',
  'baseline.shareOf': '{group} (%)',
  'baseline.error.share': '{label}: rhowch ganran rhwng 0 a 100',

  'charter.title': 'Egwyddorion y siarter',
  'charter.lead':
    'Mae gweithgareddau, dolenni adborth ac asesiadau’n cyfeirio at yr egwyddorion hyn. Os byddwch yn tynnu un, bydd y cofnodion sy’n cyfeirio ati’n cael eu cadw, ond ni fyddan nhw’n cyfrif tuag ati mwyach.',
  'charter.save': 'Cadw’r siarter',
  'charter.saved': 'Mae’r siarter wedi’i chadw.',
  'charter.field.name': 'Enw’r siarter',
  'charter.principle': 'Egwyddor {n}',
  'charter.newPrinciple': 'Ychwanegu egwyddor',
  'charter.field.id': 'Enw byr',
  'charter.hint.id':
    'Llythrennau bach, rhifau a chysylltnodau, fel open-communication. Nid oes modd ei newid yn nes ymlaen.',
  'charter.idFixed': 'Enw byr: {id}',
  'charter.field.title': 'Teitl',
  'charter.field.summary': 'Crynodeb',
  'charter.removeLegend': 'Tynnu egwyddor {n}',
  'charter.remove': 'Tynnu’r egwyddor hon',

  'groups.title': 'Tacsonomeg grwpiau',
  'groups.lead':
    'Y grwpiau y mae cynhwysiant yn cael ei fesur ar eu cyfer. Mae grwpiau ar y cyrion yn cyfrif tuag at y sgôr cynhwysiant.',
  'groups.save': 'Cadw’r grwpiau',
  'groups.saved': 'Mae’r grwpiau wedi’u cadw.',
  'groups.newGroup': 'Ychwanegu grŵp',
  'groups.field.id': 'Enw byr',
  'groups.hint.id': 'Llythrennau bach, rhifau a chysylltnodau, fel young-carers. Nid oes modd ei newid yn nes ymlaen.',
  'groups.field.label': 'Enw',
  'groups.field.marginalised': 'Grŵp ar y cyrion',
  'groups.hint.marginalised': 'Yn cyfrif tuag at y sgôr cynhwysiant.',
  'groups.optionsLegend': 'Opsiynau',
  'groups.remove': 'Tynnu’r grŵp hwn',

  'partnership.noun': 'partneriaeth',
  'partnership.error.duplicateId': 'Mae’r enw byr “{id}” wedi’i ddefnyddio ddwywaith',

  'apiKeys.title': 'Allweddi API',
  'apiKeys.lead':
    'Mae allwedd yn gadael i system un llofnodwr anfon ei weithgareddau a’i ddolenni adborth ei hun. Dirymwch allwedd pan nad oes ei hangen mwyach.',
  'apiKeys.issue': 'Rhoi allwedd',
  'apiKeys.issueButton': 'Rhoi’r allwedd',
  'apiKeys.issued.title': 'Allwedd wedi’i rhoi',
  'apiKeys.issued.for': 'Yr allwedd ar gyfer “{label}”:',
  'apiKeys.warning': 'Rhybudd',
  'apiKeys.issued.once':
    'Copïwch yr allwedd nawr a’i chadw yn rhywle diogel. Dim ond unwaith y caiff ei dangos, ac nid oes modd ei gweld eto.',
  'apiKeys.revoke': 'Dirymu',
  'apiKeys.confirm.title': 'Dirymu’r allwedd {prefix}?',
  'apiKeys.confirm.lead':
    'Bydd yr allwedd “{label}” sy’n perthyn i {organisation} yn peidio â gweithio ar unwaith, i bob system sy’n ei defnyddio. Nid oes modd dadwneud hyn.',
  'apiKeys.confirm.yes': 'Ie, dirymu’r allwedd',
  'apiKeys.confirm.cancel': 'Canslo',
  'apiKeys.revoked': 'Mae’r allwedd {prefix} wedi’i dirymu. Nid yw’n gweithio mwyach.',
  'apiKeys.caption': '{keys}',
  'apiKeys.column.prefix': 'Dechrau’r allwedd',
  'apiKeys.column.organisation': 'Sefydliad',
  'apiKeys.column.label': 'Label',
  'apiKeys.column.created': 'Rhoddwyd',
  'apiKeys.column.lastUsed': 'Defnyddiwyd ddiwethaf',
  'apiKeys.column.status': 'Statws',
  'apiKeys.status.revoked': 'Wedi’i dirymu',
  'apiKeys.neverUsed': 'Byth',
  'apiKey.noun': 'allwedd API',
  'apiKey.field.signatoryId': 'Sefydliad',
  'apiKey.field.label': 'Label',
  'apiKey.hint.label': 'Beth yw diben yr allwedd, fel “System rheoli achosion”.',

  'users.title': 'Defnyddwyr',
  'users.roles':
    'Mae gweinyddwyr y bwrdd yn rheoli popeth. Mae golygyddion llofnodwyr yn cofnodi tystiolaeth eu sefydliad eu hunain. Mae adolygwyr yn asesu llofnodwyr ac yn codi heriau. Mae comisiynwyr yn darllen union ffigurau pob llofnodwr ac nid ydyn nhw’n newid dim.',
  'users.cognito':
    'Mae pobl yn mewngofnodi gyda chyfrif yng nghronfa defnyddwyr y gwasanaeth. Pan fyddwch yn ychwanegu rhywun, byddan nhw’n cael e-bost gyda chyfrinair dros dro. Mae newid rôl neu sefydliad rhywun, neu ddiffodd eu cyfrif, yn eu hallgofnodi o fewn munud; maen nhw’n mewngofnodi eto gyda’r hyn y cân nhw ei wneud bellach.',
  'users.demo':
    'Mae’r copi lleol hwn yn mewngofnodi pobl gyda chyfrifon enghreifftiol. Gall y bobl rydych chi’n eu hychwanegu yma fewngofnodi o’r dudalen mewngofnodi, heb gyfrinair.',
  'users.add': 'Ychwanegu person',
  'users.addButton': 'Ychwanegu’r person',
  'users.added': 'Mae {email} wedi’i ychwanegu.',
  'users.saved': 'Mae {email} wedi’i newid.',
  'users.caption': '{people}',
  'users.column.email': 'Cyfeiriad e-bost',
  'users.column.role': 'Rôl',
  'users.column.organisation': 'Sefydliad',
  'users.column.status': 'Statws',
  'users.status.active': 'Yn gallu mewngofnodi',
  'users.status.invited': 'Wedi cael gwahoddiad, heb fewngofnodi eto',
  'users.status.off': 'Wedi’i ddiffodd',
  'users.noRole': 'Dim rôl',
  'users.change': 'Newid',
  'users.wholePartnership': 'Y bartneriaeth gyfan',
  'users.none': 'Nid yw mewngofnodi wedi’i sefydlu ar gyfer y gwasanaeth hwn.',
  'users.edit.title': 'Newid {email}',
  'users.edit.save': 'Cadw’r newidiadau',
  'users.edit.cancel': 'Yn ôl i’r defnyddwyr',
  'users.edit.yourself':
    'Eich cyfrif chi yw hwn. Rhaid i un arall o weinyddwyr y bwrdd newid eich rôl neu ddiffodd eich cyfrif, fel bod gan y bartneriaeth un bob amser.',
  'user.noun': 'cyfrif',
  'user.field.email': 'Cyfeiriad e-bost',
  'user.field.role': 'Rôl',
  'user.field.signatoryId': 'Sefydliad',
  'user.field.enabled': 'A allan nhw fewngofnodi?',
  'user.hint.email': 'Maen nhw’n mewngofnodi gyda’r cyfeiriad hwn.',
  'user.hint.signatoryId':
    'Mae golygyddion llofnodwyr ac adolygwyr yn gweithredu ar ran un sefydliad. Mae gweinyddwyr y bwrdd a chomisiynwyr yn gweithredu ar ran y bartneriaeth gyfan.',
  'user.required.email': 'Rhowch eu cyfeiriad e-bost',
  'user.required.role': 'Dewiswch rôl',
  'user.required.enabled': 'Dewiswch a allan nhw fewngofnodi',
  'user.enabled.yes': 'Gallan',
  'user.enabled.no': 'Na allan, diffodd y cyfrif',
  'user.required.signatoryId': 'Dewiswch y sefydliad y maen nhw’n gweithredu ar ei ran',
  'user.roleHint.board-admin': 'Yn rheoli’r siarter, llofnodwyr, pobl ac allweddi, ac yn gweld pob union ffigur.',
  'user.roleHint.signatory-editor': 'Yn cofnodi ac yn cywiro tystiolaeth eu sefydliad eu hunain.',
  'user.roleHint.reviewer':
    'Aelod o fforwm rhieni a gofalwyr neu grŵp llais ieuenctid: yn asesu unrhyw lofnodwr ac yn codi heriau.',
  'user.roleHint.commissioner':
    'Swyddog comisiynu (er enghraifft yn yr ICB neu’r cyngor): yn darllen union ffigurau pob llofnodwr, heb newid dim.',
  'signatory.field.awardReason': 'Rheswm dros ddyfarnu er gwaethaf y meini prawf',
  'signatory.hint.awardReason':
    'Mae angen hwn pan nad yw’r sefydliad yn bodloni pob maen prawf. Caiff ei gadw yn hanes y statws a’i ddangos ar y gofrestr gyhoeddus ar ôl ei wirio. Peidiwch ag enwi plant, teuluoedd na staff.',
  'signatory.error.awardReason':
    'Rhowch y rheswm pam mae’r bwrdd yn dyfarnu statws y siarter er nad yw {name} yn bodloni pob maen prawf',
  'signatory.section.organisation': 'Y sefydliad',
  'settings.section.award': 'Dyfarnu statws y siarter',
  'settings.section.award.lead':
    'Beth mae’n rhaid i lofnodwr ei ddangos i’r bwrdd ddyfarnu statws y siarter heb roi rheswm. Mae isafswm i bob un, fel bod dyfarniad bob amser yn golygu rhywbeth.',
  'settings.field.awardClosurePercent': 'Dolenni adborth wedi’u cau (%)',
  'settings.hint.awardClosurePercent': 'Cyfran y pwyntiau a godwyd y mae’n rhaid eu hateb: o leiaf 50. 70 fel arfer.',
  'settings.required.settings.awardClosurePercent': 'Rhowch gyfran y dolenni adborth y mae’n rhaid eu cau',
  'settings.field.awardReviewerMean': 'Sgôr gymedrig yr adolygwyr',
  'settings.hint.awardReviewerMean': 'Y sgôr gyfartalog y mae adolygwyr yn ei rhoi, o 1 i 4: o leiaf 2.5. 3 fel arfer.',
  'settings.required.settings.awardReviewerMean': 'Rhowch sgôr gymedrig yr adolygwyr',
  'settings.field.awardWindowMonths': 'Misoedd sy’n cael eu hystyried',
  'settings.hint.awardWindowMonths':
    'Mae’r meini prawf yn edrych ar y nifer hwn o fisoedd hyd at heddiw: rhwng 6 a 12. 12 fel arfer.',
  'settings.required.settings.awardWindowMonths': 'Rhowch nifer y misoedd sy’n cael eu hystyried',
  'settings.field.awardNeedsReviewerAssessment': 'A oes angen asesiad gan adolygydd?',
  'settings.hint.awardNeedsReviewerAssessment':
    'Tystiolaeth o’r tu allan i’r sefydliad: o leiaf un asesiad gan fforwm rhieni a gofalwyr neu grŵp llais ieuenctid yn y misoedd sy’n cael eu hystyried.',
  'settings.awardNeedsReviewerAssessment.yes': 'Oes, mae angen o leiaf un asesiad gan adolygydd',
  'settings.awardNeedsReviewerAssessment.no': 'Nac oes, dim ond lle mae rhai y mae sgoriau adolygwyr yn cyfrif',
  'settings.required.settings.awardNeedsReviewerAssessment': 'Dewiswch a oes angen asesiad gan adolygydd',
  'settings.field.minFeedbackResponses': 'Y nifer lleiaf o atebion y tu ôl i ffigur adborth',
  'settings.hint.minFeedbackResponses':
    'Dangosir atebion gweithgaredd, i bawb gan gynnwys y bwrdd, dim ond pan fydd o leiaf cymaint â hyn o bobl wedi ateb, fel na ellir adnabod atebion neb. O leiaf 5; y rhagosodiad yw 5.',
  'settings.required.settings.minFeedbackResponses': 'Rhowch y nifer lleiaf o atebion sydd eu hangen ar ffigur adborth',
} as const satisfies Partial<Record<MessageKey, string>>;
