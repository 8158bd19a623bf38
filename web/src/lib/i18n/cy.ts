/** Welsh (Cymraeg) for the page frame of the public pages: header, footer, skip link and account links. */
import type { MessageKey } from './en.ts';

export const cy: Partial<Record<MessageKey, string>> = {
  'app.skipLink': 'Neidio i’r prif gynnwys',
  'app.demoBanner': 'Data enghreifftiol: mae’r sefydliadau, y bobl a’r ffigurau yma i gyd yn ffuglen.',
  'app.footer': 'Meddalwedd ffynhonnell agored ar gyfer partneriaethau siarter cyd-gynhyrchu yw Equal Partners.',
  'account.navLabel': 'Eich cyfrif',
  'account.signedInAs': 'Wedi mewngofnodi fel',
  'account.records': 'Eich cofnodion',
  'account.admin': 'Gweinyddu',
  'account.signIn': 'Mewngofnodi',
  'account.signOut': 'Allgofnodi',
  'account.publicReport': 'Adroddiad cyhoeddus',
  'account.overview': 'Trosolwg o’r bartneriaeth',
  'account.ownReport': 'Adroddiad eich sefydliad',
  'role.board-admin': 'Gweinyddwr y bwrdd',
  'role.signatory-editor': 'Golygydd llofnodwr',
  'role.reviewer': 'Adolygydd',
};
