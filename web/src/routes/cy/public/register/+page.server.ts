import { loadRegister } from '#lib/server/register.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => loadRegister();
