/**
 * The exact figures as one use reads them: every figure for a signatory or the whole
 * partnership over a period, with the previous period and a monthly series, and the same
 * as CSV files. For board admins and commissioners, a signatory's own editors for that
 * signatory, and reviewers where the board allows it, as the role policy decides, before
 * anything about a signatory is read; for any period and filter. Read from rollups only.
 * The API's `/api/v1/metrics/...` (./metrics-routes.ts) and the board's pages run these.
 */
import * as z from 'zod/mini';
import {
  type ActivityFilter,
  type Audience,
  audiences,
  type BoundResult,
  brokenRuleOf,
  type Channel,
  channels,
  exactValues,
  monthOf,
  monthOfBound,
  monthsPeriod,
  overviewCsv,
  parsePeriod,
  type Period,
  type Principal,
  rowSortKeys,
  sectors,
  seriesCsv,
  sortRows,
  trailingMonths,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError, validationProblem, type FieldError } from '../http/problem.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { partnershipReport, sectorsReach } from './partnership-report.ts';
import { signatoryReport } from './signatory-report.ts';
import { feedbackReport, readActivityFeedback } from '../feedback/feedback-figures.ts';
import {
  dayOf,
  feedbackFloor,
  feedbackTotals,
  lastDayOf,
  type MonthFeedback,
  type ParticipantFeedbackFigures,
  type PrincipleFeedback,
} from '@equal-partners/shared';

// Checked in full by requestedPeriod, which can say which months to ask for instead of a day.
const bound = z.string().check(z.maxLength(20));

/** The period fields every report is asked for with (and a filter by audience or channel). */
export const periodQuery = {
  period: z.optional(
    z
      .string()
      .check(
        z.maxLength(20),
        z.describe(
          'A month (`2026-05`), calendar quarter (`2026-Q2`), financial quarter (`FY2026-Q1`, April to June 2026), ' +
            'year (`2026`) or financial year (`FY2026`). Or give `from` and `to`. Default: the 12 months to this month.',
        ),
      ),
  ),
  from: z.optional(
    bound.check(
      z.describe(
        'First month of a custom period (with `to`), `YYYY-MM`; or the first day of that month, `YYYY-MM-01`. ' +
          'Custom periods are whole months: another day is refused with the enclosing months to ask for instead.',
      ),
    ),
  ),
  to: z.optional(
    bound.check(z.describe('Last month of a custom period, `YYYY-MM`; or the last day of that month, `YYYY-MM-DD`')),
  ),
  audience: z.optional(z.enum(audiences).check(z.describe('Only activities with this audience'))),
  channel: z.optional(z.enum(channels).check(z.describe('Only activities through this channel'))),
};

/** What a signatory's figures are asked for with, besides its id: the period and a filter. */
export const signatoryQuery = z.object(periodQuery);
/** What the partnership's figures are asked for with: the period, a filter, a sector, and the rows' order. */
export const partnershipQuery = z.object({
  ...periodQuery,
  sector: z.optional(z.enum(sectors).check(z.describe('Only signatories of this sector'))),
  sort: z._default(z.enum(rowSortKeys).check(z.describe('The column the rows are sorted by')), 'participations'),
  order: z.optional(z.enum(['asc', 'desc']).check(z.describe('Default: descending, ascending for `name`'))),
});
/** The signatory a report is of. */
export const signatoryParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

type PartnershipQuery = z.output<typeof partnershipQuery>;

/** The partnership, when the caller has read it already (a page that shows it too), so a report does not read it again. */
export interface KnownPartnership {
  partnership?: PartnershipView | undefined;
}

export type SignatoryFiguresInput = z.input<typeof signatoryParam> & z.input<typeof signatoryQuery> & KnownPartnership;
export type PartnershipFiguresInput = z.input<typeof partnershipQuery> & KnownPartnership;

/** A CSV file: its name, said by what it holds (e.g. `demo-city-2026-q1-exact-figures.csv`), and its text. */
export interface CsvFile {
  filename: string;
  text: string;
}

