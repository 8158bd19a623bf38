/**
 * Welsh (Cymraeg) text of the board's signed-in pages (the partnership overview and exact
 * signatory reports): the keys of board.en.ts that have Welsh so far; the rest show in
 * English (welsh-board.ts).
 */
import type { BoardKey } from './board.en.ts';

export const boardCy: Partial<Record<BoardKey, string>> = {
  'board.title': 'Trosolwg o’r bartneriaeth',
  'board.sector': 'Sector',
  'board.allSectors': 'Pob sector',
  'board.headline': 'Y bartneriaeth',
  'board.signatories.title': 'Llofnodwyr',
  'board.eligibility.met': 'Wedi’i fodloni',
  'board.eligibility.notMet': 'Heb ei fodloni',
};
