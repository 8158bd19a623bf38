import { describe, expect, it } from 'vitest';
import { activityInput, authorize, csvColumns, mayPublish, ruleMessage } from '@equal-partners/shared';
import { fieldOf, issueErrors, mergeErrors, pointerErrors, problemText, ruleText } from './field-errors.ts';

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

  it('says a broken rule in the page’s language, by its code, with its values', () => {
    const issues = activityInput.safeParse({
      id: 'a',
      signatoryId: 'demo-org',
      date: '2026-01-10',
      endDate: '2026-01-09',
      title: 'Drop-in',
      audience: ['parents-carers'],
      channel: 'workshop',
      setting: 'community',
      stage: 'design',
      level: 'consulting',
      lundy: { space: true, voice: true, audience: false, influence: false },
      participants: { total: 10, firstTime: 12, demographicsRecorded: 4 },
    }).error!.issues;
    const values = {};
    expect(issueErrors(issues, fields, values, text, 'cy')).toEqual([
      { field: 'endDate', message: 'Ni all y dyddiad gorffen fod cyn y dyddiad dechrau' },
      {
        field: 'participants.firstTime',
        message: 'Ni all nifer y cyfranogwyr am y tro cyntaf fod yn fwy na’r cyfanswm',
      },
    ]);
    expect(issueErrors(issues, fields, values, text).map((e) => e.message)).toEqual([
      'The end date cannot be before the start date',
      'First-time participants cannot exceed the total',
    ]);
    // A format a pattern checks, named by its message.
    const id = issueErrors(activityInput.safeParse({ id: 'a b' }).error!.issues, ['id'], { id: 'a b' }, text, 'cy');
    expect(id).toEqual([
      { field: 'id', message: 'id: Defnyddiwch lythrennau, rhifau, cysylltnodau a thanlinellau yn unig' },
    ]);
  });

  it('says the API’s broken rules in the page’s language, and any other error as the API said it', () => {
    const errors = pointerErrors(
      [
        {
          pointer: '/principles/0',
          message: 'The charter has no principle "x"',
          rule: 'unknownPrinciple',
          values: { id: 'x' },
        },
        { pointer: '/date', message: 'The date cannot be in the future', rule: 'futureDate' },
        { pointer: '/title', message: 'Too big: expected string to have <=200 characters' },
      ],
      fields,
      'cy',
    );
    expect(errors).toEqual([
      { field: 'date', message: 'Ni all y dyddiad fod yn y dyfodol' },
      { field: 'title', message: 'Too big: expected string to have <=200 characters' },
      { field: 'principles', message: 'Nid oes gan y siarter egwyddor “x”' },
    ]);
  });

  it('formats the days and months a rule names in the page’s language', () => {
    const said = {
      message:
        'Custom periods are whole months: 2026-04-10 is not the first day of a month. Ask for from=2026-04 to start with all of Apr 2026.',
      rule: 'dayNotFirstOfMonth',
      values: { day: '2026-04-10', month: '2026-04', monthName: 'Apr 2026' },
    };
    expect(ruleText(said, 'cy')).toBe(
      'Mae cyfnodau pwrpasol yn fisoedd cyfan: nid 10 Ebrill 2026 yw diwrnod cyntaf mis. Gofynnwch am from=2026-04 i ddechrau gyda’r cyfan o Ebr 2026.',
    );
    expect(ruleText(said, 'en')).toBe(
      'Custom periods are whole months: 10 April 2026 is not the first day of a month. Ask for from=2026-04 to start with all of Apr 2026.',
    );
    expect(ruleText({ message: 'Something else', rule: 'noSuchRule' }, 'cy')).toBe('Something else');
  });

  it('names a record by its noun in the page’s language, as a taken id or a record not found says it', () => {
    const taken = {
      message: 'A feedback loop with the id "loop-1" already exists: use another id',
      rule: 'rowIdTaken',
      values: { noun: 'feedback loop', aNoun: 'A feedback loop', id: 'loop-1' },
    };
    expect(ruleText(taken, 'cy')).toBe(
      'Mae dolen adborth â’r cyfeirnod “loop-1” yn bodoli eisoes: defnyddiwch gyfeirnod arall',
    );
    expect(ruleText(taken, 'en')).toBe(taken.message);
    const notFound = {
      detail: 'There is no activity with the id "a-1".',
      rule: 'recordNotFound',
      values: { noun: 'activity', id: 'a-1' },
    };
    expect(problemText(notFound, 'cy')).toBe('Nid oes gweithgaredd â’r cyfeirnod “a-1”.');
    expect(problemText(notFound, 'en')).toBe(notFound.detail);
    const keyGone = {
      detail: 'There is no API key starting ep_1234abcd.',
      rule: 'apiKeyNotFound',
      values: { prefix: 'ep_1234abcd' },
    };
    expect(problemText(keyGone, 'cy')).toBe('Nid oes allwedd API yn dechrau â ep_1234abcd.');
    const column = {
      message: 'Unknown column "colour": use the headers of the template',
      rule: 'unknownColumn',
      values: { column: 'colour' },
    };
    expect(ruleText(column, 'cy')).toBe('Colofn anhysbys “colour”: defnyddiwch benawdau’r templed');
    // A noun the catalogue does not know is said as the API said it.
    expect(ruleText({ ...taken, values: { ...taken.values, noun: 'widget', aNoun: 'A widget' } }, 'cy')).toContain(
      'Mae widget',
    );
  });
});

