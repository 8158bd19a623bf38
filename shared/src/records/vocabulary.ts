/** The fixed vocabularies of the domain (see docs/domain.md): one list each, from which enums and labels derive. */

export const sectors = [
  'local-authority',
  'health',
  'education',
  'voluntary',
  'youth-voice',
  'parent-carer-forum',
  'other',
] as const;
export type Sector = (typeof sectors)[number];

/**
 * The handling markings an inspection evidence pack may carry (the Government Security
 * Classifications' OFFICIAL tier and its sensitive caveats); the pack holds exact figures,
 * so OFFICIAL-SENSITIVE unless the board chooses another.
 */
export const handlingMarkings = ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE PERSONAL', 'OFFICIAL'] as const;
export type HandlingMarking = (typeof handlingMarkings)[number];

export const audiences = ['children', 'young-people', 'parents-carers', 'families', 'professionals'] as const;
export type Audience = (typeof audiences)[number];

export const channels = [
  'face-to-face-meeting',
  'virtual-meeting',
  'online-survey',
  'paper-survey',
  'social-media',
  'large-community-event',
  'small-group',
  'one-to-one',
  'youth-voice-group',
  'workshop',
  'other',
] as const;
export type Channel = (typeof channels)[number];

export const settings = ['community', 'organisation', 'online'] as const;
export type Setting = (typeof settings)[number];

export const stages = ['commissioning', 'design', 'delivery', 'evaluation'] as const;
export type Stage = (typeof stages)[number];

/** The ladder of co-production, lowest rung first. */
export const levels = ['informing', 'consulting', 'engaging', 'co-designing', 'co-producing'] as const;
export type Level = (typeof levels)[number];

export const adjustments = [
  'interpreter',
  'bsl',
  'easy-read',
  'childcare',
  'travel-costs',
  'payment-or-voucher',
  'accessible-venue',
  'quiet-space',
  'translated-materials',
  'other',
] as const;
export type Adjustment = (typeof adjustments)[number];

export const loopStatuses = ['open', 'in-progress', 'done', 'not-taken-forward'] as const;
export type LoopStatus = (typeof loopStatuses)[number];

export const loopOutcomes = [
  'service-change',
  'policy-change',
  'commissioning-decision',
  'resource-allocation',
  'information-improved',
  'none',
] as const;
export type LoopOutcome = (typeof loopOutcomes)[number];

export const charterStatuses = ['signed', 'working-towards', 'awarded', 'lapsed'] as const;
export type CharterStatus = (typeof charterStatuses)[number];

/** Assessment scores 1..4, in order. */
export const ratings = ['not-yet', 'emerging', 'established', 'embedded'] as const;
export type Rating = (typeof ratings)[number];

/**
 * What a signed-in person may do (docs/decisions/0010). In order of power where one
 * person holds more than one: board admin, signatory editor, reviewer, commissioner.
 */
export const roles = ['board-admin', 'signatory-editor', 'reviewer', 'commissioner'] as const;
export type Role = (typeof roles)[number];

/**
 * Whether people with a role act for one signatory (editors, reviewers) rather than the
 * whole partnership (board admins, commissioners, who belong to no organisation).
 * @example belongsToASignatory('commissioner') // false
 */
export function belongsToASignatory(role: string): boolean {
  return role !== 'board-admin' && role !== 'commissioner';
}
