import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, school, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
let header: string[];
beforeAll(async () => {
  api = await createApiFixture('csv');
  const template = await api.call('councilEditor', 'GET', '/api/v1/activities:import-template');
  header = csvParseRows(await template.text())[0]!;
});
afterAll(() => api.drop());

/** A CSV line in the template's column order; values holding commas, quotes or line breaks are quoted. */
function row(values: Record<string, string>): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return header.map((column) => cell(values[column] ?? '')).join(',');
}

const base = {
  signatoryId: council,
  date: '2026-04-20',
  title: 'Coffee morning',
  audience: 'parents-carers;families',
  channel: 'small-group',
  setting: 'community',
  stage: 'delivery',
  level: 'engaging',
  'lundy.space': 'yes',
  'lundy.voice': 'yes',
  'lundy.audience': 'yes',
  'lundy.influence': 'no',
  'participants.total': '14',
  'participants.firstTime': '4',
  'participants.demographicsRecorded': '10',
  'participants.groups.send': '3',
  'participants.groups.eal': '2',
};

const upload = (text: string, commit: boolean) =>
  api.call('councilEditor', 'POST', `/api/v1/activities:import?commit=${commit}`, {
    body: text,
    headers: { 'content-type': 'text/csv' },
  });

interface Preview {
  rows: number;
  valid: boolean;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
}

/** A preview, as the council's editor, of one data row under the template's header. */
const upload_ = (line: string) => upload([header.join(','), line].join('\n'), false);

