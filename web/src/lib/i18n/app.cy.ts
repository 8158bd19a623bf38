/**
 * Welsh (Cymraeg) text of the app pages (home, sign-in, data entry, admin): the messages
 * of en.ts that have Welsh so far, and the Welsh forms of its plural messages. A message
 * without Welsh shows in English (app-welsh.ts). The Welsh should be checked by a Welsh
 * speaker; mutations after 2, 3 and 6 follow decision 0500.
 */
import type { WelshForms } from './format.ts';
import type { AppPluralKey, MessageKey } from './en.ts';

export const appCy: Partial<Record<MessageKey, string>> = {
  'app.tagline': 'Tystiolaeth siarter cyd-gynhyrchu: cyrhaeddiad, cynhwysiant ac effaith',

  // The sign-in and sign-out pages.
  'signIn.title': 'Mewngofnodi',
  'signIn.demoLead':
    'Dewiswch gyfrif enghreifftiol i fewngofnodi gydag ef. Mae pob un yn dangos beth y gall un math o ddefnyddiwr ei weld a’i wneud.',
  'signIn.demoNote':
    'Dim ond ar y cyfrifiadur hwn y mae’r cyfrifon hyn yn bodoli, i roi cynnig ar Equal Partners. Mae gwasanaeth byw yn mewngofnodi pobl gyda’u cyfrifon eu hunain.',
  'signIn.as': 'Mewngofnodi fel {name}',
  'signIn.alreadySignedIn': 'Rydych wedi mewngofnodi fel {name}. Dewiswch gyfrif arall i newid.',
  'signIn.roleHint.board-admin': 'Popeth: llofnodwyr, y siarter, llinellau sylfaen, allweddi API a phob cofnod.',
  'signIn.roleHint.signatory-editor': 'Yn cofnodi ac yn cywiro tystiolaeth ei sefydliad ei hun ac yn ateb heriau.',
  'signIn.roleHint.reviewer': 'Yn asesu unrhyw lofnodwr ac yn codi heriau ar ran ei grŵp.',
  'signIn.roleHint.commissioner':
    'Yn darllen union ffigurau pob llofnodwr a’r trosolwg o’r bartneriaeth; nid yw’n newid dim.',
  'signIn.noSuchAccount': 'Nid oedd modd mewngofnodi gyda’r cyfrif hwnnw. Dewiswch un o’r cyfrifon a restrir.',
  'signIn.unavailable':
    'Nid yw mewngofnodi wedi’i osod ar gyfer y gwasanaeth hwn eto. Gofynnwch i fwrdd y bartneriaeth sy’n ei redeg.',
  'signOut.title': 'Allgofnodi',

  // What the server says when a page is not for someone.
  'guard.signIn': 'Mewngofnodwch i weld y dudalen hon.',
  'guard.unavailable':
    'Nid oedd modd gwirio eich mewngofnodi ar hyn o bryd. Arhoswch funud, yna rhowch gynnig arall arni.',
  'guard.role': 'Mae’r dudalen hon ar gyfer: {roles}. Nid oes gan eich cyfrif y rôl honno.',

  // Every form.
  'form.errorSummary': 'Mae problem',
  'form.errorPrefix': 'Gwall:',
  'form.errorTitlePrefix': 'Gwall:',
  'form.success': 'Llwyddiant',
  'form.selectAllThatApply': 'Dewiswch bob un sy’n berthnasol.',
  'form.dateHint': 'Er enghraifft, 27 3 2026',
  'form.chooseOrganisation': 'Dewiswch sefydliad',
  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',
  'error.enter': 'Rhowch {label}',
  'error.select': 'Dewiswch {label}',
  'error.selectAtLeastOne': 'Dewiswch o leiaf un dewis ar gyfer {label}',
  'error.number': 'Rhaid i {label} fod yn rhif',
  'error.wholeNumber': 'Rhaid i {label} fod yn rhif cyfan',
  'error.min': 'Rhaid i {label} fod yn {min} neu fwy',
  'error.moreThan': 'Rhaid i {label} fod yn fwy na {min}',
  'error.max': 'Rhaid i {label} fod yn {max} neu lai',
  'error.maxLength': 'Rhaid i {label} fod yn {max} nod neu lai',
  'error.date': 'Rhaid i {label} fod yn ddyddiad go iawn',
  'error.url': 'Rhowch {label} fel cyfeiriad gwe, fel https://example.org/minutes',

  // The records page.
  'manage.title': 'Eich cofnodion',
  'manage.lead.board-admin': 'Cofnodi a chywiro tystiolaeth ar gyfer unrhyw lofnodwr.',
  'manage.lead.signatory-editor': 'Cofnodwch ymgysylltiad eich sefydliad a’r hyn a ddaeth ohono.',
  'manage.lead.reviewer': 'Dwyn llofnodwyr i gyfrif: eu hasesu yn erbyn y siarter a chodi heriau.',
  'manage.activities': 'Cyfarfodydd, arolygon a sesiynau gyda phlant, pobl ifanc a theuluoedd.',
  'manage.loops': '“Dywedoch chi, gwnaethon ni”: beth a godwyd gan bobl a beth ddigwyddodd.',
  'manage.assessments': 'Hunanasesiadau yn erbyn pob egwyddor yn y siarter, bob chwarter.',
  'manage.assessments.reviewer': 'Asesiadau eich grŵp o lofnodwyr yn erbyn pob egwyddor yn y siarter.',
  'manage.challenges': 'Heriau a godwyd gan adolygwyr, a’ch atebion.',
  'manage.challenges.reviewer': 'Codi her gyda llofnodwr, a’i chau unwaith y caiff ei hateb.',
  'manage.import': 'Ychwanegu llawer o weithgareddau neu ddolenni adborth ar unwaith o daenlen.',
  'activities.title': 'Gweithgareddau ymgysylltu',
  'loops.title': 'Dolenni adborth',
  'assessments.title': 'Asesiadau',
  'challenges.title': 'Heriau',
  'import.title': 'Mewnforio o daenlen',
  'publish.link': 'Gwirio testunau cyn eu cyhoeddi',
  'publish.card':
    'Darllenwch beth ddywedodd pobl, beth a wnaed a’r heriau cyn iddynt ymddangos ar y tudalennau cyhoeddus: tynnwch enwau, yna cyhoeddwch.',

  // The feedback loops and their form.
  'loops.lead': '“Dywedoch chi, gwnaethon ni”: mae dolen ar gau pan fydd yr ateb yn mynd yn ôl at y bobl a’i cododd.',
  'loops.add': 'Ychwanegu dolen adborth',
  'loops.new': 'Ychwanegu dolen adborth',
  'loops.save': 'Cadw’r ddolen adborth',
  'loops.saved': 'Cafodd y ddolen adborth ei chadw.',
  'loops.none': 'Ni chodwyd unrhyw ddolenni adborth yn y cyfnod hwn.',
  'loops.caption': '{loops} a godwyd yn ystod y {months} diwethaf, y diweddaraf yn gyntaf',
  'loops.captionPage': 'Tudalen {page}: {loops} a godwyd yn ystod y {months} diwethaf, y diweddaraf yn gyntaf',
  'loops.column.raisedOn': 'Codwyd',
  'loops.column.youSaid': 'Dywedoch chi',
  'loops.column.organisation': 'Sefydliad',
  'loops.column.status': 'Statws',
  'loops.column.communicatedOn': 'Aeth yr ateb yn ôl',
  'loops.notYetCommunicated': 'Ddim eto',
  'loop.noun': 'dolen adborth',
  'loop.required.signatoryId': 'Dewiswch y sefydliad',
  'loop.required.raisedOn': 'Rhowch y dyddiad y cafodd ei godi',
  'loop.required.youSaid': 'Rhowch beth ddywedodd pobl',
  'loop.required.status': 'Dewiswch y statws',
  'loop.field.signatoryId': 'Sefydliad',
  'loop.field.raisedOn': 'Dyddiad ei godi',
  'loop.field.youSaid': 'Dywedoch chi',
  'loop.field.weDid': 'Gwnaethon ni (dewisol)',
  'loop.field.status': 'Statws',
};

