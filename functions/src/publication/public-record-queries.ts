/**
 * A signatory's public "you said, we did" log and answered challenges as one use reads
 * them: for anyone, only what the public may read (`publicLoops`, `publicChallenges` in
 * shared decide what that is): texts once published, and for those still waiting to be
 * checked, since when. The API's `/api/v1/public/signatories/{id}/...`
 * (./public-records-routes.ts) and the signatory pages run these.
 */
import {
  dayOf,
  defaultSettings,
  publicChallenges,
  publicLoops,
  type PartnershipSettings,
  type Principal,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { idParam } from '../http/openapi/shared-schemas.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import { listChallengesOfSignatory, listLoopsOfSignatory } from '../reports/metric-reads.ts';
import { parsedInput } from '../reports/report-queries.ts';
import { getRecord } from '../table/index.ts';
import { signatoryKind } from '../signatories/signatory-entity.ts';

export interface PublicRecordsInput {
  id: string;
  /** The partnership, when the caller has read it already (a page that shows it too), so it is not read again. */
  partnership?: PartnershipView | undefined;
}

/** The settings the public records are shaped with; 404 when there is no such signatory. */
async function settingsFor(
  deps: Pick<QueryDeps, 'store'>,
  id: string,
  known: PartnershipView | undefined,
): Promise<PartnershipSettings> {
  const [signatory, partnership] = await Promise.all([
    getRecord(deps.store, signatoryKind, id),
    known ?? getPartnership(deps.store),
  ]);
  if (!signatory) throw new ProblemError(404, 'not-found', 'Not found', `There is no signatory ${id}.`);
  return partnership?.settings ?? defaultSettings;
}

/** Every feedback loop of a signatory raised so far, newest first, as the public may read it. */
export async function publicLoopsOf(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicRecordsInput,
) {
  const { id } = parsedInput(idParam, { id: input.id }, 'path');
  const [settings, loops] = await Promise.all([
    settingsFor(deps, id, input.partnership),
    listLoopsOfSignatory(deps.store, id),
  ]);
  return {
    items: publicLoops(loops, dayOf(deps.today()), settings.loopDueDays, settings.publishWithinDays),
  };
}

/** A signatory's challenges that were answered or are overdue, newest first, as the public may read them. */
export async function publicChallengesOf(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicRecordsInput,
) {
  const { id } = parsedInput(idParam, { id: input.id }, 'path');
  const [settings, challenges] = await Promise.all([
    settingsFor(deps, id, input.partnership),
    listChallengesOfSignatory(deps.store, id),
  ]);
  return {
    items: publicChallenges(challenges, dayOf(deps.today()), settings.challengeDueDays, settings.publishWithinDays),
  };
}
