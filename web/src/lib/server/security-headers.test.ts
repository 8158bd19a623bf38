import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './security-headers.ts';

const page = () =>
  new Response('<!doctype html>', {
    headers: { 'content-security-policy': "default-src 'self'; form-action 'self'; frame-ancestors 'none'" },
  });

describe('a page’s security headers', () => {
  it('adds the headers the API sends, keeping the page’s own policy', () => {
    const response = withSecurityHeaders(page());
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('lets forms end at the sign-out of the hosted sign-in, and nowhere else', () => {
    const response = withSecurityHeaders(page(), ['https://pool.auth.eu-west-2.amazoncognito.com']);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; form-action 'self' https://pool.auth.eu-west-2.amazoncognito.com; frame-ancestors 'none'",
    );
  });

  it('keeps every cookie a response sets', () => {
    const response = new Response(null, {
      headers: [
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ],
    });
    expect(withSecurityHeaders(response, ['https://pool.example']).headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('copies a response whose headers cannot change', () => {
    const response = withSecurityHeaders(Response.redirect('https://board.example/', 303));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://board.example/');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
