/**
 * The partnership as one use reads or changes it: its name, area, charter, group taxonomy
 * and settings, for anyone; a replacement, for board admins, at the version they read.
 */
import { actorOf, partnership, withCurrentSettingNames, type Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { updateRecord, WriteRefused } from '../table/index.ts';
import { ProblemError, fieldErrors } from '../http/problem.ts';
import { refusalProblem, requireAllowed } from '../records/record-queries.ts';
import { getPartnership, partnershipKind, type PartnershipView } from './partnership-entity.ts';

export type { PartnershipView };

export interface VersionedPartnership {
  partnership: PartnershipView;
  version: number;
}

/** The partnership; 404 before one is set up. Anyone may read it: it is what the public pages describe. */
export async function readPartnership(
  deps: Pick<QueryDeps, 'store'>,
  _principal: Principal,
  _input?: undefined,
): Promise<VersionedPartnership> {
  const found = await getPartnership(deps.store);
  if (!found) throw ProblemError.ofRule(404, 'not-found', 'No partnership yet', 'noPartnership');
  return { partnership: found, version: Number(found.version) };
}

/** A partnership sent with a setting under its earlier name: the same, under the current name. */
function withRenamedSettings(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('settings' in body)) return body;
  return { ...body, settings: withCurrentSettingNames(body.settings) };
}

/**
 * Replaces the charter, the taxonomy or the settings, if they are still at
 * `expectedVersion`: without one, 428; at another, 412.
 */
export async function replacePartnership(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  input: { body: unknown; expectedVersion: number | undefined },
): Promise<VersionedPartnership> {
  requireAllowed(principal, 'update', 'partnership', {});
  const parsed = partnership.safeParse(withRenamedSettings(input.body));
  if (!parsed.success)
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The request body has errors: fix each field listed.',
      fieldErrors(parsed.error.issues),
    );
  if (input.expectedVersion === undefined)
    throw new ProblemError(
      428,
      'precondition-required',
      'If-Match required',
      'Send If-Match with the ETag you read, so a change made since is not overwritten.',
    );
  try {
    const { record } = await updateRecord(
      deps.store,
      partnershipKind,
      'partnership',
      parsed.data,
      input.expectedVersion,
      actorOf(principal),
      deps.now(),
    );
    return { partnership: record, version: record.version };
  } catch (error) {
    if (error instanceof WriteRefused) throw refusalProblem(error, 'partnership', 'partnership');
    throw error;
  }
}
