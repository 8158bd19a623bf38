/**
 * The inspection evidence pack's files, made as the board report's page makes them, on the
 * demo partnership with records of the test's own: each file's columns are its dictionary's,
 * every row carries the partnership's marking, texts not yet checked are withheld and text
 * a spreadsheet would run is made safe, only the board may produce a pack, and each pack
 * made is audited.
 */
import { randomBytes } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentQueries } from '../assessments/assessment-queries.ts';
import { auditTrail } from '../audit/audit-entity.ts';
import { challengeQueries } from '../challenges/challenge-queries.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import { readPartnership } from '../partnership/partnership-queries.ts';
import { publishTexts } from '../publication/publication-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { demoToday, forum, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import type { QueryDeps } from '../host.ts';
import {
  evidencePackFiles,
  packPeriodKey,
  recordEvidencePack,
  withheldText,
  type EvidencePack,
} from './evidence-pack-queries.ts';

const school = 'qa-pack-school';
const formula = '=HYPERLINK("http://example.com","Click")';
const unchecked = 'Ellis in Year 4 asked for quieter rooms';

let store: TestStore;
let deps: ListDeps;
let pack: EvidencePack;

beforeAll(async () => {
  store = await createTestStore('evidence-pack');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: school, name: 'Evidence Pack Test School', sector: 'education', signedOn: '2022-01-01' },
  });
  // Two loops in April 2026 (the financial year 2026's first quarter): one checked and published, one waiting.
  const published = await loopQueries.create(deps, callers.admin, {
    body: newLoop('qa-pack-published', school, { raisedOn: '2026-04-02', youSaid: formula }),
  });
  await publishTexts(deps, callers.admin, {
    kind: 'loop',
    id: 'qa-pack-published',
    status: 'published',
    expectedVersion: published.version,
  });
  await loopQueries.create(deps, callers.admin, {
    body: newLoop('qa-pack-waiting', school, { raisedOn: '2026-04-03', youSaid: unchecked }),
  });
  await challengeQueries.create(deps, callers.admin, {
    body: {
      id: 'qa-pack-challenge',
      signatoryId: school,
      reviewerId: forum,
      raisedOn: '2026-04-10',
      text: unchecked,
      response: 'We have booked quieter rooms',
      respondedOn: '2026-04-20',
    },
  });
  const scores = (score: number) => [{ principleId: 'open-communication', score, narrative: '' }];
  await assessmentQueries.create(deps, callers.admin, {
    body: { id: 'qa-pack-self', signatoryId: school, period: '2026-Q2', by: 'self', scores: scores(4) },
  });
  await assessmentQueries.create(deps, callers.admin, {
    body: {
      id: 'qa-pack-reviewer',
      signatoryId: school,
      period: '2026-Q2',
      by: 'reviewer',
      reviewerId: forum,
      scores: scores(1),
    },
  });
  pack = await evidencePackFiles(deps as QueryDeps, callers.admin, { quarter: '2026-Q1', year: 'financial' });
});

afterAll(async () => {
  await store?.drop();
});

const fileOf = (name: string) => pack.files.find((file) => file.name === name)!;
const rowsOf = (name: string) => csvParse(fileOf(name).text);

describe('packPeriodKey', () => {
  it('is the quarter, or the financial year the quarter falls in', () => {
    expect(packPeriodKey('FY2026-Q3', 'quarter')).toBe('FY2026-Q3');
    expect(packPeriodKey('FY2026-Q3', 'financial-year')).toBe('FY2026');
    expect(packPeriodKey('2026-Q1', 'financial-year')).toBe('FY2025');
    expect(packPeriodKey('2026-Q2', 'financial-year')).toBe('FY2026');
  });
});

