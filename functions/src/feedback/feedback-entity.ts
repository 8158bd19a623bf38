/**
 * Participant feedback in the table: two items per activity with feedback (docs/data-model.md).
 *
 * - The link's token has an item of its own, so the answer page finds the activity a
 *   token stands for with one GetItem, and nothing in the link says which activity it is.
 * - The activity's feedback item holds its settings (on or off, closing date, wording, the
 *   token) and the counts: the number of answers, each choice's count per question, and
 *   the set of the answers' random ids counted. Each answer is one conditional UpdateItem
 *   on it, so it is counted exactly once however often it is sent, and never past the cap;
 *   a single-item condition works alike on DynamoDB and dynalite (no transactions).
 *
 * The item also counts the answers per minute (`perMinute_YYYY-MM-DDTHH:MM`, a count and
 * nothing else), so the board can see when a link's answers came in and spot stuffing; and
 * it records a void by the board (reason, who, when), which zeroes its counts so they drop
 * out of every figure and refuses any answer after it.
 *
 * Nothing about a person is stored: no address, no device, no name, no free text; an
 * answer's id is random and made by the page, not by the person's browser.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getItems } from '../table/batch-get.ts';
import {
  maxFeedbackAnswers,
  feedbackChoices,
  feedbackQuestions,
  type FeedbackAnswer,
  type FeedbackChoice,
  type FeedbackForm,
  type FeedbackQuestion,
} from '@equal-partners/shared';
import { type ItemKeys, keyWord, primaryKey } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const tokenWord = keyWord('FEEDBACK_TOKEN', layout);
const feedbackWord = keyWord('FEEDBACK', layout);

export const feedbackTokenKeys = (t: { token: string }): ItemKeys => ({ pk: `${tokenWord}#${t.token}`, sk: tokenWord });
/** The token a link's item stands for, read back from its partition key (the item holds the activity alone). */
export const feedbackTokenOf = (pk: string): string => pk.slice(`${tokenWord}#`.length);
/** The list of every activity's feedback counts (gsi2), by signatory: read for the figures (docs/decisions/0111). */
const feedbackList = keyWord('FEEDBACK_COUNTS', layout);

export const feedbackKeys = (f: { activityId: string; signatoryId?: string }): ItemKeys => ({
  pk: `${feedbackWord}#${f.activityId}`,
  sk: feedbackWord,
  ...(f.signatoryId === undefined ? {} : { gsi2pk: feedbackList, gsi2sk: `${f.signatoryId}#${f.activityId}` }),
});

/** The board's void of an activity's answers: why, who and when, and how many answers it took out. */
export interface FeedbackVoid {
  reason: string;
  at: string;
  by: string;
  responses: number;
}

/** What an activity's feedback is set to: never its counts. */
export interface FeedbackSettings {
  activityId: string;
  signatoryId: string;
  token: string;
  on: boolean;
  closesOn: string;
  form: FeedbackForm;
  updatedAt: string;
  updatedBy: string;
  /** Bumped by each change of the settings, so each change has an audit event of its own. */
  version?: number;
  /** Present once the board voided the answers. */
  voided?: FeedbackVoid;
}

/** The settings a change may set. */
export type FeedbackSettingsChange = Pick<FeedbackSettings, 'on' | 'closesOn' | 'form' | 'updatedAt' | 'updatedBy'>;

/** The attribute holding the count of `choice` for `question`, e.g. `feltListened_not-sure`. */
const countName = (question: FeedbackQuestion, choice: FeedbackChoice) => `${question}_${choice}`;
const countNames = feedbackQuestions.flatMap((q) => feedbackChoices.map((c) => countName(q, c)));

const settingsFields = [
  'activityId',
  'signatoryId',
  'token',
  'on',
  'closesOn',
  'form',
  'updatedAt',
  'updatedBy',
  'version',
  'voided',
];

/** The attribute counting the answers of one minute (`YYYY-MM-DDTHH:MM`, UTC). */
const minutePrefix = 'perMinute_';
const minuteName = (at: string) => `${minutePrefix}${at.slice(0, 16)}`;

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';