describe('CSV import', () => {
  it('offers a template whose columns follow the schema and the group taxonomy', async () => {
    const response = await api.call('public', 'GET', '/api/v1/loops:import-template');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(header).toContain('participants.groups.care-experienced');
    expect(header).toContain('lundy.influence');
  });

  it('previews every row’s errors by row number and column, every error of a row at once, and writes nothing', async () => {
    const file = [
      header.join(','),
      row({ ...base, id: 'csv-1' }),
      row({ ...base, id: 'csv-2', 'participants.total': 'lots' }),
      row({ ...base, id: 'csv-3', 'participants.groups.send': '11', date: '2030-01-01' }),
    ].join('\r\n');
    const preview = (await (await upload(file, false)).json()) as {
      rows: number;
      valid: boolean;
      errors: { row: number; column: string; message: string }[];
    };
    expect(preview.rows).toBe(3);
    expect(preview.valid).toBe(false);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'participants.total'],
      [4, 'participants.groups.send'],
      [4, 'date'],
    ]);
    expect((await api.call('admin', 'GET', '/api/v1/activities/csv-1')).status).toBe(404);
  });

  it('commits a file with a byte order mark in full, and committing it again creates nothing new', async () => {
    const file = `\uFEFF${[header.join(','), row({ ...base, id: 'csv-10' }), row({ ...base, id: 'csv-11', title: 'Evening forum' })].join('\n')}\n`;
    const preview = (await (await upload(file, false)).json()) as { valid: boolean; toCreate: number };
    expect(preview).toMatchObject({ valid: true, toCreate: 2 });
    const committed = await upload(file, true);
    expect(committed.status).toBe(202);
    const answer = (await committed.json()) as { id: string };
    expect(answer).toMatchObject({ resource: 'activities', state: 'complete', rows: 2, created: 2, unchanged: 0 });
    // Where the import stands, at the address the answer gives, for whoever started it alone.
    expect(committed.headers.get('location')).toBe(`/api/v1/imports/${answer.id}`);
    const followed = await api.call('councilEditor', 'GET', `/api/v1/imports/${answer.id}`);
    expect(await followed.json()).toEqual(answer);
    expect((await api.call('schoolEditor', 'GET', `/api/v1/imports/${answer.id}`)).status).toBe(404);
    expect((await api.call('councilEditor', 'GET', '/api/v1/imports/no-such-import')).status).toBe(404);
    const stored = (await (await api.call('admin', 'GET', '/api/v1/activities/csv-11')).json()) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      title: 'Evening forum',
      audience: ['parents-carers', 'families'],
      lundy: { space: true, voice: true, audience: true, influence: false },
      participants: { total: 14, firstTime: 4, demographicsRecorded: 10, groups: { send: 3, eal: 2 } },
    });
    const again = await upload(file, true);
    expect(await again.json()).toMatchObject({ state: 'complete', created: 0, unchanged: 2 });
  });

  it('counts a loop imported again as unchanged, although the stored loop carries its publication', async () => {
    const template = await api.call('councilEditor', 'GET', '/api/v1/loops:import-template');
    const loopHeader = csvParseRows(await template.text())[0]!;
    const values: Record<string, string> = {
      id: 'csv-loop-1',
      signatoryId: council,
      raisedOn: '2026-04-01',
      youSaid: 'Evening sessions please',
      status: 'open',
      principles: 'open-communication',
    };
    const file = [loopHeader.join(','), loopHeader.map((column) => values[column] ?? '').join(',')].join('\n');
    const send = (commit: boolean) =>
      api.call('councilEditor', 'POST', `/api/v1/loops:import?commit=${commit}`, {
        body: file,
        headers: { 'content-type': 'text/csv' },
      });
    expect(await (await send(true)).json()).toMatchObject({ state: 'complete', created: 1, unchanged: 0 });
    const stored = (await (await api.call('admin', 'GET', '/api/v1/loops/csv-loop-1')).json()) as Record<
      string,
      unknown
    >;
    expect(stored.publication).toBeDefined();
    // The server's own fields (versions, stamps, the texts' publication) are not the row's content.
    expect(await (await send(false)).json()).toMatchObject({ valid: true, toCreate: 0, unchanged: 1, errors: [] });
  });

  it('numbers rows as a spreadsheet does, past blank lines and values that hold commas, quotes and line breaks', async () => {
    const title = 'Coffee, cake and a "drop-in"';
    // A line break is kept in text that may run over several lines (one-line text refuses it).
    const publicSummary = 'We met on Fridays,\nwith "cake"';
    const file = [
      header.join(','),
      row({ ...base, id: 'csv-20', title, publicSummary }),
      '',
      row({ ...base, id: 'csv-21', 'participants.total': 'lots' }),
    ].join('\n');
    const preview = (await (await upload(file, false)).json()) as {
      rows: number;
      errors: { row: number; column: string }[];
    };
    expect(preview.rows).toBe(2);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([[4, 'participants.total']]);

    const committed = await upload(
      [header.join(','), row({ ...base, id: 'csv-22', title, publicSummary })].join('\n'),
      true,
    );
    expect(committed.status).toBe(202);
    const stored = (await (await api.call('admin', 'GET', '/api/v1/activities/csv-22')).json()) as {
      title: string;
      publicSummary: string;
    };
    expect(stored).toMatchObject({ title, publicSummary });
  });

  it('never compares a row with another organisation’s record, so a preview cannot confirm a guess of it', async () => {
    // The school's record, as an editor of the council might guess it, word for word.
    const guessed = { ...base, id: 'csv-school-40', signatoryId: school };
    const upload = await api.call('admin', 'POST', '/api/v1/activities:import?commit=true', {
      body: [header.join(','), row(guessed)].join('\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(upload.status).toBe(202);
    const exact = (await (await upload_(row(guessed))).json()) as Preview;
    const wrong = (await (await upload_(row({ ...guessed, title: 'Not the title' }))).json()) as Preview;
    // The exact guess and a wrong one get the same answer: the row is refused for its organisation, and that is all.
    for (const preview of [exact, wrong]) {
      expect(preview).toMatchObject({ rows: 1, valid: false, unchanged: 0 });
      expect(preview.errors.map((e) => [e.row, e.column])).toEqual([[2, 'signatoryId']]);
    }
    expect(exact.errors).toEqual(wrong.errors);
    expect(exact.errors[0]).toMatchObject({ rule: 'ownRecordsOnly' });
    // Under the council's own name, the id is taken, but nothing is said of what the school's record holds.
    const own = (await (await upload_(row({ ...guessed, signatoryId: council }))).json()) as Preview;
    expect(own.unchanged).toBe(0);
    expect(own.errors).toEqual([
      {
        row: 2,
        column: 'id',
        message: 'An activity with the id "csv-school-40" already exists: use another id',
        // The code and values let a page say it in its own language (docs/decisions/0502).
        rule: 'rowIdTaken',
        values: { noun: 'activity', aNoun: 'An activity', id: 'csv-school-40' },
      },
    ]);
  });

  it('refuses a file whose quote mark is never closed, naming the row, and writes nothing', async () => {
    const file = [
      header.join(','),
      row({ ...base, id: 'csv-30' }),
      row({ ...base, id: 'csv-31' }).replace('Coffee morning', '"Coffee morning'),
      row({ ...base, id: 'csv-32' }),
    ].join('\n');
    const response = await upload(file, true);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { type: string; detail: string };
    expect(problem.type).toMatch(/invalid-csv$/);
    expect(problem.detail).toMatch(/^Row 3 has \d+ values but the header row has \d+\./);
    expect((await api.call('admin', 'GET', '/api/v1/activities/csv-30')).status).toBe(404);
  });
});
