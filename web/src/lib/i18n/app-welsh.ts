/** The Welsh translator of the app pages: every message and plural of en.ts in Welsh (app.cy.ts). */
import { appCy, appPluralsCy } from './app.cy.ts';
import { createAppText } from './app-text.ts';

export const appWelsh = createAppText('cy', appCy, appPluralsCy);
