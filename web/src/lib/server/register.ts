/**
 * The public register of charter status for its pages and its open data files
 * (docs/decisions/0110): one query, as the public reads it.
 */
import { publicRegister, registerFields } from '@equal-partners/functions/signatories/register-queries';
import { ask } from './queries.ts';

/** What both language's register pages show: the register and its dictionary's fields. */
export async function loadRegister() {
  return {
    register: await ask(publicRegister, undefined),
    fields: registerFields.map(({ name, type }) => ({ name, type })),
  };
}

/** Open data any shared cache may keep for a few minutes, as a download. */
export function openDataHeaders(type: string, filename: string): Record<string, string> {
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'public, max-age=300',
  };
}
