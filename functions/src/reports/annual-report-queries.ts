/**
 * A signatory's annual involvement report: for a financial year (April to March), what
 * engagement it did and with whom (the groups under-represented against its baseline
 * named), what people raised and what changed as a result ("you said, we did"), families'
 * own feedback, and the stories people agreed to publish. For an integrated care board it
 * is the evidence its own annual report on the duty to involve the public draws on.
 *
 * Two versions, built from the queries the signatory's pages already run:
 * - **exact** (`signatoryAnnualReport`): the signatory's exact figures for the year, for
 *   whoever may read them (the board, commissioners, its own editors, reviewers where the
 *   board allows it), as `signatoryMetrics` decides before anything is read;
 * - **public** (`publicAnnualReport`): the signatory's published figures for the year,
 *   which are exactly the public answer for its financial year on the publication grid
 *   (`publicSignatoryMetrics` with `period=FY{year}`), so the report publishes no cut of
 *   the data the public pages do not already publish (docs/decisions/0112).
 *
 * Texts in both are published texts only (docs/decisions/0402): the "you said, we did"
 * log and the stories come from the public log (`publicLoopsOf`), where a story is present
 * only when the people it is about agreed to publish it and it passed the check.
 */
import * as z from 'zod/mini';
import { dayOf, financialYearOf, type Principal, type PublicLoop } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import type { PartnershipView } from '../partnership/partnership-entity.ts';
import { publicLoopsOf } from '../publication/public-record-queries.ts';
import { publicSignatoryMetrics } from './public-report-queries.ts';
import { parsedInput, signatoryMetrics, signatoryParam } from './report-queries.ts';

/** The first year of the financial year a report is of: `2025` is April 2025 to March 2026. */
export const annualYearParam = z.object({
  year: z
    .string()
    .check(
      z.regex(/^\d{4}$/, 'A financial year by the year it starts in, e.g. 2025 for April 2025 to March 2026'),
      z.describe('The financial year by the year it starts in: `2025` is April 2025 to March 2026'),
    ),
});

export interface AnnualReportInput {
  id: string;
  year: string;
  /** The partnership, when the caller has read it already, so it is not read again. */
  partnership?: PartnershipView | undefined;
}

/** How many financial years a signatory's page offers a report for, this one included. */
export const offeredYearCount = 4;

/** The financial year `day` (`YYYY-MM-DD`) falls in, by the year it starts in. */
export function financialYearOfDay(day: string): number {
  return financialYearOf(day.slice(0, 7));
}

/**
 * The financial year a report is first offered for: the last one ended, since a year
 * under way is not yet a year's evidence.
 * @example reportedYear('2026-05-15') // 2025 (April 2025 to March 2026)
 */
export function reportedYear(today: string): number {
  return financialYearOfDay(today) - 1;
}

/** The years the pages offer a report for, newest first: this one (under way) and the three before. */
export function offeredYears(today: string): number[] {
  const current = financialYearOfDay(today);
  return Array.from({ length: offeredYearCount }, (_, i) => current - i);
}

/** The loops raised in the year (`from`..`to`, days), oldest first, as the public log gives them. */
export function loopsRaisedInYear(loops: readonly PublicLoop[], from: string, to: string): PublicLoop[] {
  return loops
    .filter((loop) => loop.raisedOn >= from && loop.raisedOn <= to)
    .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id));
}

/** The year's groups flagged under-represented against the baseline, by the figures' own flag. */
function underRepresentedOf(groups: readonly { groupId: string; label: string; flag: unknown }[]) {
  return groups.filter((g) => g.flag === 'under').map(({ groupId, label }) => ({ groupId, label }));
}

/**
 * The report around its figures: the year, the groups under-represented, the loops raised
 * in the year whose texts are published ("you said, we did"), how many more are waiting to
 * be checked, and the consented stories among them.
 */
function annualReportOf<
  F extends {
    period: { start: string; end: string };
    metrics: { inclusion: { groups: { groupId: string; label: string; flag: unknown }[] } };
  },
>(year: number, figures: F, loops: readonly PublicLoop[]) {
  const raised = loopsRaisedInYear(loops, figures.period.start, figures.period.end);
  const published = raised.filter((loop) => loop.youSaid !== undefined);
  return {
    year,
    figures,
    underRepresented: underRepresentedOf(figures.metrics.inclusion.groups),
    youSaidWeDid: published,
    waitingTexts: raised.length - published.length,
    stories: published.filter((loop) => loop.publicStory !== undefined),
  };
}

/** The signatory and the year asked for: a 400 problem for either that cannot be one, or for a year not yet begun. */
function asked(input: AnnualReportInput, today: Date): { id: string; year: number } {
  const { id } = parsedInput(signatoryParam, { id: input.id }, 'path');
  const year = Number(parsedInput(annualYearParam, { year: input.year }, 'path').year);
  if (year > financialYearOfDay(dayOf(today))) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The path has errors: fix each field listed.',
      [{ pointer: '/year', message: 'That financial year has not begun yet' }],
    );
  }
  return { id, year };
}

/** A signatory's annual involvement report with exact figures, for those the role rules allow them (401, 403 otherwise). */
export async function signatoryAnnualReport(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: AnnualReportInput,
) {
  const { id, year } = asked(input, deps.today());
  const { partnership } = input;
  // The figures' query decides who may read them before anything is read.
  const figures = await signatoryMetrics(deps, principal, { id, period: `FY${year}`, partnership });
  const loops = await publicLoopsOf(deps, principal, { signatoryId: id, partnership });
  return { visibility: 'exact' as const, ...annualReportOf(year, figures, loops.items) };
}

/**
 * A signatory's public annual involvement report: its published figures for the year,
 * exactly the public answer for that financial year (the same cell of the publication grid).
 */
export async function publicAnnualReport(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: AnnualReportInput,
) {
  const { id, year } = asked(input, deps.today());
  const { partnership } = input;
  const [figures, loops] = await Promise.all([
    publicSignatoryMetrics(deps, principal, { id, period: `FY${year}`, partnership }),
    publicLoopsOf(deps, principal, { signatoryId: id, partnership }),
  ]);
  return { visibility: 'public' as const, ...annualReportOf(year, figures, loops.items) };
}

export type ExactAnnualReport = Awaited<ReturnType<typeof signatoryAnnualReport>>;
export type PublicAnnualReport = Awaited<ReturnType<typeof publicAnnualReport>>;
export type AnnualReport = ExactAnnualReport | PublicAnnualReport;