/** A CSV file named for `title`. */
export function csvFile(title: string, text: string): CsvFile {
  return { filename: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`, text };
}

/** The headers a CSV file is answered with: its type, and that it is a download with its name. */
export function csvHeaders(file: CsvFile) {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${file.filename}"`,
  };
}

/** The input, once it is what the schema describes; a 400 problem naming each field otherwise. */
export function parsedInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  where: 'query' | 'path' = 'query',
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, where);
  return parsed.data;
}

/** The period a query asks for; its default is the 12 months to this month. */
export function requestedPeriod(
  query: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
): Period {
  const invalid = (errors: FieldError[]) =>
    new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      errors,
    );
  if (query.period !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw invalid([{ pointer: '/period', message: 'Give either a period or from and to, not both' }]);
  }
  if (query.period !== undefined) {
    const result = parsePeriod(query.period);
    if (!result.ok) throw invalid([{ pointer: '/period', ...brokenRuleOf(result) }]);
    return result.period;
  }
  const from = query.from === undefined ? undefined : monthOfBound(query.from, 'from');
  const to = query.to === undefined ? undefined : monthOfBound(query.to, 'to');
  const errors: FieldError[] = [];
  if (from && !from.ok) errors.push({ pointer: '/from', ...brokenRuleOf(from) });
  if (to && !to.ok) errors.push({ pointer: '/to', ...brokenRuleOf(to) });
  if (errors.length > 0) {
    const refused = [from, to].flatMap((b) => (b && !b.ok ? [b] : []));
    if (refused.every((b) => b.dayInMonth)) throw wholeMonthsOnly(from, to, errors);
    throw invalid(errors);
  }
  const lastMonth = to?.ok ? to.month : monthOf(now.toISOString());
  if (!from?.ok) return trailingMonths(lastMonth, 12);
  const result = monthsPeriod(from.month, lastMonth);
  if (!result.ok) throw invalid([{ pointer: '/from', ...brokenRuleOf(result) }]);
  return result.period;
}

/**
 * Days that do not start or end a month: figures are kept per month (decision 0105), so
 * the problem names the enclosing months, as `suggested`, for the client to ask for.
 */
function wholeMonthsOnly(from: BoundResult | undefined, to: BoundResult | undefined, errors: FieldError[]) {
  const suggested = { from: from?.month, to: to?.month };
  const query = Object.entries(suggested)
    .flatMap(([key, value]) => (value ? [`${key}=${value}`] : []))
    .join('&');
  return new ProblemError(
    400,
    'period-not-whole-months',
    'Custom periods are whole months',
    'Figures are kept per month, so a custom period cannot start or end partway through a month. ' +
      `The whole months around the days you asked for are ${query}.`,
    errors,
  ).with({ suggested });
}

/** The activity filter a query asks for: one channel or one audience. */
function requestedFilter(query: { audience?: Audience | undefined; channel?: Channel | undefined }): ActivityFilter {
  if (query.audience && query.channel) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      [{ pointer: '/channel', message: 'Filter by a channel or by an audience, not both' }],
    );
  }
  return { audience: query.audience, channel: query.channel };
}

/**
 * Refuses exact figures to anyone the policy does not allow them, under the partnership's
 * settings, and gives back the partnership when it was read (or known) for the answer.
 */
export async function permitExactFigures(
  deps: Pick<QueryDeps, 'store'>,
  principal: Principal,
  signatoryId: string | undefined,
  known: PartnershipView | undefined,
): Promise<PartnershipView | undefined> {
  // Only a reviewer's answer depends on a setting; everyone else is decided without a read.
  const partnership =
    known ??
    (principal.kind === 'user' && principal.role === 'reviewer' ? await getPartnership(deps.store) : undefined);
  requireAllowed(
    principal,
    'read',
    'metrics',
    signatoryId === undefined ? {} : { signatoryId },
    principal.kind === 'user' && principal.role === 'reviewer' ? partnership?.settings : {},
  );
  return partnership;
}

