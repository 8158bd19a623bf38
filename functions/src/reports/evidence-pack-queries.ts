/**
 * The inspection evidence pack's files (issue 15): for a quarter or a financial year, CSV
 * files a partnership can hand to inspectors the day notice arrives, each column described
 * in one `data-dictionary.csv`:
 *
 * - `activity-by-stage-and-sector.csv`: co-production activity by lifecycle stage, for the
 *   partnership and for each sector (education, health, care and the rest);
 * - `you-said-we-did.csv`: the loops raised in the period, with their outcomes and dates;
 * - `principle-scores.csv`: self and reviewer scores per principle per quarter, for the
 *   period's quarters and the four before, with the gap between them over time;
 * - `challenges.csv`: the challenges raised in the period, with their answers and dates.
 *
 * The figures are exact, so only the board produces the pack (`create` on
 * `evidence-pack`), every row of every file carries the partnership's handling marking
 * (`evidenceMarking`, OFFICIAL-SENSITIVE by default), and a text is given only once it
 * passed the "checked before public" path (docs/decisions/0402); any other is withheld.
 * Everything is read through the queries the pages run (the partnership's figures, the
 * loop, assessment and challenge lists), as the caller; each sector's activity by stage
 * is its sector overview's reach, every sector from one read of the period's months. The
 * ZIP and the report's PDF are the web server's (web/src/lib/server/evidence-pack.ts), so
 * none of this is in the api Lambda. `recordEvidencePack` audits each pack made: who, when, the period.
 */
import * as z from 'zod/mini';
import {
  csvLine,
  levels,
  loopOutcomes,
  sectors,
  spreadsheetSafe,
  stages,
  type HandlingMarking,
  type Principal,
  type Sector,
} from '@equal-partners/shared';
import { assessmentQueries } from '../assessments/assessment-queries.ts';
import { putAuditEvent } from '../audit/audit-entity.ts';
import { readPartnership } from '../partnership/partnership-queries.ts';
import { challengeQueries } from '../challenges/challenge-queries.ts';
import type { QueryDeps } from '../host.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { reportQuarter, reportYears } from './board-report-queries.ts';
import {
  parsedInput,
  partnershipMetrics,
  partnershipSectorsReach,
  requestedPeriod,
  type KnownPartnership,
} from './report-queries.ts';

/** A pack is of the report's quarter, or of the financial year that quarter falls in. */
export const packSpans = ['quarter', 'financial-year'] as const;
export type PackSpan = (typeof packSpans)[number];

/** What a pack is asked for with: the board report's quarter and how it is counted, and the span. */
export const evidencePackQuery = z.object({
  quarter: z.optional(z.string().check(z.maxLength(8), z.regex(/^\d{4}-Q[1-4]$/, 'Give a quarter, e.g. 2026-Q3'))),
  year: z._default(z.enum(reportYears), 'financial'),
  span: z._default(z.enum(packSpans), 'quarter'),
});
export type EvidencePackInput = z.input<typeof evidencePackQuery> & KnownPartnership;

/** What a withheld text reads as: it waits to be checked before it may leave the board. */
export const withheldText = '[withheld: not yet checked for publication]';

/** How a column's values are written. */
export type ColumnType = 'text' | 'whole number' | 'number' | 'date' | 'period' | 'list';

/** One column of a file: its header, what its values are, and what it means. */
export interface PackColumn {
  name: string;
  type: ColumnType;
  description: string;
}

/** A CSV file of the pack: its name, its columns (the dictionary's rows) and its text. */
export interface PackFile {
  name: string;
  description: string;
  columns: readonly PackColumn[];
  text: string;
}

type Cell = string | number | null | undefined;

const handlingColumn: PackColumn = {
  name: 'handling',
  type: 'text',
  description: 'The handling marking of the file (the partnership’s setting): how the file may be shared and stored',
};

