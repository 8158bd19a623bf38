import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { feedbackCy } from './feedback.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ownKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('feedbackLink.'));

describe('the Welsh text of an activity’s feedback link', () => {
  it('has every feedbackLink message of the English catalogue, with the same placeholders', () => {
    expect(ownKeys.length).toBeGreaterThan(25);
    const welsh: Partial<Record<MessageKey, string>> = feedbackCy;
    for (const key of ownKeys) {
      expect(welsh[key], key).toBeTruthy();
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no message the English catalogue does not have, and none it leaves in English', () => {
    expect(Object.keys(feedbackCy).sort()).toEqual([...ownKeys].sort());
    for (const [key, text] of Object.entries(feedbackCy))
      if (!/^\{\w+\}, \{\w+\} \(\{\w+\}\)$/.test(text)) expect(text, key).not.toBe(en[key as MessageKey]);
  });
});
