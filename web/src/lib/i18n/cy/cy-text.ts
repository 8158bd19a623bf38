/**
 * Welsh (Cymraeg) text of the Welsh versions of records' public texts on the data-entry
 * and publishing pages (docs/decisions/0404): the twin of en.ts's `cyText.` messages.
 */
import type { MessageKey } from '../en.ts';

export const cyTextCy = {
  'cyText.section': 'Fersiwn Gymraeg (dewisol)',
  'cyText.lead':
    'Mae’r tudalennau Cymraeg yn dangos y testunau hyn yn lle’r Saesneg. Lle caiff testun ei adael yn wag, maen nhw’n dangos y Saesneg ac yn dweud ei fod yn Saesneg yn unig.',
  'cyText.checked': 'Caiff y Gymraeg ei gwirio cyn ei chyhoeddi, fel y Saesneg.',
  'cyText.activity.title': 'Teitl yn Gymraeg',
  'cyText.activity.publicSummary': 'Crynodeb cyhoeddus yn Gymraeg',
  'cyText.loop.youSaid': 'Dywedoch chi, yn Gymraeg',
  'cyText.loop.weDid': 'Gwnaethom ni, yn Gymraeg',
  'cyText.loop.reason': 'Pam na chafodd ei fwrw ymlaen, yn Gymraeg',
  'cyText.loop.publicStory': 'Stori ar gyfer y tudalennau cyhoeddus, yn Gymraeg',
  'cyText.challenge.text': 'Her yn Gymraeg',
  'cyText.challenge.response': 'Ateb yn Gymraeg',
  'cyText.publishField': '{field} (Cymraeg)',
} satisfies Partial<Record<MessageKey, string>>;
