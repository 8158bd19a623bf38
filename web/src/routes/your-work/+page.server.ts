import { loadYourWork } from '#lib/server/your-work.ts';
import type { PageServerLoad } from './$types';

/** What is waiting for the person signed in, by their role; where sign-in lands them. */
export const load: PageServerLoad = ({ locals }) => loadYourWork(locals);
