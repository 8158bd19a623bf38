/**
 * The baseline of `npm run bench:cold`: the smallest HTTP handler that can reach the
 * table, Hono with one route and the DynamoDB document client, built once on load as the
 * api handler builds its own.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const app = new Hono().get('/api/health', async (c) => {
  const item = await client.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
  );
  return c.json({ ok: item.Item !== undefined });
});

export const handler = handle(app);
