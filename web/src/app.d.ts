// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '#lib/i18n/format.ts';
import type { SignedInUser } from '#lib/server/session.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The signed-in person, as the API identified them from the token. */
      user?: SignedInUser;
      /** The API could not say who the session belongs to just now (busy or down), so pages say so rather than ask to sign in. */
      signInUnknown?: boolean;
      /** The page's language: by its address for the public pages, else the person's choice, else English (#lib/i18n/page-locale.ts). */
      locale: Locale;
      /** The language the person chose with the language switch, if they have. */
      chosenLocale?: Locale;
    }
  }
}

export {};
