import { loadBoardReport } from '#lib/server/board-report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => loadBoardReport(locals, url);
