/** The register of charter status as JSON: open data, each entry's fields those of the data dictionary. */
import { publicRegister } from '@equal-partners/functions/signatories/register-queries';
import { openDataHeaders } from '#lib/server/register.ts';
import { ask } from '#lib/server/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const { partnership, asOf, entries } = await ask(publicRegister, undefined);
  const body = { partnership, asOf, dictionary: '/public/register-dictionary.csv', signatories: entries };
  return new Response(JSON.stringify(body, null, 2), {
    headers: openDataHeaders('application/json; charset=utf-8', `charter-register-${asOf}.json`),
  });
};