/** An activity's feedback settings, or `undefined` when feedback was never switched on for it. */
export async function getFeedbackSettings(store: Store, activityId: string): Promise<FeedbackSettings | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: primaryKey(feedbackKeys({ activityId })),
      ConsistentRead: true,
      ProjectionExpression: settingsFields.map((_, i) => `#f${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(settingsFields.map((field, i) => [`#f${i}`, field])),
    }),
  );
  return Item ? (Item as FeedbackSettings) : undefined;
}

/** The feedback settings of each of `activityIds` that has them, in batched reads: activity id -> settings. */
export async function feedbackSettingsOf(
  store: Store,
  activityIds: readonly string[],
): Promise<Map<string, FeedbackSettings>> {
  const items = await getItems(
    store,
    activityIds.map((activityId) => primaryKey(feedbackKeys({ activityId }))),
    {
      projection: settingsFields.map((_, i) => `#f${i}`).join(', '),
      names: Object.fromEntries(settingsFields.map((field, i) => [`#f${i}`, field])),
    },
  );
  return new Map(items.map((item) => [String(item.activityId), item as unknown as FeedbackSettings]));
}

/** The activity a link's token stands for, in one GetItem, or `undefined` for a token never issued. */
export async function activityOfToken(store: Store, token: string): Promise<string | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(feedbackTokenKeys({ token })) }),
  );
  return typeof Item?.activityId === 'string' ? Item.activityId : undefined;
}

/**
 * Switches feedback on for an activity that never had it: writes the token's item, then
 * the activity's feedback item with every count at zero. Returns `false`, writing nothing
 * more, when the activity already has a feedback item (a retry, or someone else first):
 * a token written before that is found by no feedback item, so it opens nothing.
 */
export async function createFeedback(store: Store, settings: FeedbackSettings): Promise<boolean> {
  const { activityId, token } = settings;
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...feedbackTokenKeys({ token }), entity: 'feedback-token', activityId },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...feedbackKeys({ activityId, signatoryId: settings.signatoryId }),
          entity: 'feedback',
          ...settings,
          version: 1,
          responses: 0,
          ...Object.fromEntries(countNames.map((name) => [name, 0])),
          // No answer counted yet, so no cap in force: the most answers any activity may have (./countAnswer).
          capCounted: maxFeedbackAnswers,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Changes an existing feedback item's settings (on or off, closing date, wording) and bumps
 * its version; its token and counts stay. Returns the new version, for the audit trail.
 */
export async function updateFeedbackSettings(
  store: Store,
  activityId: string,
  change: FeedbackSettingsChange,
): Promise<number> {
  const fields = Object.entries(change);
  const { Attributes } = await store.client.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: primaryKey(feedbackKeys({ activityId })),
      UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')} ADD #version :one`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: {
        ...Object.fromEntries(fields.map(([field], i) => [`#f${i}`, field])),
        '#version': 'version',
      },
      ExpressionAttributeValues: { ...Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])), ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.version);
}

/** The settings fields of a whole feedback item. */
function settingsOf(item: Record<string, unknown>): FeedbackSettings {
  return Object.fromEntries(
    settingsFields.flatMap((field) => (item[field] === undefined ? [] : [[field, item[field]]])),
  ) as unknown as FeedbackSettings;
}

/**
 * Voids an activity's answers, once: records the board's reason, who and when, sets the
 * answers and every count to zero (so they drop out of every figure) and forgets the ids
 * counted; the counts per minute stay, to show why. Returns the settings before and after
 * (for the audit trail), or `undefined` when there is no feedback item or it was voided already.
 */
export async function voidFeedback(
  store: Store,
  activityId: string,
  change: Omit<FeedbackVoid, 'responses'>,
): Promise<{ before: FeedbackSettings & { responses: number }; after: FeedbackSettings } | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(feedbackKeys({ activityId })), ConsistentRead: true }),
  );
  if (!Item || Item.voided) return undefined;
  const voided: FeedbackVoid = { ...change, responses: Number(Item.responses) };
  try {
    const { Attributes } = await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(feedbackKeys({ activityId })),
        UpdateExpression: `SET #voided = :voided, #responses = :zero, ${countNames.map((_, i) => `#c${i} = :zero`).join(', ')}, #updatedAt = :at, #updatedBy = :by REMOVE #ids ADD #version :one`,
        // The answers voided are exactly those recorded: one counted since the read above makes the void try again.
        ConditionExpression: 'attribute_not_exists(#voided) AND #responses = :responses',
        ExpressionAttributeNames: {
          '#voided': 'voided',
          '#responses': 'responses',
          '#ids': 'answerIds',
          '#version': 'version',
          '#updatedAt': 'updatedAt',
          '#updatedBy': 'updatedBy',
          ...Object.fromEntries(countNames.map((name, i) => [`#c${i}`, name])),
        },
        ExpressionAttributeValues: {
          ':voided': voided,
          ':zero': 0,
          ':one': 1,
          ':responses': voided.responses,
          ':at': change.at,
          ':by': change.by,
        },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const before = settingsOf(Attributes ?? {});
    return {
      before: { ...before, responses: voided.responses },
      after: { ...before, voided, updatedAt: change.at, updatedBy: change.by, version: (before.version ?? 0) + 1 },
    };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return voidFeedback(store, activityId, change);
  }
}