/** A CSV text: the header, then each row; every text cell made safe for spreadsheets, every row marked. */
function csvText(columns: readonly PackColumn[], marking: string, rows: readonly Cell[][]): string {
  const cell = (value: Cell, column: PackColumn) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return String(value);
    return column.type === 'text' || column.type === 'list' ? spreadsheetSafe(value) : value;
  };
  return [
    csvLine(columns.map((c) => c.name)),
    ...rows.map((row) => csvLine(columns.map((c, i) => (i === 0 ? marking : cell(row[i - 1], c))))),
  ].join('');
}

function packFile(
  name: string,
  description: string,
  own: readonly PackColumn[],
  marking: string,
  rows: readonly Cell[][],
): PackFile {
  const columns = [handlingColumn, ...own];
  return { name, description, columns, text: csvText(columns, marking, rows) };
}

/** The pack's period: the quarter's key (`FY2026-Q3`) or its financial year's (`FY2026`). */
export function packPeriodKey(quarterKey: string, span: PackSpan): string {
  if (span === 'quarter') return quarterKey;
  const match = /^(FY)?(\d{4})-Q([1-4])$/.exec(quarterKey)!;
  const year = Number(match[2]);
  if (match[1]) return `FY${year}`;
  // A calendar quarter: January to March belongs to the financial year that began the April before.
  return `FY${match[3] === '1' ? year - 1 : year}`;
}

