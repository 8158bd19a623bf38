/**
 * The security headers of every page, besides the Content-Security-Policy SvelteKit writes
 * (web/vite.config.ts): the same as the API's (functions/src/http/security-headers.ts), so
 * they hold locally and behind any proxy, not only behind CloudFront.
 */
import { otherSecurityHeaders } from '@equal-partners/functions/security-headers';

/**
 * Adds the headers to a page's response. `formTargets` are other origins a form's post may
 * end at: signing out ends at Cognito's sign-out, which `form-action` must allow (browsers
 * check a form's redirects against it).
 */
export function withSecurityHeaders(response: Response, formTargets: readonly string[] = []): Response {
  const added: [string, string][] = Object.entries(otherSecurityHeaders).filter(
    ([name]) => !response.headers.has(name),
  );
  const policy = response.headers.get('content-security-policy');
  if (policy && formTargets.length > 0) {
    added.push([
      'content-security-policy',
      policy.replace(
        /(^|;\s*)form-action ([^;]*)/,
        (_, start: string, sources: string) => `${start}form-action ${sources} ${formTargets.join(' ')}`,
      ),
    ]);
  }
  try {
    for (const [name, value] of added) response.headers.set(name, value);
    return response;
  } catch {
    // A response whose headers cannot change (a redirect made by Response.redirect): a copy with them.
    const headers = new Headers(response.headers);
    for (const [name, value] of added) headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