/** What became of an answer sent to be counted. */
export type CountOutcome = 'counted' | 'already-counted' | 'not-counted';

/**
 * Counts one answer, exactly once: a single conditional UpdateItem adds 1 to the answers,
 * to each chosen answer's count and to the count of the minute it came in (`at`), and the
 * answer's id to the set of ids counted, only while the link's token is the activity's,
 * feedback is on and not voided, `today` is not past the closing date, the id is not in
 * the set yet and fewer than `cap` answers are counted, and fewer than the cap the last
 * answer was counted under (`capCounted`): once everyone who took part has answered, the
 * answers are final, and recording more participants afterwards lets none in. A new item's
 * `capCounted` is the most answers any activity may have; an item made before it was set at
 * the start is given it on its first answer.
 * When the condition fails nothing is written; `already-counted` says the same answer was
 * counted before (a retry), `not-counted` that it was refused (closed, full, or switched off).
 *
 * The expressions are kept short (ADD for the counts, no function but the two the rule
 * needs): the store parses both for every answer.
 */
export async function countAnswer(
  store: Store,
  answer: FeedbackAnswer & { activityId: string; token: string; today: string; cap: number; at: string },
): Promise<CountOutcome> {
  const chosen = feedbackQuestions.map((question) => countName(question, answer[question]));
  const names: Record<string, string> = {
    '#responses': 'responses',
    '#ids': 'answerIds',
    '#token': 'token',
    '#on': 'on',
    '#closesOn': 'closesOn',
    '#minute': minuteName(answer.at),
    '#voided': 'voided',
    '#capCounted': 'capCounted',
    ...Object.fromEntries(chosen.map((name, i) => [`#c${i}`, name])),
  };
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(feedbackKeys({ activityId: answer.activityId })),
        UpdateExpression: `SET #capCounted = :cap ADD #responses :one, ${chosen.map((_, i) => `#c${i} :one`).join(', ')}, #ids :id, #minute :one`,
        // Once the answers reached the cap in force when the last was counted, everyone who took part has
        // answered and the figures may show them (decision 0111): more participants recorded later reopen nothing.
        ConditionExpression:
          '#token = :token AND #on = :true AND #closesOn >= :today AND #responses < :cap AND ' +
          '#responses < #capCounted AND NOT contains(#ids, :answerId) AND attribute_not_exists(#voided)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':one': 1,
          ':id': new Set([answer.answerId]),
          ':answerId': answer.answerId,
          ':token': answer.token,
          ':true': true,
          ':today': answer.today,
          ':cap': answer.cap,
        },
      }),
    );
    return 'counted';
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const found = await countedSoFar(store, answer.activityId);
    if (found?.ids.has(answer.answerId)) return 'already-counted';
    // An item made before `capCounted` was set at the start, with no answer yet: given it, the answer tries again.
    if (found && found.capCounted === undefined) {
      await startCapCounted(store, answer.activityId);
      return countAnswer(store, answer);
    }
    return 'not-counted';
  }
}

/** The answers' ids an activity's item has counted, and the cap the last was counted under. */
async function countedSoFar(
  store: Store,
  activityId: string,
): Promise<{ ids: Set<string>; capCounted: number | undefined } | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: primaryKey(feedbackKeys({ activityId })),
      ConsistentRead: true,
      ProjectionExpression: '#ids, #capCounted, #sk',
      ExpressionAttributeNames: { '#ids': 'answerIds', '#capCounted': 'capCounted', '#sk': 'sk' },
    }),
  );
  if (!Item) return undefined;
  const capCounted = Item.capCounted;
  return {
    ids: (Item.answerIds as Set<string> | undefined) ?? new Set(),
    capCounted: typeof capCounted === 'number' ? capCounted : undefined,
  };
}

