// See https://svelte.dev/docs/kit/types#app.d.ts
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
    }
  }
}

export {};
