/**
 * The feedback link over HTTP: read and switched at `/api/v1/activities/{id}/feedback`,
 * with problems for bad settings and for callers who may not, and request logs that hold
 * neither the link's token nor anyone's address.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../http/logger.ts';
import { council, createApiFixture, newActivity, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('feedback-routes');
  await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('fb-api-1', council) });
});
afterAll(() => api.drop());

describe('/api/v1/activities/{id}/feedback', () => {
  it('switches the link on for the activity’s editor, and answers its path and window', async () => {
    const response = await api.call('councilEditor', 'PUT', '/api/v1/activities/fb-api-1/feedback', {
      body: { on: true, form: 'easy-read' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { feedback: { path: string; token: string; closesOn: string } };
    expect(body.feedback.path).toBe(`/f/${body.feedback.token}`);
    expect(body.feedback.closesOn).toBe('2026-05-16');
    const read = await api.call('reviewer', 'GET', '/api/v1/activities/fb-api-1/feedback');
    expect(((await read.json()) as typeof body).feedback.token).toBe(body.feedback.token);
  });

  it('refuses a closing date too late with a problem naming the field, and other organisations’ editors', async () => {
    const late = await api.call('councilEditor', 'PUT', '/api/v1/activities/fb-api-1/feedback', {
      body: { on: true, closesOn: '2026-08-01' },
    });
    expect(late.status).toBe(400);
    expect(late.headers.get('content-type')).toBe('application/problem+json');
    expect(((await late.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual([
      '/closesOn',
    ]);
    const other = await api.call('schoolEditor', 'PUT', '/api/v1/activities/fb-api-1/feedback', {
      body: { on: false },
    });
    expect(other.status).toBe(403);
    expect((await api.call('public', 'GET', '/api/v1/activities/fb-api-1/feedback')).status).toBe(401);
    expect((await api.call('admin', 'GET', '/api/v1/activities/no-such-activity/feedback')).status).toBe(404);
  });

  it('refuses to reopen a closed window with a problem carrying its rule', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('fb-api-closed', council) });
    const path = '/api/v1/activities/fb-api-closed/feedback';
    // The fixture's today is 2026-05-15: a window to the 10th has closed.
    expect((await api.call('councilEditor', 'PUT', path, { body: { on: true, closesOn: '2026-05-10' } })).status).toBe(
      200,
    );
    const reopen = await api.call('councilEditor', 'PUT', path, { body: { on: true, closesOn: '2026-05-30' } });
    expect(reopen.status).toBe(409);
    expect(reopen.headers.get('content-type')).toBe('application/problem+json');
    expect(await reopen.json()).toMatchObject({
      status: 409,
      rule: 'feedbackWindowClosed',
      values: { day: '2026-05-10' },
    });
    const read = await api.call('reviewer', 'GET', path);
    expect(((await read.json()) as { feedback: { closesOn: string } }).feedback.closesOn).toBe('2026-05-10');
  });

  it('is logged by its route alone: no token, no address', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    logger.setLogLevel('INFO');
    let token: string | undefined;
    try {
      const response = await api.call('councilEditor', 'GET', '/api/v1/activities/fb-api-1/feedback', {
        headers: { 'x-forwarded-for': '203.0.113.7', 'x-viewer-address': '203.0.113.7' },
      });
      token = ((await response.json()) as { feedback: { token: string } }).feedback.token;
    } finally {
      logger.setLogLevel('WARN');
      spy.mockRestore();
    }
    const logged = lines.join('');
    expect(logged).toContain('/api/v1/activities/:id/feedback');
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain('203.0.113.7');
  });
});
