import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../en.ts';
import { feedbackListCy } from './feedback-gaps.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ownKeys = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('feedbackList.'));

describe('the Welsh text of the list of feedback links’ filters and pages', () => {
  it('has every feedbackList message of the English catalogue, none more, in Welsh, with the same placeholders', () => {
    expect(Object.keys(feedbackListCy).sort()).toEqual([...ownKeys].sort());
    const welsh: Partial<Record<MessageKey, string>> = feedbackListCy;
    for (const key of ownKeys) {
      expect(welsh[key], key).not.toBe(en[key]);
      expect(placeholders(welsh[key] ?? ''), key).toEqual(placeholders(en[key]));
    }
  });
});
