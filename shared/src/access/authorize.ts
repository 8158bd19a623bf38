/**
 * Who may do what: the one place authorisation is decided. Every API route asks
 * `authorize` before it reads or writes, and every page asks it before it shows a form
 * (`rolesAllowed` names who may, for the page that says why not); nothing else grants access.
 *
 * - public: the partnership, signatories and baselines (the public accountability
 *   figures live under /api/v1/public and are disclosure-controlled);
 * - board admin: everything;
 * - signatory editor (a person or an API key): their own signatory's activities,
 *   loops, self-assessments and answers to challenges;
 * - reviewer: reviewer assessments and challenges for any signatory, and reading the
 *   loops, assessments and challenges they hold signatories to account with; exact
 *   figures only where the board allows (the partnership's `reviewersSeeExactFigures`);
 * - commissioner: reads what a reviewer reads, for every signatory, and always the exact
 *   figures; changes nothing. Activity records (with their internal notes), API keys,
 *   accounts and the audit trail stay the board's (docs/decisions/0010);
 * - publishing a loop's or challenge's texts (and removing a name from them): the board,
 *   and a signatory's editors for their own loops where the board allows
 *   (`editorsMayPublish`; `mayPublish` in shared holds the rule, docs/decisions/0402); the
 *   reason for an award made against the criteria, the board alone (docs/decisions/0110);
 * - an activity's participant feedback (its link, window and wording, never the answers
 *   one by one): a signatory's editors for their own activities, and reviewers for any (they
 *   are often in the room); commissioners read it.
 * - the inspection evidence pack (`create` on `evidence-pack`): the board only, as it
 *   holds every signatory's exact figures and the texts of every record.
 */
import { mayPublish } from '../publication/who-publishes.ts';
import { ruleMessage, type RuleCode } from '../records/rules.ts';
import { roles, type Role } from '../records/vocabulary.ts';
import type { Principal } from './principal.ts';

export type Resource =
  | 'partnership'
  | 'signatory'
  | 'baseline'
  | 'activity'
  | 'loop'
  | 'assessment'
  | 'challenge'
  | 'audit'
  | 'api-key'
  | 'user'
  | 'metrics'
  | 'feedback'
  | 'evidence-pack';

export type Action = 'read' | 'create' | 'update' | 'delete' | 'respond' | 'close' | 'publish';

/** What the decision may depend on: the signatory a record belongs to, and for reviews who reviews. */
export interface Target {
  signatoryId?: string | undefined;
  by?: 'self' | 'reviewer' | undefined;
  reviewerId?: string | undefined;
}

/** The partnership's settings the decision may depend on; absent settings grant nothing extra. */
export interface PolicySettings {
  reviewersSeeExactFigures?: boolean | undefined;
  editorsMayPublish?: boolean | undefined;
}

/** A refusal says why in English (`reason`) and by the code of its sentence (`rule`), for a page to word it. */
export type Decision = { allowed: true } | { allowed: false; status: 401 | 403; reason: string; rule: RuleCode };

const allow: Decision = { allowed: true };
const needsSignIn: Decision = { allowed: false, status: 401, ...refusal('signInNeeded') };
const refuse = (rule: RuleCode): Decision => ({ allowed: false, status: 403, ...refusal(rule) });

function refusal(rule: RuleCode) {
  return { reason: ruleMessage(rule), rule };
}
const commissionersOnlyRead = refuse('commissionersOnlyRead');

const publicReadable: ReadonlySet<Resource> = new Set(['partnership', 'signatory', 'baseline']);

export function authorize(
  principal: Principal,
  action: Action,
  resource: Resource,
  target: Target = {},
  settings: PolicySettings = {},
): Decision {
  if (action === 'read' && publicReadable.has(resource)) return allow;
  if (principal.kind === 'public') return needsSignIn;
  if (principal.role === 'board-admin') return allow;
  if (principal.role === 'commissioner') return commissionerDecision(action, resource);
  if (action === 'publish') {
    if (resource !== 'loop' && resource !== 'challenge' && resource !== 'signatory') return refuse('nothingToPublish');
    const who = { role: principal.role, signatoryId: principal.signatoryId, machine: principal.kind === 'api-key' };
    const decision = mayPublish(who, { kind: resource, signatoryId: target.signatoryId ?? '' }, settings);
    return decision.allowed ? allow : refuse(decision.rule);
  }

  const own = target.signatoryId !== undefined && target.signatoryId === principal.signatoryId;
  if (principal.role === 'signatory-editor') {
    switch (resource) {
      case 'activity':
      case 'loop':
      case 'metrics':
      case 'feedback':
        return own ? allow : refuse('ownRecordsOnly');
      case 'assessment':
        if (!own) return refuse('ownAssessmentsOnly');
        return action === 'read' || target.by === 'self' ? allow : refuse('reviewerAssessmentsByReviewers');
      case 'challenge':
        if (!own) return refuse('ownChallengesOnly');
        return action === 'read' || action === 'respond' ? allow : refuse('reviewersRaiseChallenges');
      default:
        return refuse('boardOnly');
    }
  }

  // Reviewers hold any signatory to account, speaking for their own organisation.
  const asThemselves = target.reviewerId === undefined || target.reviewerId === principal.signatoryId;
  switch (resource) {
    case 'feedback':
      return action === 'read' || action === 'update' ? allow : refuse('reviewersCannot');
    case 'loop':
      return action === 'read' ? allow : refuse('loopsBySignatory');
    case 'assessment':
      if (action === 'read') return allow;
      return target.by === 'reviewer' && asThemselves ? allow : refuse('reviewerAssessmentsOwnOrganisation');
    case 'challenge':
      if (action === 'read') return allow;
      if (action === 'respond') return refuse('signatoryAnswersChallenge');
      return asThemselves ? allow : refuse('reviewerChallengesOwnOrganisation');
    case 'metrics':
      if (action !== 'read') return refuse('reviewersCannot');
      return settings.reviewersSeeExactFigures === true ? allow : refuse('exactFiguresNotAllowed');
    default:
      return refuse('reviewersCannot');
  }
}

/** Commissioners judge outcomes across the partnership: they read the evidence and every exact figure. */
function commissionerDecision(action: Action, resource: Resource): Decision {
  if (action !== 'read') return commissionersOnlyRead;
  switch (resource) {
    case 'loop':
    case 'assessment':
    case 'challenge':
    case 'metrics':
    case 'feedback':
      return allow;
    case 'activity':
      return refuse('commissionersSeeFigures');
    default:
      return refuse('boardOnlySees');
  }
}

/**
 * Refuses, before anything is read, a caller who may write nothing at all (the public
 * and commissioners), so a batch or an import is one clear refusal, not one per row.
 */
export function authorizeAnyWrite(principal: Principal): Decision {
  if (principal.kind === 'public') return needsSignIn;
  return principal.role === 'commissioner' ? commissionersOnlyRead : allow;
}

/**
 * The roles that may do `action` on `resource` for their own organisation (a board admin or
 * commissioner for any): what a page tells someone it refuses.
 */
export function rolesAllowed(action: Action, resource: Resource, settings: PolicySettings = {}): Role[] {
  const own = 'own-organisation';
  return roles.filter((role) => {
    const principal: Principal = { kind: 'user', id: 'anyone', role, signatoryId: own };
    const by = role === 'reviewer' ? 'reviewer' : 'self';
    return authorize(principal, action, resource, { signatoryId: own, reviewerId: own, by }, settings).allowed;
  });
}
