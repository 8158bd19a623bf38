/**
 * The public "you said, we did" log and answered challenges of a signatory, as the public
 * accountability pages and the API read them: anyone may, and gets only what the public
 * may read (`publicLoops`, `publicChallenges` in shared decide what that is): texts once
 * published, and for those still waiting to be checked, since when. The routes
 * (./public-records-routes.ts) only read the request and answer.
 */
import * as z from 'zod/mini';
import {
  dayOf,
  defaultSettings,
  publicChallenges,
  publicLoops,
  type Principal,
  type PublicChallenge,
  type PublicLoop,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { listChallengesOfSignatory } from '../challenges/challenge-entity.ts';
import { listLoopsOfSignatory } from '../loops/loop-entity.ts';
import { getRecord, type Store } from '../table/index.ts';
import { ProblemError, validationProblem } from '../http/problem.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';

/** Whose records: a signatory's id. */
export interface PublicRecordsInput {
  signatoryId: string;
  /** The partnership, when the caller has read it already (a page that shows it too), so it is not read again. */
  partnership?: PartnershipView | undefined;
}

const input = z.object({ signatoryId: z.string().check(z.minLength(1), z.maxLength(64)) });

/** The signatory's id, or the 400 problem when it cannot be one. */
function signatoryOf(given: PublicRecordsInput): string {
  const parsed = input.safeParse(given);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'path');
  return parsed.data.signatoryId;
}

/** The partnership's settings, once the signatory is known to exist (404 otherwise). */
async function settingsFor(store: Store, id: string, known: PartnershipView | undefined) {
  const [signatory, partnership] = await Promise.all([
    getRecord(store, signatoryKind, id),
    known ?? getPartnership(store),
  ]);
  if (!signatory) throw new ProblemError(404, 'not-found', 'Not found', `There is no signatory ${id}.`);
  return partnership?.settings ?? defaultSettings;
}

/**
 * Every feedback loop the signatory raised so far, newest first, without evidence links
 * or unconsented stories; a loop's texts only once they were checked and published.
 */
export async function publicLoopsOf(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  given: PublicRecordsInput,
): Promise<{ items: PublicLoop[] }> {
  const id = signatoryOf(given);
  const [settings, loops] = await Promise.all([
    settingsFor(deps.store, id, given.partnership),
    listLoopsOfSignatory(deps.store, id),
  ]);
  return { items: publicLoops(loops, dayOf(deps.today()), settings.loopDueDays, settings.publishWithinDays) };
}

/**
 * The signatory's challenges that were answered or are overdue, newest first; a
 * challenge's texts only once they were checked and published.
 */
export async function publicChallengesOf(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  given: PublicRecordsInput,
): Promise<{ items: PublicChallenge[] }> {
  const id = signatoryOf(given);
  const [settings, challenges] = await Promise.all([
    settingsFor(deps.store, id, given.partnership),
    listChallengesOfSignatory(deps.store, id),
  ]);
  return {
    items: publicChallenges(challenges, dayOf(deps.today()), settings.challengeDueDays, settings.publishWithinDays),
  };
}
