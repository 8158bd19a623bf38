/**
 * Welsh (Cymraeg) text of the evidence beside the assessment form (the signatory's own
 * scores, the last reviewer's, the evidence count and the figures): the twin of en.ts's
 * `evidence.` messages, in the words of the public pages (public.cy.ts) and the records
 * part (hunanasesiad, adolygydd, dolen adborth).
 */
import type { MessageKey } from '../en.ts';

export const evidenceCy = {
  'evidence.show': 'Dangos y dystiolaeth',
  'evidence.showHint':
    'Dewiswch y sefydliad a’r chwarter, yna dangoswch y dystiolaeth: mae ei sgorau ei hun, sgorau’r adolygydd diwethaf, nifer y dystiolaeth a’i ffigurau yn ymddangos gyda phob egwyddor.',
  'evidence.showHint.quarter':
    'Dewiswch y chwarter, yna dangoswch y dystiolaeth: mae sgorau’r sefydliad ei hun, sgorau’r adolygydd diwethaf, nifer y dystiolaeth a’i ffigurau yn ymddangos gyda phob egwyddor.',
  'evidence.showHint.own':
    'Dewiswch y chwarter, yna dangoswch y dystiolaeth: mae eich sgorau diwethaf, sgorau’r adolygydd diwethaf, nifer y dystiolaeth a’ch ffigurau yn ymddangos gyda phob egwyddor.',
  'evidence.heading': 'Y dystiolaeth',
  'evidence.self': 'Hunanasesiad',
  'evidence.self.value': '{rating}, ar gyfer {quarter}',
  'evidence.self.none': 'Heb ei graddio mewn hunanasesiad hyd at {quarter}',
  'evidence.reviewer': 'Sgôr blaenorol yr adolygydd',
  'evidence.reviewer.value': '{rating}, ar gyfer {quarter}, gan {reviewer}',
  'evidence.reviewer.valueUnnamed': '{rating}, ar gyfer {quarter}',
  'evidence.reviewer.none': 'Heb ei graddio gan adolygydd cyn {quarter}',
  'evidence.count': 'Tystiolaeth yn ystod {quarter}',
  'evidence.count.hint':
    'Gweithgareddau a dolenni adborth a gaewyd sy’n gysylltiedig â’r egwyddor hon yn ystod y chwarter.',
  'evidence.figures.title': 'Ffigurau {organisation}, {quarter}',
  'evidence.figures.exact': 'Dyma’r union ffigurau: peidiwch â’u cyhoeddi.',
  'evidence.figures.public': 'Dyma’r ffigurau cyhoeddedig: nid yw cyfrifon o lai na {k} o bobl yn cael eu dangos.',
  'evidence.figures.reach': 'Cyrhaeddiad',
  'evidence.figures.participations': 'Nifer y troeon y cymerodd pobl ran: {n}',
  'evidence.figures.activities': 'Gweithgareddau: {n}',
  'evidence.figures.reach.link': 'Rhagor am gyrhaeddiad',
  'evidence.figures.inclusion': 'Cynhwysiant',
  'evidence.figures.inclusionScore': 'Sgôr cynhwysiant: {score}',
  'evidence.figures.inclusion.link': 'Rhagor am gynhwysiant',
  'evidence.figures.impact': 'Effaith',
  'evidence.figures.loops': 'Dolenni adborth a gaewyd: {closed} o’r {raised} a godwyd ({rate})',
  'evidence.figures.impact.link': 'Rhagor am effaith',
  'evidence.value.outOf100': '{score} allan o 100',
  'evidence.value.fewerThan': 'llai na {k}',
  'evidence.value.notShown': 'heb ei ddangos',
  'evidence.value.yearOnly': 'wedi’i gyhoeddi ar gyfer y flwyddyn yn unig',
  'evidence.value.none': 'dim data',
} as const satisfies Partial<Record<MessageKey, string>>;
