/** The English translator of the board's signed-in pages: the public pages' text and the board's. */
import { boardEn } from './board.en.ts';
import { createTranslator } from './dashboard.ts';
import { publicEn, publicPluralsEn } from './public.en.ts';

export const englishBoard = createTranslator('en', { ...publicEn, ...boardEn }, publicPluralsEn);
