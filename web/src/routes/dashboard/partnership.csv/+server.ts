/**
 * The board overview's rows as a CSV file, with exact figures, for the period, sector and
 * order the page shows. The API decides who may read exact figures from the person's
 * token; anyone it refuses is sent to the public overview, whose file is open data.
 */
import { error, redirect } from '@sveltejs/kit';
import { callApi, type Problem } from '#lib/server/api.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
  const query = new URLSearchParams();
  for (const name of ['period', 'sector', 'sort', 'order']) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value);
  }
  const response = await callApi(`/api/v1/metrics/partnership.csv?${query}`);
  if (response.status === 401 || response.status === 403) redirect(303, '/public');
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    error(response.status, problem.detail ?? 'The figures could not be read.');
  }
  return new Response(await response.text(), {
    headers: {
      'content-type': response.headers.get('content-type') ?? 'text/csv; charset=utf-8',
      'content-disposition': response.headers.get('content-disposition') ?? 'attachment',
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
};