/** Rows are sorted descending, names ascending, unless the query says otherwise. */
export const orderOf = (query: Pick<PartnershipQuery, 'sort' | 'order'>) =>
  query.order ?? (query.sort === 'name' ? 'asc' : 'desc');

export const notFound = (what: string) =>
  new ProblemError(404, 'not-found', 'Not found', `There is no ${what}, or the partnership is not set up yet.`);

/** A signatory's report, with its figures as their exact values, once the caller may read them. */
async function exactSignatoryReport(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: SignatoryFiguresInput,
) {
  const { partnership: known, id: rawId, ...rest } = input;
  const { id } = parsedInput(signatoryParam, { id: rawId }, 'path');
  const query = parsedInput(signatoryQuery, rest);
  const partnership = (await permitExactFigures(deps, principal, id, known)) ?? (await getPartnership(deps.store));
  const now = deps.today();
  const [report, feedback] = await Promise.all([
    signatoryReport(deps.store, id, {
      period: requestedPeriod(query, now),
      filter: requestedFilter(query),
      now,
      partnership,
    }),
    partnership ? readActivityFeedback(deps.store, feedbackFloor(partnership.settings), id) : [],
  ]);
  if (!report || !partnership) throw notFound(`signatory ${id}`);
  const figures = exactValues(report.figures);
  const { impact } = figures.metrics;
  const participantFeedback = feedbackReport(
    feedback,
    { from: report.period.start, to: report.period.end, signatoryIds: new Set([id]), filter: report.filter },
    partnership.settings,
    {
      responses: impact.experienceResponses,
      feltListened: impact.feltListened,
      knowWhatHappensNext: impact.knowWhatHappensNext,
    },
    partnership.charter.principles.map((p) => p.id),
    now,
  );
  return { report, figures, participantFeedback, feedback, settings: partnership.settings };
}

/** The partnership's report, with its figures as their exact values, once the caller may read them. */
async function exactPartnershipReport(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: PartnershipFiguresInput,
) {
  const { partnership: known, ...rest } = input;
  const query = parsedInput(partnershipQuery, rest);
  const partnership =
    (await permitExactFigures(deps, principal, undefined, known)) ?? (await getPartnership(deps.store));
  const now = deps.today();
  const [report, feedback] = await Promise.all([
    partnershipReport(deps.store, {
      period: requestedPeriod(query, now),
      filter: requestedFilter(query),
      sector: query.sector,
      now,
      partnership,
    }),
    partnership ? readActivityFeedback(deps.store, feedbackFloor(partnership.settings)) : [],
  ]);
  if (!report || !partnership) throw notFound('partnership');
  const figures = exactValues(report.figures);
  const { impact } = figures.metrics;
  const scope = { from: report.period.start, to: report.period.end, filter: report.filter };
  const principleIds = partnership.charter.principles.map((p) => p.id);
  const signatoryIds = figures.rows.map((row) => row.signatoryId);
  const participantFeedback: PartnershipFeedback = {
    ...feedbackReport(
      feedback,
      // The totals are the sector's when one is asked: its signatories' whole activities.
      query.sector ? { ...scope, signatoryIds: new Set(signatoryIds) } : scope,
      partnership.settings,
      {
        responses: impact.experienceResponses,
        feltListened: impact.feltListened,
        knowWhatHappensNext: impact.knowWhatHappensNext,
      },
      principleIds,
      now,
    ),
    rows: figures.rows.map((row) => ({
      signatoryId: row.signatoryId,
      ...feedbackReport(
        feedback,
        { ...scope, signatoryIds: new Set([row.signatoryId]) },
        partnership.settings,
        {
          responses: row.experienceResponses,
          feltListened: row.feltListened,
          knowWhatHappensNext: row.knowWhatHappensNext,
        },
        [],
        now,
      ).figures,
    })),
  };
  return { query, report, figures, participantFeedback };
}

