/** Signing in is a plain form post (or a redirect to the hosted sign-in): no JavaScript needed. */
export const csr = false;