/** Welsh forms of every plural message of the app pages: after 1, 2, 3 and 6 the singular, after the rest "o" and the plural. */
export const appPluralsCy: Record<AppPluralKey, WelshForms> = {
  'home.lead': {
    zero: 'Mae {n} o sefydliadau wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    one: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar ei waith gyda phlant, pobl ifanc a theuluoedd.',
    two: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    few: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    many: 'Mae {n} sefydliad wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
    other:
      'Mae {n} o sefydliadau wedi llofnodi’r siarter ac yn adrodd yma ar eu gwaith gyda phlant, pobl ifanc a theuluoedd.',
  },
  'count.activities': counted('gweithgaredd', 'weithgareddau'),
  // Welsh keeps "mis" singular after any number.
  'count.months': counted('mis', 'mis', ''),
  'count.loops': counted('dolen adborth', 'ddolenni adborth'),
  'count.assessments': counted('asesiad', 'asesiadau'),
  'count.challenges': counted('her', 'heriau'),
  'count.problems': counted('problem', 'broblemau'),
  'count.signatories': counted('llofnodwr', 'lofnodwyr'),
  'count.keys': counted('allwedd', 'allweddi'),
  'count.people': counted('person sy’n gallu mewngofnodi', 'bobl sy’n gallu mewngofnodi'),
};

/** A counted noun: the singular after 1, 2, 3 and 6, and `of` ("o" and the mutated plural) after the rest. */
function counted(singular: string, plural: string, of = 'o '): WelshForms {
  const rest = `{n} ${of}${plural}`;
  const one = `{n} ${singular}`;
  return { zero: rest, one, two: one, few: one, many: one, other: rest };
}
