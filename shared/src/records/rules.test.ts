/**
 * Every broken rule says its code beside its English: a schema's rule between fields, a
 * pattern's format, a date in the future, an unknown reference and a period, so a page
 * can say it in its own language while the API keeps its English.
 */
import { describe, expect, it } from 'vitest';
import { monthOfBound, monthsPeriod, parsePeriod } from '../metrics/periods.ts';
import { userInvite } from './access.ts';
import { activityInput } from './activity.ts';
import { assessmentInput } from './assessment.ts';
import { challengeInput } from './challenge.ts';
import { feedbackLoopInput } from './feedback-loop.ts';
import { asZodIssues, checkReferences } from './references.ts';
import { ruleCodes, ruleMessage, ruleMessages, ruleOf, type RuleCode } from './rules.ts';
import { signatoryInput } from './signatory.ts';

type Issues = { error?: { issues: { code: string; path: PropertyKey[]; message: string; params?: unknown }[] } };

/** Each issue's field, its rule's code (or none) and its message. */
const said = (result: Issues) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), ruleOf(issue)?.rule, issue.message]);

const activity = {
  id: 'activity-1',
  signatoryId: 'demo-city-council',
  date: '2026-03-02',
  title: 'Drop-in',
  audience: ['parents-carers'],
  channel: 'workshop',
  setting: 'community',
  stage: 'design',
  level: 'consulting',
  lundy: { space: true, voice: true, audience: false, influence: false },
  participants: { total: 10, firstTime: 2, demographicsRecorded: 4 },
};

