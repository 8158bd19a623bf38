/** The Welsh translator of the board's signed-in pages: the public pages' Welsh and the board's, English where it has no Welsh yet. */
import { boardCy } from './board.cy.ts';
import { boardEn } from './board.en.ts';
import { createTranslator } from './dashboard.ts';
import { publicCy, publicPluralsCy } from './public.cy.ts';

export const welshBoard = createTranslator('cy', { ...publicCy, ...boardEn, ...boardCy }, publicPluralsCy);
