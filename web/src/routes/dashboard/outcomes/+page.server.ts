import { loadOutcomes } from '#lib/server/outcomes.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => loadOutcomes(locals, url);
