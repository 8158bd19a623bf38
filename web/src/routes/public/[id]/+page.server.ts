import { loadSignatoryReport } from '#lib/server/signatory-report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => loadSignatoryReport(params.id, url, 'public');
