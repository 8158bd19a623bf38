/** The Welsh translator of the app pages: the frame's and the pages' Welsh, English for a message with no Welsh yet. */
import { appCy, appPluralsCy } from './app.cy.ts';
import { createAppText } from './app-text.ts';
import { appPluralsEn, en } from './en.ts';
import { frameCy } from './frame.ts';

export const appWelsh = createAppText('cy', { ...en, ...frameCy, ...appCy }, { ...appPluralsEn, ...appPluralsCy });
