/** The cookies the site sets, all for people who sign in (web/src/lib/server/session.ts); the cookies page lists them. */
export const cookieNames = {
  /** The signed-in session. */
  session: 'ep_session',
  /** Cognito's refresh token, which renews the session. */
  refresh: 'ep_refresh',
  /** A sign-in in progress: Cognito's PKCE verifier and state. */
  signIn: 'ep_sign_in',
} as const;
