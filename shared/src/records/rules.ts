/**
 * The rules a record or a request can break beyond a field's own type (between fields,
 * references, dates in the future, periods), and the formats the schemas check with a
 * pattern: each with a stable code and its English sentence, `{name}` marking a value.
 * The API says the English; the code and the values travel with it (a zod issue's
 * `params`, a problem error's `rule` and `values`), so a page can say it in its own
 * language (web/src/lib/i18n: the message `rule.<code>`).
 */

export const ruleMessages = {
  // Between the fields of an activity.
  groupAboveRecorded: 'A group count cannot exceed the participants with demographics recorded',
  firstTimeAboveTotal: 'First-time participants cannot exceed the total',
  recordedAboveTotal: 'Participants with demographics recorded cannot exceed the total',
  agreedAboveResponses: 'Agreed answers cannot exceed the responses',
  endBeforeStart: 'The end date cannot be before the start date',
  // Between the fields of a challenge, a feedback loop, a signatory, an assessment, a user.
  answerNeedsTextAndDate: 'An answer needs both its text and the date it was given',
  answeredBeforeRaised: 'A challenge cannot be answered before it was raised',
  closingNeedsOutcomeAndDate: 'Closing a challenge needs both the outcome and the date',
  closedBeforeRaised: 'A challenge cannot be closed before it was raised',
  reasonNeeded: 'Say why the suggestion was not taken forward',
  communicatedBeforeRaised: 'The answer cannot go back before the point was raised',
  decidedBeforeRaised: 'A decision cannot come before the point was raised',
  awardDateNeeded: 'Enter the date of the award',
  reviewerNeeded: 'A reviewer assessment names the reviewing organisation',
  organisationNeeded: 'Signatory editors and reviewers belong to a signatory',
  englishBesideWelsh: 'Enter the English of this text too: the Welsh is shown beside the English',
  // Beyond the record: its dates and what it refers to.
  futureDate: 'The date cannot be in the future',
  unknownSignatory: 'There is no signatory with the id "{id}"',
  unknownPrinciple: 'The charter has no principle "{id}"',
  unknownGroup: 'The group taxonomy has no group "{id}"',
  unknownActivity: 'The organisation has no activity with the id "{id}"',
  // Periods a report asks for.
  periodFormat:
    'Enter a period as a month (2026-05), a quarter (2026-Q2), a financial quarter (FY2026-Q1), a year (2026) or a financial year (FY2026)',
  monthsFormat: 'Enter months as YYYY-MM',
  monthFormat: 'Enter a month as YYYY-MM',
  periodEndsBeforeStart: 'The period cannot end before it starts',
  periodTooLong: 'A period can be at most ten years long',
  periodNotPublic:
    'Public figures are published for financial years (FY2026) and quarters (FY2026-Q1 or 2026-Q2) only; sign in for months, calendar years and custom periods',
  dayNotFirstOfMonth:
    'Custom periods are whole months: {day} is not the first day of a month. Ask for from={month} to start with all of {monthName}.',
  dayNotLastOfMonth:
    'Custom periods are whole months: {day} is not the last day of a month. Ask for to={month} to end with all of {monthName}.',
  // Formats a pattern checks (the issue is zod's `invalid_format`, which carries no code: its message names it).
  idCharacters: 'Use letters, digits, hyphens and underscores only',
  slugCharacters: 'Use lower-case letters, digits and single hyphens',
  controlCharacterInLine: 'Remove the control character (such as a tab, a line break or NUL): this text is one line',
  controlCharacter: 'Remove the control character (such as NUL): only tabs and line breaks are allowed',
  directionCharacters:
    'Remove the invisible characters that change the direction of the text (U+202A to U+202E, U+2066 to U+2069)',
  addressCharacters: 'Remove the spaces and invisible characters from the address',
  quarterFormat: 'Enter a quarter as YYYY-Qn',
  // A record's id and what the store holds ({noun} is the record's, e.g. "feedback loop"; {aNoun} with its article).
  recordNotFound: 'There is no {noun} with the id "{id}".',
  recordExistsDifferently:
    '{aNoun} with the id "{id}" already exists with different content. Use a new id, or update it with PUT.',
  idNotTheAddress: 'Expected "{id}", the id in the address',
  lastDateBeforeFirst: 'The last date ({to}) is before the first date ({from})',
  accountExists: 'An account with this e-mail address already exists.',
  accountNotFound: 'There is no account {id}.',
  apiKeyNotFound: 'There is no API key starting {prefix}.',
  changedSinceRead: 'The {noun} "{id}" is now at version {current}. Read it again and reapply your change.',
  invalidCursor:
    'The cursor is not one this API issued for this list: pass back the nextCursor of the previous page with the same filters, or leave it out to start from the first page.',
  noPartnership: 'This deployment has no partnership set up yet.',
  // An import's file as a whole.
  noDataRows: 'The file has a heading row but no data rows.',
  tooManyRows: 'Import at most {max} rows at a time; this file has {rows}.',
  noFile: 'Send the CSV file as the request body.',
  noHeaderRow: 'The file has no header row. Start from the template.',
  headersNotTemplate: 'Row 1 must hold the template’s column headers.',
  unknownColumn: 'Unknown column "{column}": use the headers of the template',
  columnTwice: 'The column "{column}" appears twice',
  requiredColumnMissing: 'The required column "{column}" is missing',
  importNotFound: 'There is no import with this id.',
  // An import's rows.
  rowIdTaken: '{aNoun} with the id "{id}" already exists: use another id',
  rowIdHeldDifferently: '{aNoun} with the id "{id}" already exists with different content',
  rowIdTwice: 'Row {row} has the same id',
  rowReferenceTaken: 'The id "{id}" is taken: use another',
  // Removing a name from a record's texts.
  redactionTooLong: 'Shorten the text before removing this',
  notInTexts: 'This does not appear in the texts: check the spelling',
  // Refusals (shared/src/access/authorize.ts, shared/src/publication/who-publishes.ts).
  signInNeeded: 'Sign in or send an API key to do this.',
  commissionersOnlyRead: 'Commissioners read; they do not change records.',
  nothingToPublish: 'Only loops, challenges and the reasons for awards have texts to publish.',
  ownRecordsOnly: 'You can only see and change your own organisation’s records.',
  ownAssessmentsOnly: 'You can only see and change your own organisation’s assessments.',
  reviewerAssessmentsByReviewers: 'Only a reviewer can submit a reviewer assessment.',
  ownChallengesOnly: 'You can only see and answer challenges to your own organisation.',
  reviewersRaiseChallenges: 'Only reviewers raise and close challenges.',
  boardOnly: 'Only the partnership board can do this.',
  reviewersCannot: 'Reviewers cannot do this.',
  loopsBySignatory: 'Only the signatory records its own feedback loops.',
  reviewerAssessmentsOwnOrganisation: 'Reviewers submit reviewer assessments for their own organisation only.',
  signatoryAnswersChallenge: 'Only the signatory answers a challenge.',
  reviewerChallengesOwnOrganisation: 'Reviewers raise and close challenges for their own organisation only.',
  exactFiguresNotAllowed:
    'The partnership board has not allowed reviewers to see exact figures: read the disclosure-controlled figures under /api/v1/public/metrics instead.',
  commissionersSeeFigures:
    'Commissioners see activities through the figures: the records themselves, with their internal notes, are the signatory’s and the board’s.',
  boardOnlySees: 'Only the partnership board can see this.',
  apiKeyCannotPublish: 'A person checks a text before it is published: an API key cannot publish.',
  boardPublishes: 'Only the partnership board publishes what people wrote.',
  boardPublishesAwardReason: 'Only the partnership board publishes the reason for its award.',
  boardPublishesOwnChallenge: 'A challenge to your own organisation is published by the partnership board, not by you.',
  publishOwnLoopsOnly: 'You can only publish your own organisation’s loops.',
  boardPublishesEveryText:
    'The partnership board checks and publishes every text: it has not asked signatories to publish their own.',
  // Feedback links (docs/decisions/0111).
  feedbackWindowClosed:
    'This feedback closed on {day}. A closed window cannot be reopened: its answers may already be in figures, and a few more would let anyone who compares the figures work out what those few said. Switch feedback on for a new activity instead.',
} as const;

