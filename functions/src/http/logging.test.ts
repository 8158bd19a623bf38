import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { council, createApiFixture, newActivity, type ApiFixture } from '../testing/api-fixture.ts';
import { logger } from './logger.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('logging');
});
afterAll(() => api.drop());

describe('request logs', () => {
  it('are JSON lines with a request id, and hold no credentials or personal data', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    logger.setLogLevel('INFO');
    try {
      const body = newActivity('log-1', council, {
        title: 'Session with Jane Doe at 12 Acacia Road',
        internalNotes: 'Phone 07700 900123',
      });
      await api.call('councilKey', 'POST', '/api/v1/activities', { body });
      await api.call('councilEditor', 'POST', '/api/v1/activities', { body: { ...body, title: 'x'.repeat(300) } });
    } finally {
      logger.setLogLevel('WARN');
      spy.mockRestore();
    }
    const records = lines
      .flatMap((line) => line.split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((r) => r.message === 'request');
    expect(requests.map((r) => r.status)).toEqual([201, 400]);
    expect(requests.every((r) => typeof r.requestId === 'string' && r.route === '/api/v1/activities')).toBe(true);
    const everything = lines.join('');
    expect(everything).not.toContain(api.tokens.councilKey);
    expect(everything).not.toContain(api.tokens.councilEditor);
    expect(everything).not.toContain('Jane Doe');
    expect(everything).not.toContain('07700');
  });
});