/** Every record a list query answers, page after page. */
async function everyRecord<R, I>(
  list: (deps: ListDeps, principal: Principal, input: I) => Promise<{ items: R[]; nextCursor?: string }>,
  deps: ListDeps,
  principal: Principal,
  input: I,
): Promise<R[]> {
  const items: R[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(deps, principal, { ...input, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Whether a record's texts passed the check before public (docs/decisions/0402). */
const isPublished = (record: { publication?: { status: string } | undefined }) =>
  record.publication?.status === 'published';

const daysBetween = (from: string, to: string | undefined) =>
  to === undefined ? null : Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The calendar quarter (`2026-Q4`) a month (`2026-11`) falls in. */
const quarterOfMonth = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The calendar quarters from `count - 1` before `last` up to `last`, oldest first. */
function quartersTo(last: string, count: number): string[] {
  let year = Number(last.slice(0, 4));
  let quarter = Number(last.slice(6, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) [year, quarter] = [year - 1, 4];
  }
  return out;
}

/** The sector rows of the activity file: every sector of the vocabulary, after the partnership's. */
const sectorRows: readonly (Sector | 'all')[] = ['all', ...sectors];

const coProductionLevels = levels.filter((level) => level === 'co-designing' || level === 'co-producing');

/**
 * The pack's CSV files for a period, with their dictionary. Refuses (403) anyone but the
 * board, and bad input with a 400 problem naming each field.
 */
export async function evidencePackFiles(deps: QueryDeps, principal: Principal, input: EvidencePackInput) {
  const { partnership: known, ...rest } = input;
  requireAllowed(principal, 'create', 'evidence-pack', {});
  const query = parsedInput(evidencePackQuery, rest);
  const quarterKey = reportQuarter(query.quarter, query.year, deps.today());
  const periodKey = packPeriodKey(quarterKey, query.span);
  const period = requestedPeriod({ period: periodKey }, deps.today());

  const [all, bySector, loops, challenges, assessments] = await Promise.all([
    partnershipMetrics(deps, principal, { period: periodKey, sort: 'name', partnership: known }),
    partnershipSectorsReach(deps, principal, { period, partnership: known }),
    everyRecord(loopQueries.list, deps, principal, { from: period.start, to: period.end }),
    everyRecord(challengeQueries.list, deps, principal, { from: period.start, to: period.end }),
    everyRecord(assessmentQueries.list, deps, principal, {}),
  ]);
  const { settings, charter } = known ?? (await readPartnership(deps, principal)).partnership;
  const marking: HandlingMarking = settings.evidenceMarking;
  const names = new Map(all.signatories.rows.map((row) => [row.signatoryId, row.name]));
  const principleTitles = new Map(charter.principles.map((principle) => [principle.id, principle.title]));

  const activity = packFile(
    'activity-by-stage-and-sector.csv',
    'Co-production activity by lifecycle stage: for the whole partnership, then for the signatories of each sector',
    [
      { name: 'period', type: 'period', description: 'The period the figures are of (e.g. FY2026-Q3, FY2026)' },
      {
        name: 'sector',
        type: 'text',
        description:
          'The signatories counted: all, or those of one sector (local-authority, health, education, voluntary, youth-voice, parent-carer-forum, other)',
      },
      {
        name: 'stage',
        type: 'text',
        description: 'The stage of the work: commissioning, design, delivery, evaluation',
      },
      { name: 'activities', type: 'whole number', description: 'Activities at that stage in the period (exact)' },
      {
        name: 'participations',
        type: 'whole number',
        description: 'Times people took part in those activities (exact; one person at two activities counts twice)',
      },
      {
        name: 'coProducedActivities',
        type: 'whole number',
        description: 'Of those activities, the ones co-designed or co-produced (the top two rungs of the ladder)',
      },
    ],
    marking,
    sectorRows.flatMap((sector) => {
      const reach = sector === 'all' ? all.metrics.reach : bySector.get(sector)!;
      return stages.map((stage) => [
        period.key,
        sector,
        stage,
        reach.byStage[stage].activities ?? 0,
        reach.byStage[stage].participations ?? 0,
        coProductionLevels.reduce((sum, level) => sum + (reach.byStageAndLevel[stage][level] ?? 0), 0),
      ]);
    }),
  );

  const text = (record: { publication?: { status: string } | undefined }, value: string | undefined) =>
    isPublished(record) ? (value ?? '') : value === undefined || value === '' ? '' : withheldText;

  const loopFile = packFile(
    'you-said-we-did.csv',
    'The "you said, we did" log: every point raised in the period, what was done and its outcome',
    [
      { name: 'loopId', type: 'text', description: 'The feedback loop’s id' },
      { name: 'signatoryId', type: 'text', description: 'The id of the signatory the point was raised with' },
      { name: 'signatory', type: 'text', description: 'The signatory’s name' },
      { name: 'raisedOn', type: 'date', description: 'When the point was raised (YYYY-MM-DD)' },
      {
        name: 'status',
        type: 'text',
        description: 'Where the point stands: open, in-progress, done, not-taken-forward',
      },
      {
        name: 'outcome',
        type: 'text',
        description: `What the answer changed: ${loopOutcomes.join(', ')}; empty until recorded`,
      },
      { name: 'respondedOn', type: 'date', description: 'When the signatory decided what to do; empty until then' },
      {
        name: 'communicatedOn',
        type: 'date',
        description: 'When the answer went back to the people who raised the point; empty until then',
      },
      {
        name: 'daysToCommunicate',
        type: 'whole number',
        description: 'Days from raising the point to the answer going back; empty until it has',
      },
      {
        name: 'principles',
        type: 'list',
        description: 'The charter principles the point is about (ids, separated by ;)',
      },
      {
        name: 'texts',
        type: 'text',
        description:
          'published: the texts passed the check before public and are given; withheld: they wait to be checked, so each text column says withheld',
      },
      { name: 'youSaid', type: 'text', description: 'What people said (published texts only)' },
      { name: 'weDid', type: 'text', description: 'What the signatory did (published texts only)' },
      {
        name: 'reason',
        type: 'text',
        description: 'Why it was not taken forward, where it was not (published texts only)',
      },
    ],
    marking,
    [...loops]
      .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id))
      .map((loop) => [
        loop.id,
        loop.signatoryId,
        names.get(loop.signatoryId) ?? '',
        loop.raisedOn,
        loop.status,
        loop.outcome,
        loop.respondedOn,
        loop.communicatedOn,
        daysBetween(loop.raisedOn, loop.communicatedOn),
        loop.principles.join(';'),
        isPublished(loop) ? 'published' : 'withheld',
        text(loop, loop.youSaid),
        text(loop, loop.weDid),
        text(loop, loop.reason),
      ]),
  );

  // Per signatory, quarter and principle: the latest self and the latest reviewer score of the quarter.
  const quarters = quartersTo(quarterOfMonth(period.to), quarterCount(period));
  type Scored = { score: number; updatedAt: string };
  const scores = new Map<string, { self?: Scored; reviewer?: Scored }>();
  for (const assessment of assessments) {
    if (!quarters.includes(assessment.period)) continue;
    for (const { principleId, score } of assessment.scores) {
      const key = `${assessment.period}|${assessment.signatoryId}|${principleId}`;
      const entry = scores.get(key) ?? {};
      const held = entry[assessment.by];
      if (!held || assessment.updatedAt > held.updatedAt)
        entry[assessment.by] = { score, updatedAt: assessment.updatedAt };
      scores.set(key, entry);
    }
  }
  const scoreFile = packFile(
    'principle-scores.csv',
    'Self and reviewer scores per charter principle per quarter, and the gap between them over time',
    [
      { name: 'quarter', type: 'period', description: 'The calendar quarter assessed (YYYY-Qn)' },
      { name: 'signatoryId', type: 'text', description: 'The id of the signatory assessed' },
      { name: 'signatory', type: 'text', description: 'The signatory’s name' },
      { name: 'principleId', type: 'text', description: 'The charter principle’s id' },
      { name: 'principle', type: 'text', description: 'The charter principle’s title' },
      {
        name: 'selfScore',
        type: 'whole number',
        description: 'The signatory’s own score, 1 to 4 (its latest that quarter)',
      },
      {
        name: 'reviewerScore',
        type: 'whole number',
        description: 'The reviewer’s score, 1 to 4 (the latest that quarter)',
      },
      {
        name: 'gap',
        type: 'whole number',
        description: 'Self score minus reviewer score; empty unless both scored',
      },
      {
        name: 'gapFlagged',
        type: 'text',
        description: 'yes when the gap is 2 or more (an accountability gap), else no',
      },
    ],
    marking,
    [...scores.entries()]
      .map(([key, entry]) => [key.split('|') as [string, string, string], entry] as const)

      .sort(([[qa, sa, pa]], [[qb, sb, pb]]) => qa.localeCompare(qb) || sa.localeCompare(sb) || pa.localeCompare(pb))
      .map(([[quarter, signatoryId, principleId], { self, reviewer }]): Cell[] => {
        const gap = self && reviewer ? self.score - reviewer.score : null;
        return [
          quarter,
          signatoryId,
          names.get(signatoryId) ?? '',
          principleId,
          principleTitles.get(principleId) ?? '',
          self?.score,
          reviewer?.score,
          gap,
          gap === null ? '' : gap >= 2 ? 'yes' : 'no',
        ];
      }),
  );

  const challengeFile = packFile(
    'challenges.csv',
    'The challenges reviewers raised in the period, with the signatories’ answers and the dates',
    [
      { name: 'challengeId', type: 'text', description: 'The challenge’s id' },
      { name: 'signatoryId', type: 'text', description: 'The id of the signatory challenged' },
      { name: 'signatory', type: 'text', description: 'The signatory’s name' },
      { name: 'reviewerId', type: 'text', description: 'The id of the reviewer that raised it' },
      { name: 'reviewer', type: 'text', description: 'The reviewer’s name' },
      { name: 'raisedOn', type: 'date', description: 'When it was raised (YYYY-MM-DD)' },
      { name: 'principles', type: 'list', description: 'The charter principles it is about (ids, separated by ;)' },
      { name: 'respondedOn', type: 'date', description: 'When the signatory answered; empty until it has' },
      {
        name: 'daysToAnswer',
        type: 'whole number',
        description: 'Days from raising to the answer; empty until answered',
      },
      {
        name: 'closure',
        type: 'text',
        description: 'How the reviewer closed it: resolved or unresolved; empty while open',
      },
      { name: 'closedOn', type: 'date', description: 'When it was closed; empty while open' },
      {
        name: 'texts',
        type: 'text',
        description:
          'published: the texts passed the check before public and are given; withheld: they wait to be checked, so each text column says withheld',
      },
      { name: 'challenge', type: 'text', description: 'What the reviewer asked (published texts only)' },
      { name: 'response', type: 'text', description: 'The signatory’s answer (published texts only)' },
    ],
    marking,
    [...challenges]
      .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id))
      .map((challenge) => [
        challenge.id,
        challenge.signatoryId,
        names.get(challenge.signatoryId) ?? '',
        challenge.reviewerId,
        names.get(challenge.reviewerId) ?? '',
        challenge.raisedOn,
        challenge.principles.join(';'),
        challenge.respondedOn,
        daysBetween(challenge.raisedOn, challenge.respondedOn),
        challenge.closure,
        challenge.closedOn,
        isPublished(challenge) ? 'published' : 'withheld',
        text(challenge, challenge.text),
        text(challenge, challenge.response),
      ]),
  );

  const files = [activity, loopFile, scoreFile, challengeFile];
  const dictionary = dataDictionary(files, marking);
  return {
    partnership: all.partnership.name,
    quarter: { key: query.quarter ?? quarterKey.replace(/^FY/, ''), year: query.year },
    span: query.span,
    period: all.period,
    marking,
    files: [...files, dictionary],
  };
}

