/**
 * The authorisation policy as a table of cases: who may do what to which record, and how a
 * refusal answers (401 to the public, 403 to anyone signed in). The outcomes are written
 * from the documented rules (the comment at the top of authorize.ts, docs/decisions/0010
 * and 0402, the README's API table), not from the code. The HTTP-level role matrix is
 * functions/src/identity/authorisation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ruleMessage } from '../records/rules.ts';
import { roles } from '../records/vocabulary.ts';
import {
  authorize,
  authorizeAnyWrite,
  rolesAllowed,
  type Action,
  type Decision,
  type PolicySettings,
  type Resource,
  type Target,
} from './authorize.ts';
import type { Principal } from './principal.ts';

const actions: Action[] = ['read', 'create', 'update', 'delete', 'respond', 'close', 'publish'];
const resources: Resource[] = [
  'partnership',
  'signatory',
  'baseline',
  'activity',
  'loop',
  'assessment',
  'challenge',
  'audit',
  'api-key',
  'user',
  'metrics',
];
const publicResources: Resource[] = ['partnership', 'signatory', 'baseline'];

// The callers: the council's editors (a person and an API key), a reviewer speaking for the
// parent carer forum, and the board admin and commissioner, who belong to no signatory.
const principals = {
  public: { kind: 'public' },
  'board admin': { kind: 'user', id: 'ada', role: 'board-admin' },
  'council editor': { kind: 'user', id: 'ed', role: 'signatory-editor', signatoryId: 'council' },
  'council API key': { kind: 'api-key', id: 'key1', role: 'signatory-editor', signatoryId: 'council' },
  'forum reviewer': { kind: 'user', id: 'rae', role: 'reviewer', signatoryId: 'forum' },
  commissioner: { kind: 'user', id: 'cam', role: 'commissioner' },
} satisfies Record<string, Principal>;
type Who = keyof typeof principals;

/** `editor` rows hold alike for the council's editor and the council's API key (a person or an API key). */
type RowWho = Who | 'editor';

type Expected = 'allowed' | 401 | 403;
const ok = 'allowed';

type Row = [
  who: RowWho,
  action: Action,
  resource: Resource,
  target: Target,
  expected: Expected,
  settings?: PolicySettings,
];

/** A record of `signatoryId`, with what else the decision may depend on. */
const of = (signatoryId: string, more: Omit<Target, 'signatoryId'> = {}): Target => ({ signatoryId, ...more });
const none: Target = {};

const seeFigures: PolicySettings = { reviewersSeeExactFigures: true };
const hideFigures: PolicySettings = { reviewersSeeExactFigures: false };
const editorsPublish: PolicySettings = { editorsMayPublish: true };
const boardPublishes: PolicySettings = { editorsMayPublish: false };

