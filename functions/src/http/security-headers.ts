/**
 * The security headers of every response, defined once: the API sends them itself (so
 * they hold locally and behind any proxy), CloudFront adds them in AWS to responses that
 * bring none (cdk/src/constructs/web.ts), and the pages' own policy starts from the same
 * directives (web/vite.config.ts). See docs/decisions/0202.
 */
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy, directive by directive, with keywords unquoted as
 * SvelteKit's `csp.directives` takes them (`self`, not `'self'`).
 */
export const contentSecurityPolicyDirectives = {
  'default-src': ['self'],
  'script-src': ['self'],
  'style-src': ['self'],
  'img-src': ['self', 'data:'],
  'font-src': ['self'],
  'connect-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
  'frame-ancestors': ['none'],
  'upgrade-insecure-requests': [],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof contentSecurityPolicyDirectives;

const keywords = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes', 'strict-dynamic']);

/** A source as a header writes it: keywords quoted, schemes and hosts as they are. */
export function cspSource(source: string): string {
  return keywords.has(source) ? `'${source}'` : source;
}

/** The policy as a header value. */
export const contentSecurityPolicy = Object.entries(contentSecurityPolicyDirectives)
  .map(([name, sources]) => [name, ...sources.map(cspSource)].join(' '))
  .join('; ');

/** HSTS for two years, subdomains included (browsers heed it only over https). */
export const hstsMaxAgeSeconds = 2 * 365 * 24 * 60 * 60;
export const strictTransportSecurity = `max-age=${hstsMaxAgeSeconds}; includeSubDomains`;
export const referrerPolicy = 'strict-origin-when-cross-origin';
export const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), payment=()';

/** The headers besides the CSP, as every response of ours carries them. */
export const otherSecurityHeaders = {
  'Strict-Transport-Security': strictTransportSecurity,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': referrerPolicy,
  'Permissions-Policy': permissionsPolicy,
} as const;

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Hono's secure headers, set explicitly: its defaults send no CSP and HSTS for only 180 days. */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: Object.fromEntries(
      Object.entries(contentSecurityPolicyDirectives).map(([name, sources]) => [
        camelCase(name as Directive),
        sources.map(cspSource),
      ]),
    ),
    strictTransportSecurity,
    xFrameOptions: 'DENY',
    referrerPolicy,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}
