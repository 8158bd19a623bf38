import { describe, expect, it } from 'vitest';
import { mayPublish, publishesTexts, type Publisher } from './who-publishes.ts';

const board: Publisher = { role: 'board-admin' };
const editor: Publisher = { role: 'signatory-editor', signatoryId: 'council' };
const apiKey: Publisher = { ...editor, machine: true };
const reviewer: Publisher = { role: 'reviewer', signatoryId: 'forum' };
const commissioner: Publisher = { role: 'commissioner' };

const ownLoop = { kind: 'loop', signatoryId: 'council' } as const;
const otherLoop = { kind: 'loop', signatoryId: 'school' } as const;
const challengeToOwn = { kind: 'challenge', signatoryId: 'council' } as const;
const challengeToOther = { kind: 'challenge', signatoryId: 'school' } as const;

const allowed = (
  who: Publisher,
  entry: typeof ownLoop | typeof otherLoop | typeof challengeToOwn | typeof challengeToOther,
  editorsMayPublish: boolean,
) => mayPublish(who, entry, { editorsMayPublish }).allowed;

describe('mayPublish', () => {
  it('lets the board publish every loop and challenge, whatever the setting', () => {
    for (const entry of [ownLoop, otherLoop, challengeToOwn, challengeToOther]) {
      expect(allowed(board, entry, false)).toBe(true);
      expect(allowed(board, entry, true)).toBe(true);
    }
  });

  it('lets an editor publish their own organisation’s loops only when the board allows it', () => {
    expect(allowed(editor, ownLoop, false)).toBe(false);
    expect(allowed(editor, ownLoop, true)).toBe(true);
    expect(allowed(editor, otherLoop, true)).toBe(false);
  });

  it('never lets an editor publish a challenge to their own organisation, nor any other', () => {
    expect(mayPublish(editor, challengeToOwn, { editorsMayPublish: true })).toEqual({
      allowed: false,
      reason: 'A challenge to your own organisation is published by the partnership board, not by you.',
      rule: 'boardPublishesOwnChallenge',
    });
    expect(allowed(editor, challengeToOther, true)).toBe(false);
  });

  it('never lets an API key, a reviewer or a commissioner publish', () => {
    for (const who of [apiKey, reviewer, commissioner]) {
      for (const entry of [ownLoop, challengeToOwn, challengeToOther]) expect(allowed(who, entry, true)).toBe(false);
    }
  });
});

describe('publishesTexts', () => {
  it('offers publishing to the board, and to editors where the board allows', () => {
    expect(publishesTexts(board, {})).toBe(true);
    expect(publishesTexts(editor, { editorsMayPublish: false })).toBe(false);
    expect(publishesTexts(editor, { editorsMayPublish: true })).toBe(true);
    expect(publishesTexts(apiKey, { editorsMayPublish: true })).toBe(false);
    expect(publishesTexts(reviewer, { editorsMayPublish: true })).toBe(false);
  });
});
