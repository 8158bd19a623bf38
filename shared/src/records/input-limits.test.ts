/**
 * What no record accepts, whatever field it arrives in: counts of people beyond what one
 * activity can hold (2^53-1 was once accepted and broke the partnership's totals), control
 * characters (NUL, and line breaks in one-line fields), characters that override or isolate
 * the direction of text (so published text reads as written), and links that are not https.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { apiKeyRequest, userInput } from './access.ts';
import { activityInput } from './activity.ts';
import { assessmentInput } from './assessment.ts';
import { populationBaselineInput } from './baseline.ts';
import { challengeInput } from './challenge.ts';
import { partnership, partnershipSettings, localVoicesCharter } from './charter.ts';
import { feedbackLoopInput } from './feedback-loop.ts';
import { signatoryInput } from './signatory.ts';

const activity = {
  id: 'act-1',
  signatoryId: 'demo-city-council',
  date: '2026-03-02',
  title: 'Parent drop-in at the library',
  publicSummary: 'We met parents.',
  internalNotes: 'Room booked.',
  audience: ['parents-carers'],
  channel: 'face-to-face-meeting',
  setting: 'community',
  stage: 'design',
  level: 'consulting',
  lundy: { space: true, voice: true, audience: false, influence: false },
  participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: { send: 6 } },
  experience: { responses: 10, feltListened: 8, knowWhatHappensNext: 6 },
  cy: { title: 'Sesiwn galw heibio i rieni yn y llyfrgell', publicSummary: 'Cwrddon ni â rhieni.' },
};
const loop = {
  id: 'loop-1',
  signatoryId: 'demo-city-council',
  raisedOn: '2026-03-02',
  youSaid: 'The forms are too long.',
  weDid: 'We shortened them.',
  status: 'not-taken-forward',
  reason: 'The law asks for every question.',
  reportedTo: 'Parent carer forum',
  evidenceUrl: 'https://council.example/minutes',
  publicStory: 'Families asked for shorter forms.',
  cy: {
    youSaid: 'Mae’r ffurflenni’n rhy hir.',
    weDid: 'Fe wnaethon ni eu byrhau.',
    reason: 'Mae’r gyfraith yn gofyn pob cwestiwn.',
    publicStory: 'Gofynnodd teuluoedd am ffurflenni byrrach.',
  },
};
const challenge = {
  id: 'ch-1',
  signatoryId: 'demo-city-council',
  reviewerId: 'forum',
  raisedOn: '2026-03-02',
  text: 'How did families shape this?',
  response: 'Through the forum.',
  respondedOn: '2026-03-05',
  cy: { text: 'Sut gwnaeth teuluoedd lunio hyn?', response: 'Drwy’r fforwm.' },
};
const assessment = {
  id: 'as-1',
  signatoryId: 'demo-city-council',
  period: '2026-Q1',
  by: 'self',
  scores: [{ principleId: 'shared-vision', score: 3, narrative: 'We agreed the aims together.' }],
};
const baseline = {
  year: 2026,
  source: 'Census 2021',
  population: { children: 52000, 'young-people': 31000, 'parents-carers': 61000 },
  groupShares: { send: 0.16 },
};
const signatory = {
  id: 'oak-school',
  name: 'Oak School',
  sector: 'education',
  signedOn: '2025-01-10',
  contact: 'office@oak.example',
};
const board = {
  name: 'Demo Board',
  area: 'Demo City',
  charter: localVoicesCharter,
  groups: [{ id: 'send', label: 'Children with SEND', marginalised: true }],
  settings: { publicContact: 'board@demo.example' },
};
const user = { id: 'chair', email: 'chair@board.example', name: 'Chair', role: 'board-admin' };
const apiKey = { signatoryId: 'oak-school', label: 'Case system' };

type Path = (string | number)[];

function withValue(record: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/** The issue paths (dotted) `schema` reports for `record` with `value` at `path`. */
function refusedAt(schema: z.ZodMiniType, record: unknown, path: Path, value: unknown): string[] {
  const result = schema.safeParse(withValue(record, path, value));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const oneLine: [string, z.ZodMiniType, unknown, Path][] = [
  ['activity title', activityInput, activity, ['title']],
  ['activity Welsh title', activityInput, activity, ['cy', 'title']],
  ['loop reportedTo', feedbackLoopInput, loop, ['reportedTo']],
  ['baseline source', populationBaselineInput, baseline, ['source']],
  ['signatory name', signatoryInput, signatory, ['name']],
  ['signatory contact', signatoryInput, signatory, ['contact']],
  ['partnership name', partnership, board, ['name']],
  ['partnership area', partnership, board, ['area']],
  ['charter name', partnership, board, ['charter', 'name']],
  ['principle title', partnership, board, ['charter', 'principles', 0, 'title']],
  ['group label', partnership, board, ['groups', 0, 'label']],
  ['public contact', partnership, board, ['settings', 'publicContact']],
  ['user name', userInput, user, ['name']],
  ['API key label', apiKeyRequest, apiKey, ['label']],
];
const manyLines: [string, z.ZodMiniType, unknown, Path][] = [
  ['activity public summary', activityInput, activity, ['publicSummary']],
  ['activity internal notes', activityInput, activity, ['internalNotes']],
  ['loop youSaid', feedbackLoopInput, loop, ['youSaid']],
  ['loop weDid', feedbackLoopInput, loop, ['weDid']],
  ['loop reason', feedbackLoopInput, loop, ['reason']],
  ['loop public story', feedbackLoopInput, loop, ['publicStory']],
  ['challenge text', challengeInput, challenge, ['text']],
  ['challenge response', challengeInput, challenge, ['response']],
  ['activity Welsh public summary', activityInput, activity, ['cy', 'publicSummary']],
  ['loop Welsh youSaid', feedbackLoopInput, loop, ['cy', 'youSaid']],
  ['loop Welsh weDid', feedbackLoopInput, loop, ['cy', 'weDid']],
  ['loop Welsh reason', feedbackLoopInput, loop, ['cy', 'reason']],
  ['loop Welsh public story', feedbackLoopInput, loop, ['cy', 'publicStory']],
  ['challenge Welsh text', challengeInput, challenge, ['cy', 'text']],
  ['challenge Welsh response', challengeInput, challenge, ['cy', 'response']],
  ['assessment narrative', assessmentInput, assessment, ['scores', 0, 'narrative']],
  ['principle summary', partnership, board, ['charter', 'principles', 0, 'summary']],
];

describe('text fields', () => {
  it.each([...oneLine, ...manyLines])(
    '%s accepts ordinary text, accents and right-to-left scripts',
    (_, schema, record, path) => {
      expect(refusedAt(schema, record, path, 'Café Ysgol Gymraeg – مرحبا שלום')).toEqual([]);
    },
  );

  it.each([...oneLine, ...manyLines])('%s refuses NUL and other control characters', (_, schema, record, path) => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085']) {
      expect(refusedAt(schema, record, path, `Before${control}after`)).toContain(path.join('.'));
    }
  });

  it.each([...oneLine, ...manyLines])(
    '%s refuses characters that override or isolate the direction of text',
    (_, schema, record, path) => {
      for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
        expect(refusedAt(schema, record, path, `invoice${bidi}fdp.exe`)).toContain(path.join('.'));
      }
    },
  );

  it('says what to remove', () => {
    const nul = activityInput.safeParse({ ...activity, title: 'A\u0000B' });
    const bidi = activityInput.safeParse({ ...activity, publicSummary: 'A\u202eB' });
    expect(nul.error?.issues[0]?.message).toMatch(/control character/i);
    expect(bidi.error?.issues[0]?.message).toMatch(/direction of the text/i);
  });

  it.each(oneLine)('%s refuses a tab or a line break inside the text', (_, schema, record, path) => {
    for (const space of ['\t', '\n', '\r']) {
      expect(refusedAt(schema, record, path, `First${space}second`)).toContain(path.join('.'));
    }
  });

  it.each(manyLines)('%s keeps tabs and line breaks, as a form sends them', (_, schema, record, path) => {
    expect(refusedAt(schema, record, path, 'First line\r\nSecond line\n\tIndented')).toEqual([]);
  });
});

