/**
 * A CSV file of exact figures from the API, passed on to the person asking with their
 * token: the API decides who may read exact figures, and anyone it refuses is sent to
 * the public page instead, whose figures are open data.
 */
import { error, redirect } from '@sveltejs/kit';
import { callApi, type Problem } from './api.ts';

/** `keep` names the page's query parameters the file follows (period, sector, order). */
export async function exactFile(apiPath: string, url: URL, keep: readonly string[], publicPath: string) {
  const query = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value);
  }
  const response = await callApi(`${apiPath}${query.size > 0 ? `?${query}` : ''}`);
  if (response.status === 401 || response.status === 403) redirect(303, publicPath);
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
}
