import { loadExactAnnualReport } from '#lib/server/annual-report.ts';
import type { PageServerLoad } from './$types';

/** Exact figures for the board, commissioners and the signatory's own editors; anyone else is sent to the public version. */
export const load: PageServerLoad = ({ params }) => loadExactAnnualReport(params.id, params.year);
