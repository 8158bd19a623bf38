/** The data dictionary of the register's open data: each field's name, type and meaning. */
import { registerDictionaryCsv } from '@equal-partners/functions/signatories/register-queries';
import { openDataHeaders } from '#lib/server/register.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
  new Response(registerDictionaryCsv(), {
    headers: openDataHeaders('text/csv; charset=utf-8', 'charter-register-dictionary.csv'),
  });
