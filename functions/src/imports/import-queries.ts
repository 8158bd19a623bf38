/**
 * Where an import stands (./import-job.ts), for the person who started it and the board's
 * admins: the API's `GET /api/v1/imports/{id}` and the import page ask it.
 */
import { actorOf, type Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { getImport } from './import-entity.ts';
import { statusOf, type ImportStatus } from './import-job.ts';

export type { ImportStatus } from './import-job.ts';

/**
 * Where the import `id` stands; anyone but whoever started it (and the board's admins) is
 * told there is no such import.
 * @example await importStatus(deps, principal, { id })
 */
export async function importStatus(
  deps: Pick<QueryDeps, 'store'>,
  principal: Principal,
  input: { id: string },
): Promise<ImportStatus> {
  const id = input?.id;
  const head = typeof id === 'string' && id.length <= 64 ? await getImport(deps.store, id) : undefined;
  const mayRead =
    head !== undefined &&
    (head.actor === actorOf(principal) || (principal.kind === 'user' && principal.role === 'board-admin'));
  if (!head || !mayRead) throw ProblemError.ofRule(404, 'not-found', 'No such import', 'importNotFound');
  return statusOf(head);
}
