/**
 * The public register of charter status (docs/decisions/0110): every signatory, its status
 * as of today, the award's dates (made, renewal due from, lapses on) and, for an award the
 * board made although the signatory did not meet every criterion, the criteria it went
 * against and the board's reason, once checked (docs/decisions/0402). No counts about
 * people: statuses, dates and reasons only. Open data as CSV and JSON, each field
 * described once in `registerFields` (the data dictionary the page and the files share).
 */
import {
  addDays,
  charterStanding,
  charterStatuses,
  criterionIds,
  csvLine,
  dayOf,
  isPublished,
  sectors,
  spreadsheetSafe,
  type AwardCriteria,
  type CharterStatus,
  type CriterionId,
  type Principal,
  type Sector,
  type Signatory,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { awardNoticeDays } from '../reports/exception-queries.ts';
import { listSignatories } from './signatory-entity.ts';

/** Whether the reason for an award against the criteria is public yet. */
export type ReasonStatus = 'none' | 'waiting' | 'published';

export interface RegisterEntry {
  id: string;
  name: string;
  sector: Sector;
  signedOn: string;
  status: CharterStatus;
  awardedOn?: string;
  /** The day from which the board is reminded to renew (the award's notice period). */
  renewalDueFrom?: string;
  /** The day the award lapses unless renewed (or lapsed). */
  expiresOn?: string;
  /** Whether the current (or lapsed) award was made although a criterion was not met. */
  againstCriteria: boolean;
  unmetCriteria: CriterionId[];
  reasonStatus: ReasonStatus;
  /** The board's reason, once checked. */
  reason?: string;
  active: boolean;
}

export interface Register {
  partnership: { name: string; area: string };
  asOf: string;
  renewalNoticeDays: number;
  /** The criteria the board set, for the page that explains them. */
  criteria: AwardCriteria & { awardWindowMonths: number };
  entries: RegisterEntry[];
}

/** A field of the register's open data: its name in the CSV header and the JSON, its type, and what it holds. */
export interface RegisterField {
  name: keyof RegisterEntry;
  type: 'text' | 'code' | 'date' | 'boolean' | 'list';
  description: string;
}

/** The data dictionary of the register's CSV and JSON files, in file order. */
export const registerFields: readonly RegisterField[] = [
  { name: 'id', type: 'code', description: 'The signatory’s identifier, as in the partnership’s other open data' },
  { name: 'name', type: 'text', description: 'The organisation’s name' },
  {
    name: 'sector',
    type: 'code',
    description: `One of: ${sectors.join(', ')}`,
  },
  { name: 'signedOn', type: 'date', description: 'The day it signed the charter (YYYY-MM-DD)' },
  {
    name: 'status',
    type: 'code',
    description: `Charter status today, one of: ${charterStatuses.join(', ')} (lapsed: an award 12 months old and not renewed)`,
  },
  {
    name: 'awardedOn',
    type: 'date',
    description: 'The day the board last awarded or renewed charter status; blank if never',
  },
  {
    name: 'renewalDueFrom',
    type: 'date',
    description: `The day from which the award is due for renewal (${awardNoticeDays} days before it lapses); blank without an award`,
  },
  {
    name: 'expiresOn',
    type: 'date',
    description: 'The day the award lapses (or lapsed) unless renewed; blank without an award',
  },
  {
    name: 'againstCriteria',
    type: 'boolean',
    description: 'true when the board made the award although the signatory did not meet every criterion',
  },
  {
    name: 'unmetCriteria',
    type: 'list',
    description: `The criteria not met when the award was made (in the CSV, separated by ";"), each one of: ${criterionIds.join(', ')}`,
  },
  {
    name: 'reasonStatus',
    type: 'code',
    description: 'none (no reason needed), waiting (the reason is being checked before it is published) or published',
  },
  {
    name: 'reason',
    type: 'text',
    description: 'The board’s reason for an award made against the criteria, once published',
  },
  { name: 'active', type: 'boolean', description: 'false when the signatory no longer takes part' },
];

function entryOf(signatory: Signatory, today: string): RegisterEntry {
  const standing = charterStanding(signatory, today);
  const unmet = standing.awardedOn ? (signatory.awardUnmetCriteria ?? []) : [];
  const against = unmet.length > 0;
  const reasonGiven = against && signatory.awardReason !== undefined;
  const reasonStatus: ReasonStatus = !reasonGiven ? 'none' : isPublished(signatory) ? 'published' : 'waiting';
  return {
    id: signatory.id,
    name: signatory.name,
    sector: signatory.sector,
    signedOn: signatory.signedOn,
    status: standing.status,
    ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
    ...(standing.expiresOn
      ? { renewalDueFrom: addDays(standing.expiresOn, -awardNoticeDays), expiresOn: standing.expiresOn }
      : {}),
    againstCriteria: against,
    unmetCriteria: unmet,
    reasonStatus,
    ...(reasonStatus === 'published' ? { reason: signatory.awardReason } : {}),
    active: signatory.active,
  };
}

/** The register as of today, for anyone: every signatory by name. */
export async function publicRegister(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  _input?: undefined,
): Promise<Register> {
  requireAllowed(principal, 'read', 'signatory', {});
  const [partnership, signatories] = await Promise.all([getPartnership(deps.store), listSignatories(deps.store)]);
  if (!partnership) throw ProblemError.ofRule(404, 'not-found', 'Not found', 'noPartnership');
  const today = dayOf(deps.today());
  const { awardClosurePercent, awardReviewerMean, awardNeedsReviewerAssessment, awardWindowMonths } =
    partnership.settings;
  return {
    partnership: { name: partnership.name, area: partnership.area },
    asOf: today,
    renewalNoticeDays: awardNoticeDays,
    criteria: { awardClosurePercent, awardReviewerMean, awardNeedsReviewerAssessment, awardWindowMonths },
    entries: signatories
      .map((s) => entryOf(s, today))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id)),
  };
}

/** One entry's value of a field as the CSV writes it: dates and codes as they are, lists joined by ";", blank when absent. */
function csvValue(entry: RegisterEntry, field: RegisterField): string {
  const value = entry[field.name];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return field.type === 'text' ? spreadsheetSafe(String(value)) : String(value);
}

/** The register as CSV, its columns the data dictionary's fields in order. */
export function registerCsv(register: Register): string {
  return [
    csvLine(registerFields.map((f) => f.name)),
    ...register.entries.map((entry) => csvLine(registerFields.map((f) => csvValue(entry, f)))),
  ].join('');
}

/** The data dictionary as CSV: each field's name, type and meaning. */
export function registerDictionaryCsv(): string {
  return [
    csvLine(['field', 'type', 'description']),
    ...registerFields.map((f) => csvLine([f.name, f.type, f.description])),
  ].join('');
}
