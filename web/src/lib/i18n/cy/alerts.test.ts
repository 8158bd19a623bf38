import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { alertsCy } from './alerts.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const alertKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('alerts.'));

describe('the Welsh text of the account and alerts pages', () => {
  it('has every alerts message of the English catalogue, with the same placeholders', () => {
    expect(alertKeys.length).toBeGreaterThan(30);
    const welsh: Partial<Record<MessageKey, string>> = alertsCy;
    for (const key of alertKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(alertsCy).sort()).toEqual([...alertKeys].sort());
    for (const [key, text] of Object.entries(alertsCy)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
