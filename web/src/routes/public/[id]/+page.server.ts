import { loadPublicSignatoryReport } from '#lib/server/signatory-report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => loadPublicSignatoryReport(params.id, url);
