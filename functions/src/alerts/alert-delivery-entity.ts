/**
 * The alert delivery items: one per recipient per item per day, written pending before
 * the e-mail that carries it is sent and marked sent after, so a run repeated on the same
 * day sends nothing twice and a failed send stays pending for the next run
 * (docs/decisions/0212). And each recipient's alert setting: whether they want the
 * e-mails, and the language they read them in. Neither holds an e-mail address: a
 * recipient is an account id, or the board contact. See docs/data-model.md.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** Who an alert goes to: an account (`user:<id>`) or the board's contact (`board-contact`). */
export type RecipientKey = `user:${string}` | 'board-contact';

export const recipientOfUser = (userId: string): RecipientKey => `user:${userId}`;
export const boardContact: RecipientKey = 'board-contact';

/** One recipient's delivery of one item on one day, in the recipient's partition. */
export const alertDeliveryKeys = (d: { recipient: string; day: string; itemKey: string }): ItemKeys => ({
  pk: `${keyWord('ALERT', layout)}#${d.recipient}`,
  sk: `${d.day}#${d.itemKey}`,
});

/** Every recipient's alert setting, in one partition. */
export const alertSettingKeys = (s: { recipient: string }): ItemKeys => ({
  pk: keyWord('ALERT_SETTINGS', layout),
  sk: s.recipient,
});

export type DeliveryState = 'pending' | 'sent';

export interface AlertDelivery<Item = unknown> {
  recipient: RecipientKey;
  day: string;
  itemKey: string;
  /** What the e-mail says of the item (record ids, names of organisations and groups, dates, counts). */
  item: Item;
  state: DeliveryState;
  sentAt?: string;
}

/** How long a sent delivery is kept, to show the day it was sent: 60 days. Pending ones are kept until sent. */
export const sentDeliveryLifetimeSeconds = 60 * 24 * 60 * 60;

/**
 * Writes a pending delivery unless one exists for the recipient, day and item: true when
 * this call wrote it, false when it was there already (sent, or pending from a failed run).
 */
export async function putPendingDelivery(store: Store, delivery: Omit<AlertDelivery, 'state'>): Promise<boolean> {
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...alertDeliveryKeys(delivery), entity: 'alert-delivery', ...delivery, state: 'pending' },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException')
      return false;
    throw error;
  }
}

/** The recipient's deliveries still pending, of every day, oldest first (strongly consistent). */
export async function listPendingDeliveries<Item>(
  store: Store,
  recipient: RecipientKey,
): Promise<AlertDelivery<Item>[]> {
  const items = await queryAll<AlertDelivery<Item>>(store, {
    KeyConditionExpression: 'pk = :pk',
    FilterExpression: '#state = :pending',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: {
      ':pk': alertDeliveryKeys({ recipient, day: '', itemKey: '' }).pk,
      ':pending': 'pending',
    },
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys(item));
}

/** Marks a pending delivery sent, once: a delivery already sent is left as it is. */
export async function markDeliverySent(
  store: Store,
  delivery: Pick<AlertDelivery, 'recipient' | 'day' | 'itemKey'>,
  at: Date,
): Promise<void> {
  const { pk, sk } = alertDeliveryKeys(delivery);
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk, sk },
        UpdateExpression: 'SET #state = :sent, sentAt = :at, #ttl = :ttl',
        ConditionExpression: '#state = :pending',
        ExpressionAttributeNames: { '#state': 'state', '#ttl': timeToLiveAttribute },
        ExpressionAttributeValues: {
          ':sent': 'sent',
          ':pending': 'pending',
          ':at': at.toISOString(),
          ':ttl': Math.ceil(at.getTime() / 1000) + sentDeliveryLifetimeSeconds,
        },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/** Every delivery of a recipient (pending and sent), for tests and the data-model checks. */
export async function listDeliveries(store: Store, recipient: RecipientKey): Promise<AlertDelivery[]> {
  const items = await queryAll<AlertDelivery>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': alertDeliveryKeys({ recipient, day: '', itemKey: '' }).pk },
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys(item));
}

/** A recipient's setting: whether they want the e-mails and, when known, the language they read. */
export interface AlertSetting {
  recipient: RecipientKey;
  emails: boolean;
  locale?: 'en' | 'cy';
  updatedAt: string;
}

/** Stores a recipient's setting, replacing any earlier one. */
export async function putAlertSetting(store: Store, setting: AlertSetting): Promise<void> {
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...alertSettingKeys(setting), entity: 'alert-setting', ...setting },
    }),
  );
}

/** Every recipient's setting, by recipient (one partition, strongly consistent). */
export async function listAlertSettings(store: Store): Promise<Map<RecipientKey, AlertSetting>> {
  const items = await queryAll<AlertSetting>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': alertSettingKeys({ recipient: '' }).pk },
    ConsistentRead: true,
  });
  return new Map(items.map((item) => [item.recipient, withoutKeys(item)]));
}

/** One recipient's setting, or `undefined` when they never chose (they get the e-mails). */
export async function getAlertSetting(store: Store, recipient: RecipientKey): Promise<AlertSetting | undefined> {
  const items = await queryAll<AlertSetting>(store, {
    KeyConditionExpression: 'pk = :pk AND sk = :sk',
    ExpressionAttributeValues: alertSettingValues(recipient),
  });
  return items[0] ? withoutKeys(items[0]) : undefined;
}

const alertSettingValues = (recipient: RecipientKey) => {
  const { pk, sk } = alertSettingKeys({ recipient });
  return { ':pk': pk, ':sk': sk };
};
