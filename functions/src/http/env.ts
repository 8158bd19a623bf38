/** What middleware puts on each request's context for the handlers. */
import { type Principal } from '@equal-partners/shared';

export interface ApiEnv {
  Variables: {
    principal: Principal;
    requestId: string;
    /** Set when the request carried credentials that no authenticator accepted (counted by the rate limit). */
    authenticationFailed: boolean;
  };
}
