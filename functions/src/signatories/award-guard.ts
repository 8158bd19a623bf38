/**
 * Guarded awards (docs/decisions/0110): an award of charter status (a new one, or a
 * renewal with a new date) is checked against the criteria on the day it is made. One
 * made although the signatory does not meet every criterion needs a written reason
 * (`awardReason`), kept while the award stands, or is refused with a 422 problem naming
 * each criterion not met. The
 * server keeps the criteria such an award went against and, on every change of status,
 * award date or reason, an entry of the status history: who, when, what, and the reason.
 * The audit trail records the change like any other; the reason is public on the register
 * once checked (docs/decisions/0402).
 */
import {
  actorOf,
  dayOf,
  unmetCriteria,
  type Criterion,
  type Principal,
  type StatusChange,
} from '@equal-partners/shared';
import { ProblemError } from '../http/problem.ts';
import type { AnyRecord, ResourceDeps } from '../records/record-queries.ts';
import { awardEligibilityOn } from '../reports/award-eligibility.ts';

/** The problem for an award against the criteria with no reason: each criterion not met, by id and in words. */
export function reasonNeeded(name: string, unmet: readonly Pick<Criterion, 'id' | 'detail'>[]): ProblemError {
  const list = unmet.map((c) => c.detail).join('; ');
  return new ProblemError(
    422,
    'award-needs-reason',
    'An award against the criteria needs a reason',
    `${name} does not meet every criterion for charter status (${list}). To award it anyway, give the board's reason in awardReason: it is kept in the status history and shown on the public register once checked.`,
    [
      {
        pointer: '/awardReason',
        message: `Enter why the board is awarding charter status although ${name} does not meet every criterion`,
      },
    ],
  ).with({ unmetCriteria: unmet.map(({ id, detail }) => ({ id, detail })) });
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Whether `record` makes an award: a new one, or a renewal with a new date. */
function makesAward(record: AnyRecord, before: AnyRecord | undefined): boolean {
  if (record.charterStatus !== 'awarded') return false;
  return before?.charterStatus !== 'awarded' || before.awardedOn !== record.awardedOn;
}

/**
 * The signatory to write: refused when it makes an award against the criteria without a
 * reason; otherwise with the criteria its award went against and its status history.
 */
export async function guardAward(
  deps: ResourceDeps,
  principal: Principal,
  record: AnyRecord,
  before?: AnyRecord,
): Promise<AnyRecord> {
  const { awardReason: sentReason, ...rest } = record;
  const awarded = record.charterStatus === 'awarded';
  const reason = awarded ? text(sentReason) : undefined;
  let unmet: string[] | undefined = awarded ? (before?.awardUnmetCriteria as string[] | undefined) : undefined;

  const award = makesAward(record, before);
  if (award) {
    const found = await awardEligibilityOn(deps.store, String(record.id), dayOf(deps.today()));
    const against = found ? unmetCriteria(found) : [];
    if (against.length > 0 && reason === undefined) throw reasonNeeded(String(record.name), against);
    unmet = against.length > 0 ? against.map((c) => c.id) : undefined;
  } else if (unmet && unmet.length > 0 && reason === undefined) {
    // The reason stays while an award made against the criteria stands.
    throw reasonNeeded(
      String(record.name),
      unmet.map((id) => ({ id: id as Criterion['id'], detail: `${id}: not met when the award was made` })),
    );
  }

  const history = (before?.statusHistory as StatusChange[] | undefined) ?? [];
  const changed =
    award ||
    before === undefined ||
    before.charterStatus !== record.charterStatus ||
    before.awardedOn !== record.awardedOn ||
    text(before.awardReason) !== reason;
  const entry: StatusChange = {
    at: deps.now().toISOString(),
    by: actorOf(principal),
    status: record.charterStatus as StatusChange['status'],
    ...(awarded && typeof record.awardedOn === 'string' ? { awardedOn: record.awardedOn } : {}),
    ...(unmet ? { unmetCriteria: unmet as StatusChange['unmetCriteria'] } : {}),
    ...(reason ? { reason } : {}),
  };
  return {
    ...rest,
    ...(reason ? { awardReason: reason } : {}),
    ...(unmet ? { awardUnmetCriteria: unmet } : {}),
    statusHistory: changed ? [...history, entry] : history,
  };
}