export type RuleCode = keyof typeof ruleMessages;

/** Every rule's code, e.g. for a schema's enum. */
export const ruleCodes = Object.keys(ruleMessages) as [RuleCode, ...RuleCode[]];

/** The values a rule's message names, e.g. `{ id: 'be-nice' }`; a `day` is `YYYY-MM-DD`, a `month` `YYYY-MM`. */
export type RuleValues = Readonly<Record<string, string>>;

/** A broken rule as an error entry carries it: the English, and the code and values to word it otherwise. */
export interface BrokenRule {
  message: string;
  rule: RuleCode;
  values?: RuleValues;
}

export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === 'string' && Object.hasOwn(ruleMessages, value);
}

/**
 * A rule's English with its values in place.
 * @example ruleMessage('unknownGroup', { id: 'unicorns' }) // 'The group taxonomy has no group "unicorns"'
 */
export function ruleMessage(rule: RuleCode, values: RuleValues = {}): string {
  return ruleMessages[rule].replace(/\{(\w+)\}/g, (name: string, key: string) => values[key] ?? name);
}

/** A broken rule with its English: for a reference issue, a period or an error entry. */
export function brokenRule(rule: RuleCode, values?: RuleValues): BrokenRule {
  return { message: ruleMessage(rule, values), rule, ...(values ? { values } : {}) };
}

/** Only what an error entry says of a broken rule (not, say, a period's other fields). */
export function brokenRuleOf({ message, rule, values }: BrokenRule): BrokenRule {
  return { message, rule, ...(values ? { values } : {}) };
}

/**
 * What a zod refinement or custom issue says of a broken rule: its English `message`, and
 * in `params` its code and values (zod passes `params` on to the issue).
 * @example z.refine(endsAfterItStarts, { path: ['endDate'], ...ruleIssue('endBeforeStart') })
 */
export function ruleIssue(rule: RuleCode, values?: RuleValues) {
  return { message: ruleMessage(rule, values), params: { rule, ...(values ? { values } : {}) } };
}

/** The rule a zod issue, a reference issue or an error entry says is broken, with its values; none for other issues. */
export function ruleOf(issue: {
  code?: string;
  params?: unknown;
  rule?: unknown;
  values?: unknown;
  message?: string;
}): Omit<BrokenRule, 'message'> | undefined {
  const params = (issue.params ?? issue) as { rule?: unknown; values?: unknown };
  if (isRuleCode(params.rule)) {
    const values = isValues(params.values) ? { values: params.values } : {};
    return { rule: params.rule, ...values };
  }
  // A format checked by a pattern: its message is one of the rules' (they carry no values).
  if (issue.code === 'invalid_format' && issue.message !== undefined) {
    const rule = ruleCodes.find((code) => ruleMessages[code] === issue.message);
    if (rule) return { rule };
  }
  return undefined;
}

function isValues(value: unknown): value is RuleValues {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
