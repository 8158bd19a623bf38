/** The English translator of the board's signed-in pages: the public pages' text, the board's and the annual report's. */
import { annualReportEn } from './annual-report.en.ts';
import { boardEn } from './board.en.ts';
import { createTranslator } from './dashboard.ts';
import { publicEn, publicPluralsEn } from './public.en.ts';

export const englishBoard = createTranslator('en', { ...publicEn, ...boardEn, ...annualReportEn }, publicPluralsEn);
