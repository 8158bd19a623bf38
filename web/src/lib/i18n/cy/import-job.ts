/**
 * Welsh (Cymraeg) text of an import that finishes all or nothing: where it stands, and why
 * nothing of it was kept: the twin of en.ts's `importJob.` messages (mewnforio, rhesi,
 * cofnodion, as the spreadsheet import's part says).
 */
import type { MessageKey } from '../en.ts';

export const importJobCy = {
  'importJob.title': 'Eich mewnforio',
  'importJob.started.title': 'Mae’ch mewnforio wedi dechrau',
  'importJob.started.lead':
    'Mae ei resi’n cael eu hysgrifennu: pob un ohonynt, neu ddim un os aiff rhywbeth o’i le. Mae’r dudalen hon yn gwirio eto bob ychydig eiliadau.',
  'importJob.check': 'Gwirio eto',
  'importJob.rows': 'Rhesi yn y ffeil',
  'importJob.another': 'Mewnforio ffeil arall',
  'importJob.state.pending': 'Yn aros i ddechrau',
  'importJob.state.writing': 'Yn ysgrifennu’r rhesi',
  'importJob.state.undoing': 'Aeth rhywbeth o’i le: yn tynnu’r rhesi yn ôl',
  'importJob.state.failed': 'Ni fewnforiwyd dim',
  'importJob.failed.changed-meanwhile':
    'Newidiodd rhywun rai o’r cofnodion hyn tra oedd y ffeil yn cael ei mewnforio, felly ni chadwyd dim ohoni. Gwiriwch y ffeil eto, yna mewnforiwch hi.',
  'importJob.failed.store-failed':
    'Nid oedd modd gorffen y mewnforio, felly ni chadwyd dim ohono. Mewnforiwch y ffeil eto: ni fydd rhesi sydd yno eisoes yn cael eu hychwanegu ddwywaith.',
  'importJob.failed.out-of-time':
    'Cymerodd y mewnforio ormod o amser, felly ni chadwyd dim ohono. Mewnforiwch y ffeil eto, neu rhannwch hi’n ffeiliau llai.',
} as const satisfies Partial<Record<MessageKey, string>>;