describe('problemText', () => {
  it('says a refusal in the page’s language by the code of its reason', () => {
    const editor = { kind: 'user', id: 'ed', role: 'signatory-editor', signatoryId: 'council' } as const;
    const refused = authorize(editor, 'update', 'activity', { signatoryId: 'school' });
    if (refused.allowed) throw new Error('The editor should be refused another organisation’s record');
    const problem = { detail: refused.reason, rule: refused.rule };
    expect(problemText(problem, 'cy')).toBe('Dim ond cofnodion eich sefydliad eich hun y gallwch eu gweld a’u newid.');
    expect(problemText(problem, 'en')).toBe('You can only see and change your own organisation’s records.');
    const publishing = mayPublish(
      { role: 'signatory-editor', signatoryId: 'council', machine: true },
      { kind: 'loop', signatoryId: 'council' },
      {},
    );
    if (publishing.allowed) throw new Error('An API key should not publish');
    expect(problemText({ detail: publishing.reason, rule: publishing.rule }, 'cy')).toBe(
      'Mae person yn gwirio testun cyn iddo gael ei gyhoeddi: ni all allwedd API gyhoeddi.',
    );
  });

  it('says a stale version, a bad cursor and a missing partnership in Welsh', () => {
    const stale = {
      detail: 'stale',
      rule: 'changedSinceRead',
      values: { noun: 'feedback loop', id: 'l-1', current: '3' },
    };
    expect(problemText(stale, 'cy')).toBe(
      'Mae’r cofnod “l-1” (dolen adborth) bellach ar fersiwn 3. Darllenwch ef eto a gwnewch eich newid eto.',
    );
    expect(problemText({ detail: 'bad', rule: 'invalidCursor' }, 'cy')).toMatch(/^Nid yw’r dudalen nesaf/);
    expect(problemText({ detail: 'none', rule: 'noPartnership' }, 'cy')).toBe(
      'Nid oes partneriaeth wedi’i sefydlu ar y safle hwn eto.',
    );
    expect(problemText({ detail: 'none', rule: 'noPartnership' }, 'en')).toBe(
      'This deployment has no partnership set up yet.',
    );
    expect(problemText({ detail: 'many', rule: 'tooManyRows', values: { max: '5000', rows: '5001' } }, 'cy')).toBe(
      'Mewnforiwch 5000 rhes ar y mwyaf ar y tro; mae gan y ffeil hon 5001.',
    );
  });

  it('says a problem that names no rule as the API said it', () => {
    expect(problemText({ detail: 'The service is busy.' }, 'cy')).toBe('The service is busy.');
    expect(ruleMessage('recordNotFound', { noun: 'challenge', id: 'c-1' })).toBe(
      'There is no challenge with the id "c-1".',
    );
  });
});
