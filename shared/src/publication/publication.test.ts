import { describe, expect, it } from 'vitest';
import {
  isRedaction,
  publicationOf,
  publicationOnWrite,
  redactText,
  redactTexts,
  textsChanged,
  waitingTime,
  type Publication,
} from './publication.ts';

const at = '2026-05-01T09:00:00.000Z';
const published: Publication = { status: 'published', since: '2026-04-20T10:00:00.000Z', by: 'user:demo-board-admin' };
const loop = { youSaid: 'Evening sessions please', weDid: '', status: 'open', publication: published };

describe('publicationOnWrite', () => {
  it('makes every new loop or challenge wait to be checked', () => {
    expect(publicationOnWrite('loop', loop, undefined, at)).toEqual({ status: 'waiting', since: at });
    expect(publicationOnWrite('challenge', { text: 'Why?' }, undefined, at)).toEqual({ status: 'waiting', since: at });
  });

  it('puts a published text back to waiting when any checked text changes', () => {
    for (const change of [
      { youSaid: 'Evening sessions, please' },
      { weDid: 'Moved two sessions' },
      { reason: 'No budget' },
      { publicStory: 'A dad told us…' },
    ]) {
      expect(publicationOnWrite('loop', { ...loop, ...change }, loop, at), JSON.stringify(change)).toEqual({
        status: 'waiting',
        since: at,
      });
    }
    expect(
      publicationOnWrite(
        'challenge',
        { text: 'Why?', response: 'Because' },
        { text: 'Why?', publication: published },
        at,
      ),
    ).toMatchObject({ status: 'waiting' });
  });

  it('puts a published text back to waiting when its Welsh is written or changes', () => {
    const withWelsh = { ...loop, cy: { youSaid: 'Sesiynau gyda’r nos os gwelwch yn dda' } };
    for (const [after, before] of [
      [withWelsh, loop],
      [{ ...loop, cy: { youSaid: 'Sesiynau gyda’r nos, os gwelwch yn dda' } }, withWelsh],
      [{ ...loop, cy: { weDid: 'Symudon ni ddwy sesiwn' } }, withWelsh],
      [loop, withWelsh],
    ] as const) {
      expect(publicationOnWrite('loop', after, { ...before, publication: published }, at)).toEqual({
        status: 'waiting',
        since: at,
      });
    }
    const challenge = { text: 'Why?', publication: published };
    expect(publicationOnWrite('challenge', { ...challenge, cy: { response: 'Am fod' } }, challenge, at)).toMatchObject({
      status: 'waiting',
    });
  });

  it('keeps the publication when only other fields change', () => {
    expect(publicationOnWrite('loop', { ...loop, status: 'done', communicatedOn: '2026-05-01' }, loop, at)).toBe(
      published,
    );
    // An empty answer and no answer are the same text.
    expect(publicationOnWrite('loop', { ...loop, weDid: undefined }, loop, at)).toBe(published);
    expect(publicationOnWrite('loop', { ...loop, cy: { weDid: '' } }, loop, at)).toBe(published);
  });

  it('keeps the record of the latest removal of a name when the text changes again', () => {
    const redacted = { at, by: 'user:demo-board-admin', fields: ['youSaid'] };
    const before = { ...loop, publication: { ...published, redacted } };
    expect(publicationOnWrite('loop', { ...loop, weDid: 'Done' }, before, at)).toEqual({
      status: 'waiting',
      since: at,
      redacted,
    });
  });
});

describe('publicationOf', () => {
  it('treats a record stored before texts were checked as waiting since its last change', () => {
    expect(publicationOf({ updatedAt: '2025-12-01T00:00:00Z' })).toEqual({
      status: 'waiting',
      since: '2025-12-01T00:00:00Z',
    });
  });
});

describe('textsChanged', () => {
  it('looks only at the checked texts of the kind', () => {
    expect(textsChanged('challenge', { text: 'a', closure: undefined }, { text: 'a', closure: 'resolved' })).toBe(
      false,
    );
    expect(textsChanged('challenge', { text: 'a' }, { text: 'a', response: 'b' })).toBe(true);
  });
});

describe('redactText', () => {
  it('removes every occurrence, whatever its case, and nothing else', () => {
    expect(redactText('Jamie said JAMIE’s class was loud', 'jamie')).toBe(
      '[name removed] said [name removed]’s class was loud',
    );
    expect(redactText('Nothing to remove', 'Jamie')).toBe('Nothing to remove');
  });

  it('takes the name literally, not as a pattern', () => {
    expect(redactText('Mr. Smith (Year 6) and MrX Smith', 'Mr. Smith (Year 6)')).toBe('[name removed] and MrX Smith');
  });
});

describe('redactTexts', () => {
  it('removes the name from each checked text and says which, leaving other fields alone', () => {
    const record = {
      youSaid: 'Sam Lee waited a year',
      weDid: 'We called sam lee back',
      reportedTo: 'Sam Lee Board',
      status: 'done',
    };
    expect(redactTexts('loop', record, 'Sam Lee')).toEqual({
      record: {
        youSaid: '[name removed] waited a year',
        weDid: 'We called [name removed] back',
        reportedTo: 'Sam Lee Board',
        status: 'done',
      },
      fields: ['youSaid', 'weDid'],
    });
  });

  it('removes the name from the Welsh texts too, naming them by their path', () => {
    const record = {
      text: 'Ask Ms Rees',
      cy: { text: 'Gofynnwch i ms rees', response: 'Atebodd Ms Rees' },
      closure: 'resolved',
    };
    expect(redactTexts('challenge', record, 'Ms Rees')).toEqual({
      record: {
        text: 'Ask [name removed]',
        cy: { text: 'Gofynnwch i [name removed]', response: 'Atebodd [name removed]' },
        closure: 'resolved',
      },
      fields: ['text', 'cy.text', 'cy.response'],
    });
    // The record given is left as it was.
    expect(record.cy.text).toBe('Gofynnwch i ms rees');
  });
});

describe('isRedaction', () => {
  it('recognises a change that removed a name', () => {
    const redacted = { ...published, redacted: { at, by: 'user:a', fields: ['youSaid'] } };
    expect(isRedaction({ publication: published }, { publication: redacted })).toBe(true);
    expect(isRedaction({ publication: redacted }, { publication: redacted })).toBe(false);
    expect(isRedaction(undefined, { publication: published })).toBe(false);
  });
});

describe('waitingTime', () => {
  it('counts whole days from the day the text started waiting, overdue after the board’s limit', () => {
    const waiting: Publication = { status: 'waiting', since: '2026-05-01T23:30:00.000Z' };
    expect(waitingTime(waiting, '2026-05-15', 14)).toEqual({ since: '2026-05-01', days: 14, overdue: false });
    expect(waitingTime(waiting, '2026-05-16', 14)).toEqual({ since: '2026-05-01', days: 15, overdue: true });
  });
});
