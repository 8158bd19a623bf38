/**
 * Welsh (Cymraeg) text of the outcomes pages (what feedback changed, across partners): the
 * twin of en.ts's `outcomes.` messages, in the public pages' words (public.cy.ts): a closed
 * feedback loop is a point answered, "pwynt a atebwyd".
 */
import type { MessageKey } from '../en.ts';

export const outcomesCy = {
  'outcomes.title': 'Beth newidiodd adborth',
  'outcomes.lead':
    'Ar draws pob sefydliad: y pwyntiau a godwyd gan bobl ac a gafodd ateb yn ôl, yn ôl beth newidiodd o ganlyniad. Mae’r ffigurau’n union: peidiwch â’u cyhoeddi.',
  'outcomes.counting':
    'Mae pwynt yn cael ei gyfrif yn y cyfnod y cafodd ei godi, fel ar y trosolwg o’r bartneriaeth, ac fel pwynt a atebwyd unwaith y mae’r ateb wedi mynd yn ôl at y bobl a’i cododd, pryd bynnag y bu hynny. Dewiswch rif i weld y pwyntiau y tu ôl iddo.',
  'outcomes.summary':
    'O’r rhai a godwyd yn ystod {period}, mae {closed} wedi cael ateb hyd yma; arweiniodd {changed} at newid.',
  'outcomes.none': 'Nid oes unrhyw bwynt a godwyd yn ystod {period} wedi cael ateb yn ôl eto.',
  'outcomes.notRecorded': 'Canlyniad heb ei gofnodi',
  'outcomes.total': 'Pob pwynt a atebwyd',
  'outcomes.linkContext': 'pwyntiau a atebwyd: {row}, {column}',
  'outcomes.inProgress': '(heb ddod i ben eto)',
  'outcomes.bySignatory.title': 'Yn ôl sefydliad',
  'outcomes.bySignatory.caption': 'Pwyntiau a atebwyd yn ôl sefydliad a chanlyniad, a godwyd yn ystod {period}',
  'outcomes.bySignatory.summary': 'O’r {all}, atebodd {organisations} bwyntiau. Atebodd {top} y nifer fwyaf ({count}).',
  'outcomes.bySignatory.column': 'Sefydliad',
  'outcomes.bySignatory.totalRow': 'Pob sefydliad',
  'outcomes.byStage.title': 'Yn ôl cam y gwaith',
  'outcomes.byStage.hint':
    'Cam y gweithgareddau lle codwyd y pwynt, o gomisiynu i werthuso. Mae pwynt sy’n gysylltiedig â gweithgareddau mewn camau gwahanol yn cael ei gyfrif unwaith ym mhob un o’r camau hynny, felly gall y camau adio i fwy na’r pwyntiau a atebwyd. Mae pwynt nad yw’n gysylltiedig ag unrhyw weithgaredd, neu y mae ei weithgareddau wedi’u dileu, yn cael ei gyfrif fel pwynt heb gysylltiad â gweithgaredd.',
  'outcomes.byStage.caption':
    'Pwyntiau a atebwyd yn ôl cam y gweithgareddau a’u cododd a chanlyniad, a godwyd yn ystod {period}',
  'outcomes.byStage.summary': 'Daeth y rhan fwyaf o’r pwyntiau a atebwyd o weithgareddau yn y cam {stage} ({count}).',
  'outcomes.byStage.summary.notLinked':
    'Nid oedd y rhan fwyaf o’r pwyntiau a atebwyd yn gysylltiedig â gweithgaredd ({count}).',
  'outcomes.byStage.column': 'Cam',
  'outcomes.byStage.notLinked': 'Heb gysylltiad â gweithgaredd',
  'outcomes.overTime.title': 'Dros amser',
  'outcomes.overTime.caption.month': 'Pwyntiau a atebwyd yn ôl y mis y’u codwyd a chanlyniad, {period}',
  'outcomes.overTime.caption.quarter': 'Pwyntiau a atebwyd fesul tri mis y’u codwyd a chanlyniad, {period}',
  'outcomes.overTime.summary': 'Codwyd y nifer fwyaf yn ystod {busiest} ({count}).',
  'outcomes.overTime.column.month': 'Mis codi',
  'outcomes.overTime.column.quarter': 'Misoedd codi',
  'outcomes.overTime.totalRow': 'Y cyfnod cyfan',
  'outcomes.file.bySignatory':
    'Lawrlwytho’r tabl yn ôl sefydliad fel ffeil CSV (ffigurau union: peidiwch â’u cyhoeddi)',
  'outcomes.file.byStage': 'Lawrlwytho’r tabl yn ôl cam fel ffeil CSV (ffigurau union: peidiwch â’u cyhoeddi)',
  'outcomes.file.overTime': 'Lawrlwytho’r tabl dros amser fel ffeil CSV (ffigurau union: peidiwch â’u cyhoeddi)',
  'outcomes.file.from': 'Wedi’u codi o (mis)',
  'outcomes.file.to': 'Wedi’u codi hyd at (mis)',
  'outcomes.loops.title': 'Pwyntiau a atebwyd',
  'outcomes.loops.lead':
    'Y pwyntiau y tu ôl i un o’r rhifau ar beth newidiodd adborth. Dim ond eu darllen y gellir yma.',
  'outcomes.loops.filters': 'Pa bwyntiau',
  'outcomes.loops.period': 'Wedi’u codi yn ystod',
  'outcomes.loops.organisation': 'Sefydliad',
  'outcomes.loops.outcome': 'Canlyniad',
  'outcomes.loops.stage': 'Cam',
  'outcomes.loops.any': 'Unrhyw un',
  'outcomes.loops.caption': '{loops}, a godwyd yn ystod {period}',
  'outcomes.loops.none': 'Nid oes unrhyw bwynt a atebwyd yn cyfateb.',
  'outcomes.loops.raisedOn': 'Wedi’i godi ar',
  'outcomes.loops.youSaid': 'Dywedoch chi',
  'outcomes.loops.weDid': 'Gwnaethom ni',
  'outcomes.loops.communicatedOn': 'Ateb wedi’i roi yn ôl ar',
  'outcomes.loops.stages': 'Camau',
  'outcomes.loops.back': 'Yn ôl i beth newidiodd adborth',
} as const satisfies Partial<Record<MessageKey, string>>;