/** How many quarters the scores file covers: the period's own, and the four before them. */
function quarterCount(period: { from: string; to: string }): number {
  const months =
    (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 +
    Number(period.to.slice(5, 7)) -
    Number(period.from.slice(5, 7)) +
    1;
  return Math.ceil(months / 3) + 4;
}

const dictionaryColumns: readonly PackColumn[] = [
  { name: 'file', type: 'text', description: 'The file a column is in' },
  { name: 'column', type: 'text', description: 'The column’s header' },
  {
    name: 'type',
    type: 'text',
    description:
      'How its values are written: text, whole number, number, date (YYYY-MM-DD), period, list (separated by ;)',
  },
  { name: 'description', type: 'text', description: 'What the column holds' },
];

/** `data-dictionary.csv`: every column of every file of the pack, its own included. */
export function dataDictionary(files: readonly PackFile[], marking: string): PackFile {
  const name = 'data-dictionary.csv';
  const own = [handlingColumn, ...dictionaryColumns];
  const rows = [...files.map((f) => ({ name: f.name, columns: f.columns })), { name, columns: own }].flatMap((file) =>
    file.columns.map((column) => [file.name, column.name, column.type, column.description]),
  );
  return packFile(
    name,
    'Every column of every file of the pack: what it holds and how it is written',
    dictionaryColumns,
    marking,
    rows,
  );
}

export type EvidencePack = Awaited<ReturnType<typeof evidencePackFiles>>;

/**
 * Records that a pack was made: an audit event (entity `evidence-pack`, the period as its
 * id) naming who made it, when, the period, the marking and the files. Refuses anyone but
 * the board, as producing the pack does.
 */
export async function recordEvidencePack(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  input: { period: string; quarter: string; marking: string; files: readonly string[] },
): Promise<void> {
  requireAllowed(principal, 'create', 'evidence-pack', {});
  const by = principal.kind === 'public' ? 'public' : principal.id;
  await putAuditEvent(deps.store, {
    entity: 'evidence-pack',
    recordId: input.period,
    action: 'create',
    at: deps.now().toISOString(),
    by,
    version: 1,
    after: { period: input.period, quarter: input.quarter, marking: input.marking, files: [...input.files], by },
  });
}