describe('the rules’ codes', () => {
  it('each have an English sentence, whose values fill in', () => {
    expect(ruleCodes.length).toBe(Object.keys(ruleMessages).length);
    for (const code of ruleCodes) expect(ruleMessages[code].length, code).toBeGreaterThan(10);
    expect(ruleMessage('unknownGroup', { id: 'unicorns' })).toBe('The group taxonomy has no group "unicorns"');
    expect(ruleMessage('unknownGroup')).toBe('The group taxonomy has no group "{id}"');
  });

  it('go with the English of an activity’s rules between fields', () => {
    const result = activityInput.safeParse({
      ...activity,
      endDate: '2026-03-01',
      participants: { total: 10, firstTime: 12, demographicsRecorded: 11, groups: { send: 12 } },
      experience: { responses: 3, feltListened: 4, knowWhatHappensNext: 1 },
      cy: { publicSummary: 'Crynodeb' },
    });
    expect(said(result)).toEqual([
      ['participants.groups.send', 'groupAboveRecorded', ruleMessages.groupAboveRecorded],
      ['participants.firstTime', 'firstTimeAboveTotal', 'First-time participants cannot exceed the total'],
      ['participants.demographicsRecorded', 'recordedAboveTotal', ruleMessages.recordedAboveTotal],
      ['experience', 'agreedAboveResponses', ruleMessages.agreedAboveResponses],
      ['endDate', 'endBeforeStart', 'The end date cannot be before the start date'],
      ['cy.publicSummary', 'englishBesideWelsh', ruleMessages.englishBesideWelsh],
    ]);
  });

  it('go with the other records’ rules, and with the formats a pattern checks', () => {
    const rules = (result: Issues) => said(result).map(([path, rule]) => [path, rule]);
    expect(
      rules(
        challengeInput.safeParse({
          id: 'challenge-1',
          signatoryId: 'demo-city-council',
          reviewerId: 'demo-forum',
          raisedOn: '2026-03-02',
          text: 'Why?',
          response: 'Because.',
          closedOn: '2026-03-01',
        }),
      ),
    ).toEqual([
      ['respondedOn', 'answerNeedsTextAndDate'],
      ['closure', 'closingNeedsOutcomeAndDate'],
      ['closedOn', 'closedBeforeRaised'],
    ]);
    expect(
      rules(
        feedbackLoopInput.safeParse({
          id: 'loop 1',
          signatoryId: 'demo-city-council',
          raisedOn: '2026-03-02',
          youSaid: 'Evenings',
          status: 'not-taken-forward',
          communicatedOn: '2026-03-01',
          respondedOn: '2026-03-01',
        }),
      ),
    ).toEqual([
      ['id', 'idCharacters'],
      ['reason', 'reasonNeeded'],
      ['communicatedOn', 'communicatedBeforeRaised'],
      ['respondedOn', 'decidedBeforeRaised'],
    ]);
    expect(
      rules(
        signatoryInput.safeParse({
          id: 'Demo',
          name: 'Demo',
          sector: 'health',
          signedOn: '2026-01-01',
          charterStatus: 'awarded',
        }),
      ),
    ).toEqual([
      ['id', 'slugCharacters'],
      ['awardedOn', 'awardDateNeeded'],
    ]);
    expect(
      rules(assessmentInput.safeParse({ id: 'a-1', signatoryId: 'demo', period: '2026', by: 'reviewer', scores: [] })),
    ).toEqual([
      ['period', 'quarterFormat'],
      ['reviewerId', 'reviewerNeeded'],
    ]);
    expect(rules(userInvite.safeParse({ email: 'a@example.org', role: 'reviewer' }))).toEqual([
      ['signatoryId', 'organisationNeeded'],
    ]);
  });

  it('go with a date in the future and an unknown reference, with the values their messages name', () => {
    const known = { signatories: new Set(['demo']), principles: new Set(['listen']), groups: new Set(['send']) };
    const issues = checkReferences(
      {
        date: '2026-06-30',
        signatoryId: 'nobody',
        principles: ['listen', 'be-nice'],
        participants: { groups: { unicorns: 1 } },
      },
      known,
      new Date('2026-06-01T12:00:00Z'),
    );
    expect(issues).toEqual([
      { path: ['date'], message: 'The date cannot be in the future', rule: 'futureDate' },
      {
        path: ['signatoryId'],
        message: 'There is no signatory with the id "nobody"',
        rule: 'unknownSignatory',
        values: { id: 'nobody' },
      },
      {
        path: ['principles', 1],
        message: 'The charter has no principle "be-nice"',
        rule: 'unknownPrinciple',
        values: { id: 'be-nice' },
      },
      {
        path: ['participants', 'groups', 'unicorns'],
        message: 'The group taxonomy has no group "unicorns"',
        rule: 'unknownGroup',
        values: { id: 'unicorns' },
      },
    ]);
    // As zod issues, the code and the values travel in `params`, as a schema's rule's do.
    expect(asZodIssues(issues).map((issue) => ruleOf(issue))).toEqual([
      { rule: 'futureDate' },
      { rule: 'unknownSignatory', values: { id: 'nobody' } },
      { rule: 'unknownPrinciple', values: { id: 'be-nice' } },
      { rule: 'unknownGroup', values: { id: 'unicorns' } },
    ]);
  });

  it('go with a period that cannot be read', () => {
    const ruleOfPeriod = (result: { ok: boolean; rule?: RuleCode }) => (result.ok ? undefined : result.rule);
    expect(ruleOfPeriod(parsePeriod('last summer'))).toBe('periodFormat');
    expect(ruleOfPeriod(monthsPeriod('2026-05', '2026-01'))).toBe('periodEndsBeforeStart');
    expect(ruleOfPeriod(monthsPeriod('2010-01', '2026-01'))).toBe('periodTooLong');
    expect(monthOfBound('2026-05-20', 'to')).toMatchObject({
      rule: 'dayNotLastOfMonth',
      values: { day: '2026-05-20', month: '2026-05', monthName: 'May 2026' },
    });
  });

  it('are not guessed for an issue that names none', () => {
    expect(ruleOf({ code: 'custom', message: 'Something else' })).toBeUndefined();
    expect(ruleOf({ code: 'too_big', message: ruleMessages.futureDate })).toBeUndefined();
    expect(ruleOf({ code: 'custom', message: 'x', params: { rule: 'noSuchRule' } })).toBeUndefined();
  });
});
