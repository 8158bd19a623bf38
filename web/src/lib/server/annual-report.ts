/**
 * A signatory's annual involvement report as its pages load it: the exact version
 * (`/dashboard/signatories/{id}/annual/{year}`, for those the role rules allow exact
 * figures; anyone else is sent to the public version) and the public one
 * (`/public/{id}/annual/{year}` and its Welsh twin), with the years the page offers.
 * The queries decide who may read what (@equal-partners/functions/reports/annual-report-queries);
 * the Welsh of the texts goes to a Welsh page only.
 */
import {
  offeredYears,
  publicAnnualReport,
  signatoryAnnualReport,
  type AnnualReport,
} from '@equal-partners/functions/reports/annual-report-queries';
import { exactOrPublic } from './board-overview.ts';
import { loadPartnership } from './partnership.ts';
import { ask } from './queries.ts';
import { inPageLanguage } from './signatory-report.ts';

/** The report with its texts in the page's language, and what the page needs around it. */
async function withPageParts<R extends AnnualReport>(read: Promise<R>, settings: { minRateBase: number }) {
  const report = await read;
  const today = new Date().toISOString().slice(0, 10);
  return {
    report: {
      ...report,
      youSaidWeDid: inPageLanguage(report.youSaidWeDid),
      stories: inPageLanguage(report.stories),
    },
    settings,
    today,
    years: offeredYears(today),
  };
}

/** The exact version, or a redirect to the public one for anyone the rules do not allow exact figures. */
export async function loadExactAnnualReport(id: string, year: string) {
  const { partnership } = await loadPartnership();
  return exactOrPublic(
    () => withPageParts(ask(signatoryAnnualReport, { id, year, partnership }), partnership.settings),
    `/public/${encodeURIComponent(id)}/annual/${encodeURIComponent(year)}`,
  );
}

/** The public version: the signatory's published figures for the financial year. */
export async function loadPublicAnnualReport(id: string, year: string) {
  const { partnership } = await loadPartnership();
  return withPageParts(ask(publicAnnualReport, { id, year, partnership }), partnership.settings);
}

export type AnnualReportData =
  Awaited<ReturnType<typeof loadExactAnnualReport>> | Awaited<ReturnType<typeof loadPublicAnnualReport>>;
