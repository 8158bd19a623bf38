/**
 * Welsh (Cymraeg) text of the account page and the board's alert e-mails page: the twin of
 * en.ts's `alerts.` messages, in the words of the other parts: dolen adborth, her,
 * llofnodwr, statws y siarter, grwpiau ymylol, y bwrdd.
 */
import type { MessageKey } from '../en.ts';

export const alertsCy = {
  'alerts.account.title': 'Eich cyfrif',
  'alerts.account.lead': 'Fel pwy rydych wedi mewngofnodi, a’r e-byst a gewch gan Equal Partners.',
  'alerts.account.name': 'Enw',
  'alerts.account.role': 'Rôl',
  'alerts.account.organisation': 'Sefydliad',
  'alerts.account.emailsHeading': 'E-byst am waith sy’n aros',
  'alerts.account.emailsLead':
    'Bob bore cewch un e-bost yn rhestru beth sydd angen ei wneud: dolenni adborth sy’n hwyr, heriau sy’n aros am ateb, dyfarniadau sy’n dod i ben o fewn 60 diwrnod a grwpiau ymylol heb gyfranogwyr y chwarter hwn. Ni anfonir dim ar ddiwrnod heb ddim yn aros.',
  'alerts.account.boardNote':
    'Mae e-bost y bwrdd yn mynd i’r cyswllt cyhoeddus yn y gosodiadau pan fo’n gyfeiriad e-bost; dim ond pan nad yw y caiff gweinyddwyr y bwrdd ef.',
  'alerts.account.legend': 'Ydych chi eisiau’r e-byst hyn?',
  'alerts.account.on': 'Ydw, anfonwch yr e-byst hyn ataf',
  'alerts.account.off': 'Nac ydw, diffoddwch nhw',
  'alerts.account.hint': 'Mae’r e-byst yn cael eu hysgrifennu yn iaith y dudalen hon pan fyddwch yn cadw.',
  'alerts.account.language': 'Mae eich e-byst yn cael eu hysgrifennu yn {language}.',
  'alerts.account.languageBoth':
    'Mae eich e-byst yn cael eu hysgrifennu yn Gymraeg ac yn Saesneg nes i chi gadw’r gosodiad hwn.',
  'alerts.account.save': 'Cadw',
  'alerts.account.saved': 'Mae eich gosodiad e-bost wedi’i gadw.',
  'alerts.account.choose': 'Dewiswch a ydych eisiau’r e-byst hyn',
  'alerts.language.en': 'Saesneg',
  'alerts.language.cy': 'Gymraeg',
  'alerts.admin.title': 'E-byst rhybudd',
  'alerts.admin.card':
    'Pwy sy’n cael yr e-byst dyddiol am waith sy’n aros, a’r negeseuon a ysgrifennwyd ar y cyfrifiadur hwn.',
  'alerts.admin.lead':
    'Bob bore mae golygyddion pob llofnodwr yn cael e-bost am beth sydd angen ei wneud yn eu sefydliad, a chyswllt y bwrdd yr un peth ar draws y bartneriaeth. Anfonir pob eitem unwaith y dydd; anfonir un na ellid ei hanfon gan y rhediad nesaf.',
  'alerts.admin.contactHeading': 'Cyswllt y bwrdd',
  'alerts.admin.contact': 'Mae e-byst y bwrdd yn mynd i {contact}, y cyswllt cyhoeddus yn y gosodiadau.',
  'alerts.admin.noContact':
    'Nid yw’r cyswllt cyhoeddus yn y gosodiadau yn gyfeiriad e-bost, felly mae e-byst y bwrdd yn mynd i bob un o weinyddwyr y bwrdd yn lle hynny.',
  'alerts.admin.legend': 'Anfon yr e-byst hyn at gyswllt y bwrdd?',
  'alerts.admin.on': 'Ie, anfonwch nhw',
  'alerts.admin.off': 'Na, diffoddwch nhw',
  'alerts.admin.save': 'Cadw',
  'alerts.admin.saved': 'Mae gosodiad cyswllt y bwrdd wedi’i gadw.',
  'alerts.admin.choose': 'Dewiswch a yw cyswllt y bwrdd yn cael yr e-byst hyn',
  'alerts.admin.outboxHeading': 'Blwch allan',
  'alerts.admin.outboxLead':
    'Ar y cyfrifiadur hwn nid yw’r e-byst yn cael eu hanfon: mae pob un yn cael ei ysgrifennu i’r ffolder blwch allan {folder}. Mae’r rhai mwyaf newydd isod.',
  'alerts.admin.noOutbox': 'Yma mae’r e-byst yn cael eu hanfon gan Amazon SES, felly nid oes blwch allan i’w ddangos.',
  'alerts.admin.empty': 'Mae’r blwch allan yn wag: nid oes e-bost wedi’i ysgrifennu eto.',
  'alerts.admin.to': 'At',
  'alerts.admin.subject': 'Pwnc',
  'alerts.admin.written': 'Ysgrifennwyd',
  'alerts.admin.text': 'Dangos y neges',
} satisfies Partial<Record<MessageKey, string>>;