/** Families' feedback for the partnership (or a sector), and each signatory's in the rows' order. */
export interface PartnershipFeedback {
  figures: ParticipantFeedbackFigures;
  principles: PrincipleFeedback[];
  rows: (ParticipantFeedbackFigures & { signatoryId: string })[];
}

/** The filter an answer says it is under: what was asked for, and no field for what was not. */
function filterOf(filter: ActivityFilter & { sector?: string | undefined }): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Every figure for a signatory over a period (exact): the previous period, a monthly series, and award eligibility. */
export async function signatoryMetrics(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: SignatoryFiguresInput,
) {
  const { report, figures, participantFeedback } = await exactSignatoryReport(deps, principal, input);
  return {
    signatory: report.signatory,
    period: report.period,
    previousPeriod: report.previousPeriod,
    filter: filterOf(report.filter),
    baseline: report.baseline,
    ...figures,
    charterStatus: report.charterStatus,
    participantFeedback,
  };
}

/**
 * Every figure for the partnership over a period (exact), with a row per signatory sorted as
 * asked, and each signatory's row for the previous period in the same order (for each row's change).
 */
export async function partnershipMetrics(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: PartnershipFiguresInput,
) {
  const { query, report, figures, participantFeedback } = await exactPartnershipReport(deps, principal, input);
  const order = orderOf(query);
  const { rows, previousRows, ...totals } = figures;
  const sorted = sortRows(rows, query.sort, order);
  const before = new Map(previousRows.map((row) => [row.signatoryId, row]));
  return {
    partnership: report.partnership,
    period: report.period,
    previousPeriod: report.previousPeriod,
    filter: filterOf(report.filter),
    baseline: report.baseline,
    ...totals,
    signatories: {
      sort: query.sort,
      order,
      rows: sorted,
      previousRows: sorted.map((row) => before.get(row.signatoryId)!),
    },
    participantFeedback,
  };
}

/**
 * Each sector's exact reach over a period (activities and participations by stage, and by
 * stage and rung of the ladder), as its sector's overview totals it, for those who may read
 * every signatory's exact figures: every sector from one read of the period's months.
 */
export async function partnershipSectorsReach(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: { period: Period } & KnownPartnership,
) {
  await permitExactFigures(deps, principal, undefined, input.partnership);
  return sectorsReach(deps.store, input.period);
}

/** The overview's rows as a CSV file of exact figures, with the period on every row. */
export async function partnershipMetricsFile(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: PartnershipFiguresInput,
): Promise<CsvFile> {
  const { query, report, figures } = await exactPartnershipReport(deps, principal, input);
  const text = overviewCsv(sortRows(figures.rows, query.sort, orderOf(query)), report.period);
  return csvFile(`${report.partnership.name} ${report.period.key} exact figures`, text);
}

/** A signatory's monthly series over the period as a CSV file of exact figures. */
export async function signatoryMonthsFile(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: SignatoryFiguresInput,
): Promise<CsvFile> {
  const { report, figures, feedback, settings } = await exactSignatoryReport(deps, principal, input);
  const { id } = report.signatory;
  const floor = feedbackFloor(settings);
  const today = dayOf(deps.today());
  const monthFeedback = (month: string): MonthFeedback => {
    const scope = { from: `${month}-01`, to: lastDayOf(month), signatoryIds: new Set([id]), filter: report.filter };
    const totals = feedbackTotals(feedback, scope, floor, today);
    return {
      feedbackActivities: totals.activities,
      feedbackResponses: totals.responses,
      feedbackFeltListened: totals.yes.feltListened,
      feedbackKnowWhatHappensNext: totals.yes.knowWhatHappensNext,
      feedbackEasyToTakePart: totals.yes.easyToTakePart,
    };
  };
  return csvFile(`${id} ${report.period.key} by month exact figures`, seriesCsv(id, figures.series, monthFeedback));
}
