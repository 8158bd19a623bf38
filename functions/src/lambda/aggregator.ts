/**
 * The `aggregator` Lambda: consumes the table's stream (NEW_AND_OLD_IMAGES) and, for
 * each changed item, records its audit event and recomputes the rollups it touches.
 * The event source's filter (changes/stream-filter.ts) delivers only changes of the
 * records people enter, not the rollup and audit items written here.
 * Failures are reported per record (partial batch response), so only the failing
 * records are retried; after the retries the event source sends them to the
 * dead-letter queue, and the scheduled reconcile repairs what they would have changed.
 * Expects TABLE_NAME.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { startHandlingChanges } from '../changes/handle-changes.ts';
import { storeConfigFromEnv } from '../config.ts';
import { createDocumentClient, type ItemChange, type Store } from '../table/index.ts';

// The stream delivers every change, so the store has no listener of its own.
const config = storeConfigFromEnv();
const store: Store = { client: createDocumentClient(config), tableName: config.tableName };
const processor = new BatchProcessor(EventType.DynamoDBStreams);

type StreamImage = Record<string, AttributeValue>;

/** The change a stream record carries, with its images unmarshalled. */
export function itemChangeOf(record: DynamoDBRecord): ItemChange {
  const images = record.dynamodb ?? {};
  const image = (value: unknown) => (value ? unmarshall(value as StreamImage) : undefined);
  const keys = image(images.Keys) as { pk: string; sk: string } | undefined;
  if (!keys) throw new Error(`Stream record ${record.eventID ?? ''} has no keys`);
  const oldImage = image(images.OldImage);
  const newImage = image(images.NewImage);
  return { keys: { pk: keys.pk, sk: keys.sk }, ...(oldImage ? { oldImage } : {}), ...(newImage ? { newImage } : {}) };
}

export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  // The batch is planned as a whole, so a bucket touched by many records is recomputed once.
  const changes = event.Records.flatMap((record) => {
    try {
      return [itemChangeOf(record)];
    } catch {
      return []; // reported as that record's failure by the handler below
    }
  });
  const handling = startHandlingChanges(store, changes);
  return processPartialResponse(event, (record: DynamoDBRecord) => handling.handle(itemChangeOf(record)), processor, {
    context,
  });
};