describe('Welsh texts', () => {
  const welsh: [string, z.ZodMiniType, unknown, Path, number][] = [
    ['activity title', activityInput, activity, ['cy', 'title'], 200],
    ['activity public summary', activityInput, activity, ['cy', 'publicSummary'], 2000],
    ['loop youSaid', feedbackLoopInput, loop, ['cy', 'youSaid'], 2000],
    ['loop weDid', feedbackLoopInput, loop, ['cy', 'weDid'], 2000],
    ['loop reason', feedbackLoopInput, loop, ['cy', 'reason'], 2000],
    ['loop public story', feedbackLoopInput, loop, ['cy', 'publicStory'], 5000],
    ['challenge text', challengeInput, challenge, ['cy', 'text'], 5000],
    ['challenge response', challengeInput, challenge, ['cy', 'response'], 5000],
  ];

  it.each(welsh)('%s has the English field’s limit', (_, schema, record, path, max) => {
    expect(refusedAt(schema, record, path, 'a'.repeat(max))).toEqual([]);
    expect(refusedAt(schema, record, path, 'a'.repeat(max + 1))).toEqual([path.join('.')]);
  });

  it.each(welsh)('%s left empty is no text at all', (_, schema, record, path) => {
    for (const empty of ['', '   ', undefined]) {
      const parsed = (schema as typeof activityInput).parse(withValue(record, path, empty)) as { cy?: object };
      expect(parsed.cy, JSON.stringify(empty)).not.toHaveProperty(String(path[1]));
    }
  });

  it('leaves out a Welsh part with no text in it', () => {
    expect(activityInput.parse({ ...activity, cy: { title: '', publicSummary: ' ' } }).cy).toBeUndefined();
    expect(activityInput.parse({ ...activity, cy: {} }).cy).toBeUndefined();
    expect(challengeInput.parse({ ...challenge, cy: undefined }).cy).toBeUndefined();
    expect(feedbackLoopInput.parse({ ...loop, cy: { youSaid: ' Ydyn. ' } }).cy).toEqual({ youSaid: 'Ydyn.' });
  });

  it('refuses the Welsh of a text that has no English', () => {
    expect(refusedAt(activityInput, activity, ['publicSummary'], '')).toEqual(['cy.publicSummary']);
    expect(refusedAt(feedbackLoopInput, { ...loop, status: 'done' }, ['weDid'], '')).toEqual(['cy.weDid']);
    expect(refusedAt(feedbackLoopInput, { ...loop, status: 'done' }, ['reason'], undefined)).toEqual(['cy.reason']);
    expect(refusedAt(challengeInput, { ...challenge, respondedOn: undefined }, ['response'], undefined).sort()).toEqual(
      ['cy.response'],
    );
  });
});

