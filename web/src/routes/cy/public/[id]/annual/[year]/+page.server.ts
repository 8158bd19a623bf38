import { loadPublicAnnualReport } from '#lib/server/annual-report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => loadPublicAnnualReport(params.id, params.year);
