/** How a request's bearer token becomes a principal (the principal itself is in shared: `Principal`). */
import type { Principal } from '@equal-partners/shared';

/** Resolves a bearer token to a principal, or `undefined` when the token is not one it knows. */
export type Authenticator = (token: string) => Promise<Principal | undefined>;
