/**
 * The inspection evidence pack (`POST /dashboard/report/evidence-pack`): for the board
 * report's quarter or its financial year, one ZIP with the board report as a PDF and the
 * pack's CSV files with their data dictionary, a README.txt saying what each file is, and
 * the partnership's handling marking on every file (the PDF's every page, every CSV row,
 * the README's first and last line). Board admins only (a 403 page names who may); the
 * query decides again. Each pack made is audited (who, when, the period).
 *
 * Made by this web server alone (fflate zips it here), so neither fflate nor the pack's
 * queries are in the api Lambda's bundle.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  evidencePackFiles,
  recordEvidencePack,
  type EvidencePack,
  type EvidencePackInput,
} from '@equal-partners/functions/reports/evidence-pack-queries';
import { requireAllowed } from './guard.ts';
import { loadPartnership } from './partnership.ts';
import { ask, attempt } from './queries.ts';
import { boardReportPdf } from './report-pdf.ts';

/** The pack's parameters as the form posts them; the query checks each (a 400 names it). */
export function packQueryFrom(form: FormData): Omit<EvidencePackInput, 'partnership'> {
  const value = (name: string) => {
    const given = form.get(name);
    return typeof given === 'string' && given !== '' ? given : undefined;
  };
  return {
    quarter: value('quarter'),
    year: value('year') as EvidencePackInput['year'],
    span: value('span') as EvidencePackInput['span'],
  };
}

/** The folder and file name of a pack, by its period: `evidence-pack-fy2026-q3`. */
export const packName = (pack: Pick<EvidencePack, 'period'>) =>
  `evidence-pack-${pack.period.key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** README.txt: the marking first and last, what the pack is of, and each file with what it holds. */
export function packReadme(pack: EvidencePack, pdfName: string, producedAt: string): string {
  return [
    pack.marking,
    '',
    `Inspection evidence pack: ${pack.partnership}`,
    `Period: ${pack.period.label} (${pack.period.key}), ${pack.period.start} to ${pack.period.end}`,
    `Produced: ${producedAt}`,
    '',
    'The figures are exact, for the board and inspectors: handle every file as marked.',
    'Texts are given only once checked before publication; any other text is shown as withheld.',
    "Families' own feedback joins this pack once it is part of the partnership's figures.",
    '',
    'Files:',
    `- ${pdfName}: the board report for the quarter ${pack.quarter.key} (${pack.quarter.year} year)`,
    ...pack.files.map((file) => `- ${file.name}: ${file.description}`),
    '',
    'Every column of every CSV file is described in data-dictionary.csv.',
    '',
    pack.marking,
    '',
  ].join('\r\n');
}

/** The board report's PDF in the pack, by the quarter it is of: `board-report-fy2026-q3.pdf`. */
export const pdfNameOf = (pack: Pick<EvidencePack, 'quarter'>) =>
  `board-report-${pack.quarter.year === 'financial' ? 'fy' : ''}${pack.quarter.key.toLowerCase()}.pdf`;

/** The ZIP: one folder named for the period holding the README, the PDF and the CSV files. */
export function zipPack(pack: EvidencePack, pdf: Uint8Array, producedAt: string): { name: string; zip: Uint8Array } {
  const name = packName(pack);
  const pdfName = pdfNameOf(pack);
  const files: Zippable = {
    'README.txt': strToU8(packReadme(pack, pdfName, producedAt)),
    [pdfName]: [pdf, { level: 0 }],
    ...Object.fromEntries(pack.files.map((file) => [file.name, strToU8(file.text)])),
  };
  return { name, zip: zipSync({ [name]: files }, { mtime: new Date(producedAt) }) };
}

/** Makes the pack asked for by the posted form, audits it, and answers it as a download. */
export async function evidencePackResponse(event: {
  locals: App.Locals;
  request: Request;
  url: URL;
  fetch: typeof globalThis.fetch;
}): Promise<Response> {
  const { partnership } = await loadPartnership();
  requireAllowed(event.locals, ['create', 'evidence-pack'], partnership.settings);
  const input = packQueryFrom(await event.request.formData());
  const pack = await ask(evidencePackFiles, { ...input, partnership });
  const search = new URLSearchParams({ quarter: pack.quarter.key, year: pack.quarter.year }).toString();
  const made = await boardReportPdf(event.fetch, event.url, search, pack.marking);
  if ('refused' in made) return made.refused;
  const producedAt = new Date().toISOString();
  const { name, zip } = zipPack(pack, made.pdf, producedAt);
  const audited = await attempt(recordEvidencePack, {
    period: pack.period.key,
    quarter: `${pack.quarter.year === 'financial' ? 'FY' : ''}${pack.quarter.key}`,
    marking: pack.marking,
    files: ['README.txt', pdfNameOf(pack), ...pack.files.map((file) => file.name)],
  });
  // A pack whose making could not be recorded is not handed over.
  if (!audited.ok) throw new Error(`The evidence pack was not audited: ${audited.problem.detail}`);
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${name}.zip"`,
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
}
