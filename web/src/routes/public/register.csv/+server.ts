/** The register of charter status as a CSV file: open data, its columns the data dictionary's fields. */
import { publicRegister, registerCsv } from '@equal-partners/functions/signatories/register-queries';
import { openDataHeaders } from '#lib/server/register.ts';
import { ask } from '#lib/server/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const register = await ask(publicRegister, undefined);
  return new Response(registerCsv(register), {
    headers: openDataHeaders('text/csv; charset=utf-8', `charter-register-${register.asOf}.csv`),
  });
};
