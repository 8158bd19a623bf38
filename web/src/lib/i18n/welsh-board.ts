/** The Welsh translator of the board's signed-in pages: the public pages' Welsh, the board's and the annual report's. */
import { annualReportCy } from './cy/annual-report.ts';
import { boardCy } from './cy/board.ts';
import { createTranslator } from './dashboard.ts';
import { publicCy, publicPluralsCy } from './public.cy.ts';

export const welshBoard = createTranslator('cy', { ...publicCy, ...boardCy, ...annualReportCy }, publicPluralsCy);
