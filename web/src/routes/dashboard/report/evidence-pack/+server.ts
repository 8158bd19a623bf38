/** The inspection evidence pack: the board report's form posts here, and gets the ZIP (#lib/server/evidence-pack.ts). */
import { evidencePackResponse } from '#lib/server/evidence-pack.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => evidencePackResponse(event);
