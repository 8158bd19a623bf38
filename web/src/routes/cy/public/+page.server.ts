import { loadPublicOverview } from '#lib/server/partnership-report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadPublicOverview(url);