describe('links', () => {
  it('accepts an https link as evidence', () => {
    expect(refusedAt(feedbackLoopInput, loop, ['evidenceUrl'], 'https://council.example/minutes?id=3')).toEqual([]);
  });

  it('refuses any other kind of link as evidence', () => {
    for (const link of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'http://council.example/minutes',
      'https://council.example/\u202eminutes',
    ]) {
      expect(new Set(refusedAt(feedbackLoopInput, loop, ['evidenceUrl'], link))).toEqual(new Set(['evidenceUrl']));
    }
  });
});

describe('counts of people', () => {
  const counts: [string, z.ZodMiniType, unknown, Path][] = [
    ['participants', activityInput, activity, ['participants', 'total']],
    ['experience responses', activityInput, activity, ['experience', 'responses']],
  ];

  it.each(counts)('%s of one activity may be 100,000', (_, schema, record, path) => {
    const big = structuredClone(record) as typeof activity;
    big.participants = { total: 100_000, firstTime: 100_000, demographicsRecorded: 100_000, groups: { send: 100_000 } };
    big.experience = { responses: 100_000, feltListened: 100_000, knowWhatHappensNext: 100_000 };
    expect(refusedAt(schema, big, path, 100_000)).toEqual([]);
  });

  it('refuses more than 100,000 of anything in one activity, and 2^53-1 above all', () => {
    const paths: Path[] = [
      ['participants', 'total'],
      ['participants', 'firstTime'],
      ['participants', 'demographicsRecorded'],
      ['participants', 'groups', 'send'],
      ['experience', 'responses'],
      ['experience', 'feltListened'],
      ['experience', 'knowWhatHappensNext'],
    ];
    for (const path of paths) {
      for (const count of [100_001, Number.MAX_SAFE_INTEGER]) {
        expect(refusedAt(activityInput, activity, path, count)).toContain(path.join('.'));
      }
    }
  });

  it('refuses a population beyond any partnership’s area', () => {
    for (const audience of ['children', 'young-people', 'parents-carers']) {
      expect(refusedAt(populationBaselineInput, baseline, ['population', audience], Number.MAX_SAFE_INTEGER)).toEqual([
        `population.${audience}`,
      ]);
    }
  });

  it('bounds every number the board sets', () => {
    for (const setting of [
      'loopDueDays',
      'challengeDueDays',
      'disclosureThreshold',
      'publicRounding',
      'minRateBase',
      'overRepresented',
    ]) {
      expect(refusedAt(partnershipSettings, {}, [setting], Number.MAX_SAFE_INTEGER)).toEqual([setting]);
    }
  });
});
