/**
 * The board report's page (`/dashboard/report`) and its PDF (`/dashboard/report.pdf`): the
 * quarter asked for (`quarter=2026-Q3&year=financial`), and a section for every signatory
 * or only those with an exception (`signatories=all`). Only those who may read every
 * signatory's exact figures open it (a 403 page names who may); the query decides again.
 */
import { boardReport, type BoardReportInput } from '@equal-partners/functions/reports/board-report-queries';
import { requireReadingEveryone } from './guard.ts';
import { loadPartnership } from './partnership.ts';
import { ask } from './queries.ts';

/** The report's parameters as the page's query string gives them; the query checks each (a 400 names it). */
export function reportQueryFrom(url: URL): Omit<BoardReportInput, 'partnership'> {
  const value = (name: string) => url.searchParams.get(name) || undefined;
  return {
    quarter: value('quarter'),
    year: value('year') as BoardReportInput['year'],
    signatories: value('signatories') as BoardReportInput['signatories'],
  };
}

/** The same parameters as a query string, the defaults left out, for the page's and the PDF's links. */
export function reportSearch(report: { quarter: { key: string; year: string }; scope: string }): string {
  return new URLSearchParams({
    quarter: report.quarter.key,
    year: report.quarter.year,
    ...(report.scope === 'all' ? { signatories: 'all' } : {}),
  }).toString();
}

export async function loadBoardReport(locals: App.Locals, url: URL) {
  const { partnership } = await loadPartnership();
  requireReadingEveryone(locals, partnership.settings);
  const report = await ask(boardReport, { ...reportQueryFrom(url), partnership });
  return {
    report,
    search: reportSearch(report),
    settings: partnership.settings,
    today: new Date().toISOString().slice(0, 10),
  };
}

export type BoardReportData = Awaited<ReturnType<typeof loadBoardReport>>;
