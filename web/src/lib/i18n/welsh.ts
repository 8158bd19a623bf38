/** The Welsh translator: the public pages' text in Cymraeg. */
import { createTranslator } from './dashboard.ts';
import { publicCy, publicPluralsCy } from './public.cy.ts';

export const welsh = createTranslator('cy', publicCy, publicPluralsCy);