/** The ids of the answers an activity's item has counted: for checks (the load run), never shown. */
export async function countedAnswerIds(store: Store, activityId: string): Promise<string[]> {
  return [...((await countedSoFar(store, activityId))?.ids ?? [])];
}

/** Sets `capCounted` where it was never set (and leaves it where someone else just did). */
async function startCapCounted(store: Store, activityId: string): Promise<void> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(feedbackKeys({ activityId })),
        UpdateExpression: 'SET #capCounted = :most',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#capCounted)',
        ExpressionAttributeNames: { '#capCounted': 'capCounted' },
        ExpressionAttributeValues: { ':most': maxFeedbackAnswers },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** An activity's counts: the number of answers and each choice's count per question. */
export interface FeedbackCounts {
  responses: number;
  answers: Record<FeedbackQuestion, Record<FeedbackChoice, number>>;
  /** How many answer ids the item holds: always `responses`. */
  idsCounted: number;
}

/**
 * An activity's counts, exact: for the tests and the activity's own page. Figures read
 * them through `listFeedbackCounts`, and show them only as decision 0111 allows.
 */
export async function getFeedbackCounts(store: Store, activityId: string): Promise<FeedbackCounts | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(feedbackKeys({ activityId })), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const answers = Object.fromEntries(
    feedbackQuestions.map((q) => [
      q,
      Object.fromEntries(feedbackChoices.map((c) => [c, Number(Item[countName(q, c)])])),
    ]),
  ) as FeedbackCounts['answers'];
  const ids = Item.answerIds as Set<string> | undefined;
  return { responses: Number(Item.responses), answers, idsCounted: ids?.size ?? 0 };
}

/** One activity's counts as the list holds them, with its closing date. */
export interface ListedFeedbackCounts {
  activityId: string;
  signatoryId: string;
  closesOn: string;
  responses: number;
  answers: FeedbackCounts['answers'];
}

/**
 * Every activity's feedback counts, or one signatory's, in one query of gsi2: the counts
 * and closing date only, never the answers' ids or the link's token.
 */
export async function listFeedbackCounts(store: Store, signatoryId?: string): Promise<ListedFeedbackCounts[]> {
  const fields = ['activityId', 'signatoryId', 'closesOn', 'responses', ...countNames];
  const items = await queryAll<Record<string, unknown>>(store, {
    IndexName: 'gsi2',
    KeyConditionExpression:
      signatoryId === undefined ? 'gsi2pk = :pk' : 'gsi2pk = :pk AND begins_with(gsi2sk, :signatory)',
    ProjectionExpression: fields.map((_, i) => `#f${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(fields.map((field, i) => [`#f${i}`, field])),
    ExpressionAttributeValues: {
      ':pk': feedbackList,
      ...(signatoryId === undefined ? {} : { ':signatory': `${signatoryId}#` }),
    },
  });
  return items.map((item) => ({
    activityId: String(item.activityId),
    signatoryId: String(item.signatoryId),
    closesOn: String(item.closesOn),
    responses: Number(item.responses),
    answers: Object.fromEntries(
      feedbackQuestions.map((q) => [
        q,
        Object.fromEntries(feedbackChoices.map((c) => [c, Number(item[countName(q, c)] ?? 0)])),
      ]),
    ) as FeedbackCounts['answers'],
  }));
}

/** The answers counted in one minute (`YYYY-MM-DDTHH:MM`, UTC). */
export interface MinuteCount {
  minute: string;
  answers: number;
}

/** How many answers came in each minute that had any, in order: counts per minute, never per answer. */
export async function getFeedbackTiming(store: Store, activityId: string): Promise<MinuteCount[]> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(feedbackKeys({ activityId })), ConsistentRead: true }),
  );
  return Object.entries(Item ?? {})
    .flatMap(([name, value]) =>
      name.startsWith(minutePrefix) ? [{ minute: name.slice(minutePrefix.length), answers: Number(value) }] : [],
    )
    .sort((a, b) => a.minute.localeCompare(b.minute));
}