const table: Row[] = [
  // Signatory editor, person or API key: their own organisation's activities and loops, nobody else's.
  ['editor', 'read', 'activity', of('council'), ok],
  ['editor', 'create', 'activity', of('council'), ok],
  ['editor', 'update', 'activity', of('council'), ok],
  ['editor', 'delete', 'activity', of('council'), ok],
  ['editor', 'read', 'activity', of('school'), 403],
  ['editor', 'create', 'activity', of('school'), 403],
  ['editor', 'update', 'activity', of('school'), 403],
  ['editor', 'delete', 'activity', of('school'), 403],
  ['editor', 'read', 'loop', of('council'), ok],
  ['editor', 'create', 'loop', of('council'), ok],
  ['editor', 'update', 'loop', of('council'), ok],
  ['editor', 'delete', 'loop', of('council'), ok],
  ['editor', 'read', 'loop', of('school'), 403],
  ['editor', 'create', 'loop', of('school'), 403],
  ['editor', 'update', 'loop', of('school'), 403],
  ['editor', 'delete', 'loop', of('school'), 403],
  // ... their own self-assessments, and reading their own organisation's assessments.
  ['editor', 'read', 'assessment', of('council', { by: 'self' }), ok],
  ['editor', 'read', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['editor', 'create', 'assessment', of('council', { by: 'self' }), ok],
  ['editor', 'update', 'assessment', of('council', { by: 'self' }), ok],
  ['editor', 'delete', 'assessment', of('council', { by: 'self' }), ok],
  ['editor', 'create', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), 403],
  ['editor', 'create', 'assessment', of('council', { by: 'reviewer', reviewerId: 'council' }), 403],
  ['editor', 'update', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), 403],
  ['editor', 'delete', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), 403],
  ['editor', 'read', 'assessment', of('school', { by: 'self' }), 403],
  ['editor', 'create', 'assessment', of('school', { by: 'self' }), 403],
  ['editor', 'update', 'assessment', of('school', { by: 'self' }), 403],
  // ... answers to challenges to their own organisation; raising, editing and closing are the reviewer's.
  ['editor', 'read', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['editor', 'respond', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['editor', 'create', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['editor', 'update', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['editor', 'close', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['editor', 'delete', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['editor', 'create', 'challenge', of('school', { reviewerId: 'council' }), 403],
  ['editor', 'read', 'challenge', of('school', { reviewerId: 'forum' }), 403],
  ['editor', 'respond', 'challenge', of('school', { reviewerId: 'forum' }), 403],
  // ... their own organisation's exact figures, whatever the reviewer setting; not another's, nor the partnership's.
  ['editor', 'read', 'metrics', of('council'), ok],
  ['editor', 'read', 'metrics', of('council'), ok, hideFigures],
  ['editor', 'read', 'metrics', of('school'), 403],
  ['editor', 'read', 'metrics', of('school'), 403, seeFigures],
  ['editor', 'read', 'metrics', none, 403],
  // ... and nothing of the board's: accounts, keys, the audit trail, the partnership, signatories, baselines.
  ['editor', 'read', 'api-key', of('council'), 403],
  ['editor', 'create', 'api-key', of('council'), 403],
  ['editor', 'delete', 'api-key', of('council'), 403],
  ['editor', 'read', 'user', none, 403],
  ['editor', 'create', 'user', of('council'), 403],
  ['editor', 'read', 'audit', of('council'), 403],
  ['editor', 'update', 'partnership', none, 403],
  ['editor', 'create', 'signatory', of('council'), 403],
  ['editor', 'update', 'signatory', of('council'), 403],
  ['editor', 'delete', 'signatory', of('council'), 403],
  ['editor', 'create', 'baseline', none, 403],

  // Publishing (docs/decisions/0402): a person who edits for the council publishes the council's own
  // loops only where the board allows; never a challenge; never another organisation's texts.
  ['council editor', 'publish', 'loop', of('council'), 403],
  ['council editor', 'publish', 'loop', of('council'), 403, boardPublishes],
  ['council editor', 'publish', 'loop', of('council'), ok, editorsPublish],
  ['council editor', 'publish', 'loop', of('school'), 403, editorsPublish],
  ['council editor', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['council editor', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), 403, editorsPublish],
  ['council editor', 'publish', 'challenge', of('school', { reviewerId: 'forum' }), 403, editorsPublish],
  ['council editor', 'publish', 'activity', of('council'), 403, editorsPublish],
  // ... and an API key never: publishing is a person's judgement of what a text says.
  ['council API key', 'publish', 'loop', of('council'), 403],
  ['council API key', 'publish', 'loop', of('council'), 403, editorsPublish],
  ['council API key', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), 403, editorsPublish],
  // The board publishes every text, whatever the setting; reviewers and commissioners never.
  ['board admin', 'publish', 'loop', of('council'), ok],
  ['board admin', 'publish', 'loop', of('council'), ok, boardPublishes],
  ['board admin', 'publish', 'loop', of('council'), ok, editorsPublish],
  ['board admin', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['board admin', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), ok, editorsPublish],
  ['forum reviewer', 'publish', 'loop', of('council'), 403, editorsPublish],
  ['forum reviewer', 'publish', 'loop', of('forum'), 403, editorsPublish],
  ['forum reviewer', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), 403, editorsPublish],
  ['commissioner', 'publish', 'loop', of('council'), 403, editorsPublish],
  ['commissioner', 'publish', 'challenge', of('council', { reviewerId: 'forum' }), 403, editorsPublish],

  // Reviewer: reads the loops, assessments and challenges of any signatory; changes no loop.
  ['forum reviewer', 'read', 'loop', of('council'), ok],
  ['forum reviewer', 'read', 'loop', of('school'), ok],
  ['forum reviewer', 'create', 'loop', of('council'), 403],
  ['forum reviewer', 'update', 'loop', of('council'), 403],
  ['forum reviewer', 'delete', 'loop', of('council'), 403],
  ['forum reviewer', 'read', 'assessment', of('council', { by: 'self' }), ok],
  ['forum reviewer', 'read', 'assessment', of('school', { by: 'reviewer', reviewerId: 'youth-voice' }), ok],
  // ... submits reviewer assessments of any signatory, in their own organisation's name only.
  ['forum reviewer', 'create', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['forum reviewer', 'create', 'assessment', of('school', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['forum reviewer', 'update', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['forum reviewer', 'delete', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['forum reviewer', 'create', 'assessment', of('council', { by: 'reviewer', reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'update', 'assessment', of('council', { by: 'reviewer', reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'delete', 'assessment', of('council', { by: 'reviewer', reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'create', 'assessment', of('council', { by: 'self' }), 403],
  ['forum reviewer', 'update', 'assessment', of('council', { by: 'self' }), 403],
  ['forum reviewer', 'create', 'assessment', of('forum', { by: 'self' }), 403],
  // ... reads every challenge, raises, edits and closes them in their own organisation's name, never answers.
  ['forum reviewer', 'read', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['forum reviewer', 'read', 'challenge', of('school', { reviewerId: 'youth-voice' }), ok],
  ['forum reviewer', 'create', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['forum reviewer', 'create', 'challenge', of('school', { reviewerId: 'forum' }), ok],
  ['forum reviewer', 'update', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['forum reviewer', 'close', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['forum reviewer', 'create', 'challenge', of('council', { reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'update', 'challenge', of('council', { reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'close', 'challenge', of('council', { reviewerId: 'youth-voice' }), 403],
  ['forum reviewer', 'respond', 'challenge', of('council', { reviewerId: 'forum' }), 403],
  ['forum reviewer', 'respond', 'challenge', of('forum', { reviewerId: 'youth-voice' }), 403],
  // ... exact figures only where the board allows (`reviewersSeeExactFigures`).
  ['forum reviewer', 'read', 'metrics', of('council'), 403],
  ['forum reviewer', 'read', 'metrics', of('council'), 403, hideFigures],
  ['forum reviewer', 'read', 'metrics', of('council'), ok, seeFigures],
  ['forum reviewer', 'read', 'metrics', none, 403, hideFigures],
  ['forum reviewer', 'read', 'metrics', none, ok, seeFigures],
  ['forum reviewer', 'read', 'metrics', of('council'), 403, editorsPublish],
  // ... and neither activity records nor anything of the board's.
  ['forum reviewer', 'read', 'activity', of('council'), 403],
  ['forum reviewer', 'create', 'activity', of('council'), 403],
  ['forum reviewer', 'read', 'activity', of('forum'), 403],
  ['forum reviewer', 'read', 'api-key', none, 403],
  ['forum reviewer', 'read', 'user', none, 403],
  ['forum reviewer', 'read', 'audit', of('council'), 403],
  ['forum reviewer', 'update', 'partnership', none, 403],
  ['forum reviewer', 'create', 'signatory', of('forum'), 403],
  ['forum reviewer', 'create', 'baseline', none, 403],

  // Commissioner (docs/decisions/0010): reads what a reviewer reads, for every signatory, and always
  // the exact figures; never activity records, API keys, accounts or the audit trail. (Every write
  // is refused below, with the reason the decision record gives.)
  ['commissioner', 'read', 'loop', of('council'), ok],
  ['commissioner', 'read', 'loop', of('school'), ok],
  ['commissioner', 'read', 'assessment', of('council', { by: 'self' }), ok],
  ['commissioner', 'read', 'assessment', of('council', { by: 'reviewer', reviewerId: 'forum' }), ok],
  ['commissioner', 'read', 'challenge', of('council', { reviewerId: 'forum' }), ok],
  ['commissioner', 'read', 'metrics', of('council'), ok],
  ['commissioner', 'read', 'metrics', of('council'), ok, hideFigures],
  ['commissioner', 'read', 'metrics', none, ok, hideFigures],
  ['commissioner', 'read', 'activity', of('council'), 403],
  ['commissioner', 'read', 'api-key', none, 403],
  ['commissioner', 'read', 'user', none, 403],
  ['commissioner', 'read', 'audit', of('council'), 403],
  ['commissioner', 'read', 'audit', none, 403],

  // The public: only the partnership, signatories and baselines (the public figures have their own routes).
  ['public', 'read', 'loop', of('council'), 401],
  ['public', 'read', 'challenge', of('council', { reviewerId: 'forum' }), 401],
  ['public', 'read', 'metrics', of('council'), 401, seeFigures],
  ['public', 'publish', 'loop', of('council'), 401, editorsPublish],
];

const describeTarget = (target: Target): string =>
  [
    target.signatoryId === undefined ? 'of no signatory' : `of ${target.signatoryId}`,
    target.by === undefined ? '' : `by ${target.by}`,
    target.reviewerId === undefined ? '' : `reviewer ${target.reviewerId}`,
  ]
    .filter(Boolean)
    .join(', ');

const describeSettings = (settings: PolicySettings | undefined): string => {
  const set = Object.entries(settings ?? {}).map(([name, value]) => `${name} ${String(value)}`);
  return set.length === 0 ? '' : ` [${set.join(', ')}]`;
};

interface Case {
  name: string;
  who: Who;
  action: Action;
  resource: Resource;
  target: Target;
  settings: PolicySettings | undefined;
  expected: Expected;
}

const caseOf = (
  who: Who,
  action: Action,
  resource: Resource,
  target: Target,
  expected: Expected,
  settings?: PolicySettings,
): Case => ({
  name: `${who}: ${action} ${resource} ${describeTarget(target)}${describeSettings(settings)} -> ${expected}`,
  who,
  action,
  resource,
  target,
  settings,
  expected,
});

const cases: Case[] = table.flatMap(([who, action, resource, target, expected, settings]) =>
  (who === 'editor' ? (['council editor', 'council API key'] as const) : [who]).map((one) =>
    caseOf(one, action, resource, target, expected, settings),
  ),
);

function expectDecision(decision: Decision, expected: Expected): void {
  if (expected === 'allowed') {
    expect(decision).toEqual({ allowed: true });
  } else {
    expect(decision).toMatchObject({ allowed: false, status: expected });
    if (!decision.allowed) expect(decision.reason.length).toBeGreaterThan(0);
    // The refusal names the rule whose English is its reason, for a page to say it in its language.
    if (!decision.allowed) expect(decision.reason).toBe(ruleMessage(decision.rule));
  }
}

/** Each case as [its name, the case], so the whole name shows in the report. */
const named = (list: Case[]): [string, Case][] => list.map((one) => [one.name, one]);

describe('authorize, case by case', () => {
  it.each(named(cases))('%s', (_name, { who, action, resource, target, settings, expected }) => {
    expectDecision(authorize(principals[who], action, resource, target, settings), expected);
  });
});

describe('authorize, for every resource and action', () => {
  const anyRecord = of('school', { by: 'reviewer', reviewerId: 'youth-voice' });
  const every = resources.flatMap((resource) => actions.map((action) => [resource, action] as const));
  const generous: PolicySettings = { reviewersSeeExactFigures: true, editorsMayPublish: true };
  const check = (_name: string, { who, action, resource, target, settings, expected }: Case) => {
    expectDecision(authorize(principals[who], action, resource, target, settings), expected);
  };

  describe('anyone reads the partnership, signatories and baselines', () => {
    it.each(
      named(
        (Object.keys(principals) as Who[]).flatMap((who) =>
          publicResources.map((resource) => caseOf(who, 'read', resource, none, ok)),
        ),
      ),
    )('%s', check);
  });

  describe('the public must sign in for everything else', () => {
    it.each(
      named(
        every
          .filter(([resource, action]) => !(action === 'read' && publicResources.includes(resource)))
          .map(([resource, action]) => caseOf('public', action, resource, anyRecord, 401, generous)),
      ),
    )('%s', check);
  });

  describe('a board admin may do everything, with no setting needed', () => {
    it.each(named(every.map(([resource, action]) => caseOf('board admin', action, resource, anyRecord, ok))))(
      '%s',
      check,
    );
  });

  describe('a commissioner changes nothing, whatever the settings', () => {
    it.each(
      named(
        every
          .filter(([, action]) => action !== 'read')
          .map(([resource, action]) => caseOf('commissioner', action, resource, anyRecord, 403, generous)),
      ),
    )('%s', (_name, { action, resource, target, settings }) => {
      expect(authorize(principals.commissioner, action, resource, target, settings)).toEqual({
        allowed: false,
        status: 403,
        reason: 'Commissioners read; they do not change records.',
        rule: 'commissionersOnlyRead',
      });
    });
  });

  describe('only the board changes the partnership, signatories and baselines', () => {
    it.each(
      named(
        (['council editor', 'council API key', 'forum reviewer'] as const).flatMap((who) =>
          publicResources.flatMap((resource) =>
            (['create', 'update', 'delete'] as const).map((action) =>
              caseOf(who, action, resource, of(principals[who].signatoryId), 403, generous),
            ),
          ),
        ),
      ),
    )('%s', check);
  });
});

describe('rolesAllowed', () => {
  it.each<[string, Action, Resource, PolicySettings, string[]]>([
    ['record an activity', 'create', 'activity', {}, ['board-admin', 'signatory-editor']],
    ['read activities', 'read', 'activity', {}, ['board-admin', 'signatory-editor']],
    ['record a loop', 'create', 'loop', {}, ['board-admin', 'signatory-editor']],
    ['read loops', 'read', 'loop', {}, ['board-admin', 'signatory-editor', 'reviewer', 'commissioner']],
    [
      'submit an assessment (each their own kind)',
      'create',
      'assessment',
      {},
      ['board-admin', 'signatory-editor', 'reviewer'],
    ],
    ['raise a challenge', 'create', 'challenge', {}, ['board-admin', 'reviewer']],
    ['close a challenge', 'close', 'challenge', {}, ['board-admin', 'reviewer']],
    ['answer a challenge', 'respond', 'challenge', {}, ['board-admin', 'signatory-editor']],
    ['read challenges', 'read', 'challenge', {}, ['board-admin', 'signatory-editor', 'reviewer', 'commissioner']],
    ['publish a loop', 'publish', 'loop', {}, ['board-admin']],
    ['publish a loop where editors may not', 'publish', 'loop', boardPublishes, ['board-admin']],
    ['publish a loop where editors may', 'publish', 'loop', editorsPublish, ['board-admin', 'signatory-editor']],
    ['publish a challenge where editors may', 'publish', 'challenge', editorsPublish, ['board-admin']],
    ['read exact figures', 'read', 'metrics', {}, ['board-admin', 'signatory-editor', 'commissioner']],
    [
      'read exact figures, hidden from reviewers',
      'read',
      'metrics',
      hideFigures,
      ['board-admin', 'signatory-editor', 'commissioner'],
    ],
    [
      'read exact figures, shown to reviewers',
      'read',
      'metrics',
      seeFigures,
      ['board-admin', 'signatory-editor', 'reviewer', 'commissioner'],
    ],
    ['change the partnership', 'update', 'partnership', {}, ['board-admin']],
    ['read the audit trail', 'read', 'audit', {}, ['board-admin']],
    ['issue an API key', 'create', 'api-key', {}, ['board-admin']],
    ['read accounts', 'read', 'user', {}, ['board-admin']],
    ['read the partnership', 'read', 'partnership', {}, [...roles]],
  ])('who may %s', (_label, action, resource, settings, expected) => {
    expect(rolesAllowed(action, resource, settings)).toEqual(expected);
  });
});

describe('authorizeAnyWrite', () => {
  it('asks the public to sign in', () => {
    expectDecision(authorizeAnyWrite(principals.public), 401);
  });

  it('refuses a commissioner with the reason decision 0010 gives', () => {
    expect(authorizeAnyWrite(principals.commissioner)).toEqual({
      allowed: false,
      status: 403,
      reason: 'Commissioners read; they do not change records.',
      rule: 'commissionersOnlyRead',
    });
  });

  it.each(['board admin', 'council editor', 'council API key', 'forum reviewer'] as const)(
    'lets a %s on, to be asked row by row',
    (who) => {
      expectDecision(authorizeAnyWrite(principals[who]), ok);
    },
  );
});
