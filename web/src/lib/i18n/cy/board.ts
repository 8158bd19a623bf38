/**
 * Welsh (Cymraeg) text of the board's signed-in pages (the partnership overview and exact
 * signatory reports): the twin of board.en.ts's `boardEn`, key for key.
 */
import type { BoardKey } from '../board.en.ts';

export const boardCy = {
  'board.title': 'Trosolwg o’r bartneriaeth',
  'board.lead':
    'Ffigurau pob llofnodwr ar gyfer y cyfnod, gyda’r newid ers y cyfnod blaenorol a gradd. Mae’r ffigurau’n union: peidiwch â’u cyhoeddi.',
  'board.sector': 'Sector',
  'board.allSectors': 'Pob sector',
  'board.headline': 'Y bartneriaeth',
  'board.headline.sector': 'Y sector {sector}',
  'board.signatories.title': 'Llofnodwyr',
  'board.signatories.caption': 'Pob llofnodwr, {period}: ffigur, newid ers {previous}, a gradd',
  'board.file': 'Lawrlwytho’r ffigurau hyn fel ffeil CSV (ffigurau union: peidiwch â’u cyhoeddi)',
  'board.signatories.hint':
    'Dewiswch bennawd colofn i drefnu’r tabl yn ôl y golofn honno. Mae pob ffigur yn dangos y newid ers y cyfnod blaenorol a’i radd.',
  // The overview's column headings, by the metric's id in the shared metric catalogue.
  'board.col.participations': 'Cyrhaeddiad (nifer y troeon y cymerodd pobl ran)',
  'board.col.inclusionScore': 'Sgôr cynhwysiant',
  'board.col.closureRate': 'Pwyntiau a atebwyd',
  'board.col.overdueLoops': 'Pwyntiau hwyr',
  'board.col.principlesGreen': 'Egwyddorion yn wyrdd',
  'board.col.status': 'Statws y siarter',
  'board.rag.title': 'Sut mae’r graddau’n cael eu cyfrifo',
  'board.rag.reach':
    'Cyrhaeddiad: coch os nad oedd unrhyw weithgareddau yn y cyfnod; ambr pan gymerodd pobl ran dros chwarter yn llai aml nag yn y cyfnod blaenorol.',
  'board.rag.inclusion':
    'Sgôr cynhwysiant: gwyrdd o 80 (grwpiau na chlywir yn aml ar y llinell tangynrychioli o leiaf, ar gyfartaledd), ambr o 60, coch o dan hynny; byth yn wyrdd pan ddywedodd rhy ychydig o bobl wrthym amdanyn nhw eu hunain.',
  'board.rag.closure':
    'Pwyntiau a atebwyd: gwyrdd o 70% (yr hyn y mae statws y siarter yn gofyn amdano), ambr o 50%, coch o dan hynny; dim gradd, a dim newid mewn pwyntiau, pan gafodd llai na {min} o bwyntiau eu codi (mae’r ffigur wedyn yn dweud ar faint o bwyntiau y mae’n seiliedig).',
  'board.rag.overdue': 'Pwyntiau hwyr: gwyrdd os nad oes dim, ambr gydag 1 i 3, coch os oes mwy.',
  'board.rag.principles': 'Egwyddorion yn wyrdd: gwyrdd o 75%, ambr o 50%, coch o dan hynny.',
  'board.publicVersion': 'Gweld fersiwn gyhoeddus y dudalen hon',
  'board.reviewerExact':
    'Mae bwrdd y bartneriaeth yn gadael i adolygwyr weld yr union ffigurau: dyma’r union ffigurau, nid y ffigurau wedi’u talgrynnu y mae’r cyhoedd yn eu gweld. Peidiwch â’u cyhoeddi.',
  'board.eligibility.title': 'Dyfarnu statws y siarter',
  'board.eligibility.lead': 'Dros y cyfnod {from} i {to}, ar gyfer penderfyniad y bwrdd ar statws y siarter.',
  'board.eligibility.eligible': 'Yn bodloni pob maen prawf ar gyfer y dyfarniad.',
  'board.eligibility.notEligible': 'Nid yw’n bodloni pob maen prawf ar gyfer y dyfarniad eto.',
  'board.eligibility.met': 'Wedi’i fodloni',
  'board.eligibility.notMet': 'Heb ei fodloni',
  'board.eligibility.unknown': 'Does dim modd gwirio hyn eto',
  'board.criterion.evidence-for-every-principle': 'Tystiolaeth ar gyfer pob egwyddor',
  'board.criterion.closure-rate': 'O leiaf {percent}% o’r pwyntiau wedi’u hateb',
  'board.criterion.no-overdue-challenge': 'Dim her wedi’i gadael heb ei hateb yn rhy hir',
  'board.outcomes': 'Beth newidiodd adborth: y pwyntiau a atebodd pob sefydliad, yn ôl y canlyniad',
  'board.criterion.reviewer-score': 'Sgoriau’r adolygwyr yn {mean} o leiaf ar gyfartaledd',
  'board.criterion.reviewer-assessment': 'O leiaf un asesiad gan adolygydd',
} as const satisfies Record<BoardKey, string>;
