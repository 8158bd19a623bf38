/** The DynamoDB document client, created once per process and shared by every repository. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoreConfig } from '../config.ts';

export function createDocumentClient(config: StoreConfig): DynamoDBDocumentClient {
  const local = config.endpoint !== undefined && !process.env.AWS_ACCESS_KEY_ID;
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    // A local endpoint accepts any credentials; AWS's own needs real ones from the environment.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  // The SDK's logger step makes a filtered copy of every answer for a logger that prints
  // nothing: for an overview's hundreds of items, milliseconds of work for no one.
  client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}