describe('evidencePackFiles', () => {
  it('has the four files and the data dictionary, each column of each file described in the dictionary', () => {
    expect(pack.period.key).toBe('FY2026-Q1');
    expect(pack.files.map((file) => file.name)).toEqual([
      'activity-by-stage-and-sector.csv',
      'you-said-we-did.csv',
      'principle-scores.csv',
      'challenges.csv',
      'data-dictionary.csv',
    ]);
    const described = new Set(rowsOf('data-dictionary.csv').map((row) => `${row.file}|${row.column}`));
    for (const file of pack.files) {
      const parsed = csvParse(file.text);
      expect(parsed.columns, file.name).toEqual(file.columns.map((column) => column.name));
      for (const column of parsed.columns)
        expect(described, `${file.name}: ${column}`).toContain(`${file.name}|${column}`);
      for (const row of rowsOf('data-dictionary.csv').filter((r) => r.file === file.name))
        expect(parsed.columns, `${file.name} lists ${row.column}`).toContain(row.column);
    }
  });

  it('marks every row of every file OFFICIAL-SENSITIVE by default, and as the setting says otherwise', async () => {
    expect(pack.marking).toBe('OFFICIAL-SENSITIVE');
    for (const file of pack.files) {
      const rows = csvParse(file.text);
      expect(rows.length, file.name).toBeGreaterThan(0);
      for (const row of rows) expect(row.handling, file.name).toBe('OFFICIAL-SENSITIVE');
    }
    const { partnership } = await readPartnership(deps, callers.admin);
    const marked = await evidencePackFiles(deps as QueryDeps, callers.admin, {
      quarter: '2026-Q1',
      partnership: { ...partnership, settings: { ...partnership.settings, evidenceMarking: 'OFFICIAL' } },
    });
    expect(marked.marking).toBe('OFFICIAL');
    for (const file of marked.files) for (const row of csvParse(file.text)) expect(row.handling).toBe('OFFICIAL');
  });

  it('gives the texts that passed the check before public, withholds the others, and keeps formulas from running', () => {
    const loops = rowsOf('you-said-we-did.csv');
    const published = loops.find((row) => row.loopId === 'qa-pack-published')!;
    expect(published).toMatchObject({
      texts: 'published',
      youSaid: `'${formula}`,
      signatory: 'Evidence Pack Test School',
    });
    const waiting = loops.find((row) => row.loopId === 'qa-pack-waiting')!;
    expect(waiting).toMatchObject({ texts: 'withheld', youSaid: withheldText, raisedOn: '2026-04-03', status: 'open' });
    const challenge = rowsOf('challenges.csv').find((row) => row.challengeId === 'qa-pack-challenge')!;
    expect(challenge).toMatchObject({ texts: 'withheld', challenge: withheldText, response: withheldText });
    expect(challenge).toMatchObject({ raisedOn: '2026-04-10', respondedOn: '2026-04-20', daysToAnswer: '10' });
    for (const file of pack.files) expect(file.text, file.name).not.toContain('Ellis');
  });

  it('gives self and reviewer scores per principle per quarter with the gap, and activity by stage for each sector', () => {
    const score = rowsOf('principle-scores.csv').find(
      (row) => row.signatoryId === school && row.principleId === 'open-communication',
    );
    expect(score).toMatchObject({
      quarter: '2026-Q2',
      selfScore: '4',
      reviewerScore: '1',
      gap: '3',
      gapFlagged: 'yes',
    });
    const activity = rowsOf('activity-by-stage-and-sector.csv');
    expect(new Set(activity.map((row) => row.sector))).toEqual(
      new Set([
        'all',
        'local-authority',
        'health',
        'education',
        'voluntary',
        'youth-voice',
        'parent-carer-forum',
        'other',
      ]),
    );
    expect(activity).toHaveLength(8 * 4);
    // The partnership's activities at each stage are its sectors' added up.
    for (const stage of ['commissioning', 'design', 'delivery', 'evaluation']) {
      const atStage = activity.filter((row) => row.stage === stage);
      const all = Number(atStage.find((row) => row.sector === 'all')!.activities);
      const sum = atStage
        .filter((row) => row.sector !== 'all')
        .reduce((total, row) => total + Number(row.activities), 0);
      expect(sum, stage).toBe(all);
    }
    expect(
      activity.reduce((total, row) => total + (row.sector === 'all' ? Number(row.activities) : 0), 0),
    ).toBeGreaterThan(0);
  });

  it('is of the financial year when asked', async () => {
    const year = await evidencePackFiles(deps as QueryDeps, callers.admin, {
      quarter: '2026-Q1',
      span: 'financial-year',
    });
    expect(year.period).toMatchObject({ key: 'FY2026', from: '2026-04', to: '2027-03' });
  });

  it('refuses everyone but the board (403), and bad input with a 400', async () => {
    for (const caller of [callers.reviewer, callers.commissioner, callers.councilEditor, callers.councilKey]) {
      expect((await problemOf(evidencePackFiles(deps as QueryDeps, caller, { quarter: '2026-Q1' }))).status).toBe(403);
      expect(
        (
          await problemOf(
            recordEvidencePack(deps, caller, { period: 'FY2026-Q1', quarter: 'x', marking: 'OFFICIAL', files: [] }),
          )
        ).status,
      ).toBe(403);
    }
    expect((await problemOf(evidencePackFiles(deps as QueryDeps, callers.public, {}))).status).toBe(401);
    expect((await problemOf(evidencePackFiles(deps as QueryDeps, callers.admin, { quarter: '2026-Q9' }))).status).toBe(
      400,
    );
  });
});

describe('recordEvidencePack', () => {
  it('audits each pack made: who, when and the period', async () => {
    const at = [new Date('2026-05-15T12:00:00Z'), new Date('2026-05-15T12:05:00Z')];
    for (const now of at) {
      await recordEvidencePack({ store, now: () => now }, callers.admin, {
        period: 'FY2026-Q1',
        quarter: 'FY2026-Q1',
        marking: 'OFFICIAL-SENSITIVE',
        files: ['you-said-we-did.csv'],
      });
    }
    const events = await auditTrail(store, 'evidence-pack', 'FY2026-Q1');
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.at)).toEqual(at.map((d) => d.toISOString()));
    expect(events[0]).toMatchObject({
      entity: 'evidence-pack',
      action: 'create',
      by: 'demo-board-admin',
      after: { period: 'FY2026-Q1', marking: 'OFFICIAL-SENSITIVE' },
    });
  });
});
