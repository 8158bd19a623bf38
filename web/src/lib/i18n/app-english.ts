/** The English translator of the app pages (home, sign-in, data entry, admin). */
import { createAppText } from './app-text.ts';
import { appPluralsEn, en } from './en.ts';

export const appEnglish = createAppText('en', en, appPluralsEn);
