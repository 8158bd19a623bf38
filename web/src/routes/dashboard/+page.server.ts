import { loadBoardOverview } from '#lib/server/board-overview.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadBoardOverview(url);
