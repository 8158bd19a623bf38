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
 * Nothing about a person is stored: no address, no device, no name, no free text; an
 * answer's id is random and made by the page, not by the person's browser.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
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
/** The list of every activity's feedback counts (gsi2), by signatory: read for the figures (docs/decisions/0111). */
const feedbackList = keyWord('FEEDBACK_COUNTS', layout);

export const feedbackKeys = (f: { activityId: string; signatoryId?: string }): ItemKeys => ({
  pk: `${feedbackWord}#${f.activityId}`,
  sk: feedbackWord,
  ...(f.signatoryId === undefined ? {} : { gsi2pk: feedbackList, gsi2sk: `${f.signatoryId}#${f.activityId}` }),
});

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
}

/** The attribute holding the count of `choice` for `question`, e.g. `feltListened_not-sure`. */
const countName = (question: FeedbackQuestion, choice: FeedbackChoice) => `${question}_${choice}`;
const countNames = feedbackQuestions.flatMap((q) => feedbackChoices.map((c) => countName(q, c)));

const settingsFields = ['activityId', 'signatoryId', 'token', 'on', 'closesOn', 'form', 'updatedAt', 'updatedBy'];

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
          responses: 0,
          ...Object.fromEntries(countNames.map((name) => [name, 0])),
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

/** Changes an existing feedback item's settings (on or off, closing date, wording); its token and counts stay. */
export async function updateFeedbackSettings(
  store: Store,
  activityId: string,
  change: Pick<FeedbackSettings, 'on' | 'closesOn' | 'form' | 'updatedAt' | 'updatedBy'>,
): Promise<void> {
  const fields = Object.entries(change);
  await store.client.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: primaryKey(feedbackKeys({ activityId })),
      UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(fields.map(([field], i) => [`#f${i}`, field])),
      ExpressionAttributeValues: Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])),
    }),
  );
}

/** What became of an answer sent to be counted. */
export type CountOutcome = 'counted' | 'already-counted' | 'not-counted';

/**
 * Counts one answer, exactly once: a single conditional UpdateItem adds 1 to the answers
 * and to each chosen answer's count, and the answer's id to the set of ids counted, only
 * while the link's token is the activity's, feedback is on, `today` is not past the
 * closing date, the id is not in the set yet and fewer than `cap` answers are counted.
 * When the condition fails nothing is written; `already-counted` says the same answer was
 * counted before (a retry), `not-counted` that it was refused (closed, full, or switched off).
 */
export async function countAnswer(
  store: Store,
  answer: FeedbackAnswer & { activityId: string; token: string; today: string; cap: number },
): Promise<CountOutcome> {
  const chosen = feedbackQuestions.map((question) => countName(question, answer[question]));
  const names: Record<string, string> = {
    '#responses': 'responses',
    '#ids': 'answerIds',
    '#token': 'token',
    '#on': 'on',
    '#closesOn': 'closesOn',
    ...Object.fromEntries(chosen.map((name, i) => [`#c${i}`, name])),
  };
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: primaryKey(feedbackKeys({ activityId: answer.activityId })),
        UpdateExpression: `SET #responses = #responses + :one, ${chosen.map((_, i) => `#c${i} = #c${i} + :one`).join(', ')} ADD #ids :id`,
        ConditionExpression:
          '#token = :token AND #on = :true AND #closesOn >= :today AND #responses < :cap AND NOT contains(#ids, :answerId)',
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
    return (await wasCounted(store, answer.activityId, answer.answerId)) ? 'already-counted' : 'not-counted';
  }
}

/** Whether the answer with this id is among an activity's counted answers. */
async function wasCounted(store: Store, activityId: string, answerId: string): Promise<boolean> {
  const { Item } = await store.client.send(
    new GetCommand({
      TableName: store.tableName,
      Key: primaryKey(feedbackKeys({ activityId })),
      ConsistentRead: true,
      ProjectionExpression: '#ids',
      ExpressionAttributeNames: { '#ids': 'answerIds' },
    }),
  );
  const ids = Item?.answerIds as Set<string> | undefined;
  return ids?.has(answerId) ?? false;
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
