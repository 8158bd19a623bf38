/** The English translator of the public pages. */
import { createTranslator } from './dashboard.ts';
import { publicEn, publicPluralsEn } from './public.en.ts';

export const english = createTranslator('en', publicEn, publicPluralsEn);
