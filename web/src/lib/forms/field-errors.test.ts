import { describe, expect, it } from 'vitest';
import { activityInput, csvColumns } from '@equal-partners/shared';
import { fieldOf, issueErrors, mergeErrors, pointerErrors } from './field-errors.ts';

const fields = csvColumns(activityInput, { 'participants.groups': ['send'] }).map((c) => c.name);
const labels: Record<string, string> = {
  title: 'Title',
  channel: 'How did it happen?',
  'participants.total': 'Number of participants',
  publicSummary: 'Public summary (optional)',
};
const text = {
  labelOf: (field: string) => labels[field] ?? field,
  requiredOf: (field: string) => (field === 'channel' ? 'Select how the activity happened' : undefined),
};

describe('errors people can act on', () => {
  it('asks for blank fields, by the form’s own message where it has one, in the order of the page', () => {
    const issues = activityInput.safeParse({ id: 'a', signatoryId: 'demo-org', date: '2026-01-01', title: '' }).error!
      .issues;
    const errors = issueErrors(issues, fields, { title: '', channel: '' }, text);
    expect(errors.find((e) => e.field === 'title')?.message).toBe('Enter title');
    expect(errors.find((e) => e.field === 'channel')?.message).toBe('Select how the activity happened');
    expect(errors.map((e) => e.field)).toEqual(
      [...errors.map((e) => e.field)].sort((a, b) => fields.indexOf(a) - fields.indexOf(b)),
    );
  });

  it('says what is wrong with a value that was entered, without the "(optional)" of its label', () => {
    const errors = issueErrors(
      [
        { code: 'invalid_type', path: ['participants', 'total'], message: 'x', expected: 'number' },
        { code: 'too_big', path: ['publicSummary'], message: 'x', origin: 'string', maximum: 2000 },
      ],
      fields,
      { 'participants.total': 'lots', publicSummary: 'long' },
      text,
    );
    expect(errors).toEqual([
      { field: 'publicSummary', message: 'Public summary must be 2000 characters or fewer' },
      { field: 'participants.total', message: 'Number of participants must be a number' },
    ]);
  });

  it('says "more than" for a bound the value must pass, and "or more" for one it may equal', () => {
    const errors = issueErrors(
      [
        {
          code: 'too_small',
          path: ['participants', 'total'],
          message: 'x',
          origin: 'number',
          minimum: 0,
          inclusive: false,
        },
        { code: 'too_small', path: ['title'], message: 'x', origin: 'number', minimum: 2, inclusive: true },
      ],
      fields,
      { 'participants.total': '0', title: '1' },
      text,
    );
    expect(errors).toEqual([
      { field: 'title', message: 'Title must be 2 or more' },
      { field: 'participants.total', message: 'Number of participants must be more than 0' },
    ]);
  });

  it('names the field a nested or list issue is about', () => {
    expect(fieldOf(['participants', 'groups', 'send'], fields)).toBe('participants.groups.send');
    expect(fieldOf(['experience'], fields)).toBe('experience.responses');
    expect(fieldOf(['principles', 2], fields)).toBe('principles');
  });

  it('maps the API’s JSON pointers to fields, keeping its messages', () => {
    expect(
      pointerErrors(
        [
          { pointer: '/principles/0', message: 'The charter has no principle "x"' },
          { pointer: '/date', message: 'The date cannot be in the future' },
        ],
        fields,
      ),
    ).toEqual([
      { field: 'date', message: 'The date cannot be in the future' },
      { field: 'principles', message: 'The charter has no principle "x"' },
    ]);
  });

  it('shows every error of both, one per field in page order, in the form’s words where it has them', () => {
    const worded = [{ field: 'title', message: 'Title must be 200 characters or fewer' }];
    const found = pointerErrors(
      [
        { pointer: '/title', message: 'Too big: expected string to have <=200 characters' },
        { pointer: '/participants/firstTime', message: 'First-time participants cannot exceed the total' },
        { pointer: '/date', message: 'The date cannot be in the future' },
      ],
      fields,
    );
    expect(mergeErrors(worded, found, fields)).toEqual([
      { field: 'date', message: 'The date cannot be in the future' },
      { field: 'title', message: 'Title must be 200 characters or fewer' },
      { field: 'participants.firstTime', message: 'First-time participants cannot exceed the total' },
    ]);
  });
});
