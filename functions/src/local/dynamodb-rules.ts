/**
 * Makes dynalite refuse the requests DynamoDB refuses where the two are known to differ,
 * so a request that would fail in AWS fails in `npm start` and in every test as well
 * (docs/decisions/0011). Each rule here is a difference that was found, with its test.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { globalIndexes } from '../table/table-definition.ts';

type AttributeValue = Record<string, unknown>;
type Values = Record<string, AttributeValue> | undefined;

const emptyKey = 'The AttributeValue for a key attribute cannot contain an empty string value.';

/** DynamoDB refuses an empty string or binary wherever a key attribute's value is expected. */
const isEmpty = (value: AttributeValue | undefined) => value?.S === '' || value?.B === '';

const indexKeys = globalIndexes.flatMap((index) => [
  { indexName: index.indexName, attribute: index.partitionKey },
  { indexName: index.indexName, attribute: index.sortKey },
]);

/**
 * A key condition compares key attributes only, so every value it names must be a valid
 * key value: dynalite answers `BETWEEN '' AND :to`, DynamoDB refuses it.
 */
function queryRefusal(request: Record<string, unknown>): string | undefined {
  const values = request.ExpressionAttributeValues as Values;
  const named = String(request.KeyConditionExpression ?? '').match(/:[A-Za-z0-9_]+/g) ?? [];
  const empty = named.find((name) => isEmpty(values?.[name]));
  if (empty) {
    return `One or more parameter values are not valid. ${emptyKey} Key condition value: ${empty}`;
  }
  // The older KeyConditions form, for completeness.
  const conditions = (request.KeyConditions ?? {}) as Record<string, { AttributeValueList?: AttributeValue[] }>;
  const attribute = Object.keys(conditions).find((name) => conditions[name]!.AttributeValueList?.some(isEmpty));
  return attribute ? `One or more parameter values are not valid. ${emptyKey} Key: ${attribute}` : undefined;
}

/** DynamoDB refuses an item whose index key attribute is an empty string; dynalite stores it. */
function itemRefusal(item: Record<string, AttributeValue> | undefined): string | undefined {
  const key = indexKeys.find(({ attribute }) => isEmpty(item?.[attribute]));
  return key
    ? `One or more parameter values are not valid. A value specified for a secondary index key is not supported. ${emptyKey} IndexName: ${key.indexName}, IndexKey: ${key.attribute}`
    : undefined;
}

/** The same for an update that sets an index key attribute (`SET gsi1sk = :v`) to an empty string. */
function updateRefusal(update: Record<string, unknown>): string | undefined {
  const names = (update.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = update.ExpressionAttributeValues as Values;
  const assignments = String(update.UpdateExpression ?? '').matchAll(/([#A-Za-z0-9_]+)\s*=\s*(:[A-Za-z0-9_]+)/g);
  for (const [, path, value] of assignments) {
    const attribute = path!.startsWith('#') ? names[path!] : path;
    const key = indexKeys.find((k) => k.attribute === attribute);
    if (key && isEmpty(values?.[value!])) {
      return `One or more parameter values are not valid. A value specified for a secondary index key is not supported. ${emptyKey} IndexName: ${key.indexName}, IndexKey: ${key.attribute}`;
    }
  }
  return undefined;
}

/** Why DynamoDB would refuse this request where dynalite would not, or undefined. */
export function dynamoDbRefusal(operation: string, request: Record<string, unknown>): string | undefined {
  switch (operation) {
    case 'Query':
      return queryRefusal(request);
    case 'PutItem':
      return itemRefusal(request.Item as Record<string, AttributeValue>);
    case 'UpdateItem':
      return updateRefusal(request);
    case 'BatchWriteItem': {
      const tables = Object.values((request.RequestItems ?? {}) as Record<string, { PutRequest?: { Item?: never } }[]>);
      for (const write of tables.flat()) {
        const why = itemRefusal(write.PutRequest?.Item);
        if (why) return why;
      }
      return undefined;
    }
    case 'TransactWriteItems': {
      for (const write of (request.TransactItems ?? []) as Record<string, Record<string, unknown>>[]) {
        const why = itemRefusal(write.Put?.Item as never) ?? (write.Update ? updateRefusal(write.Update) : undefined);
        if (why) return why;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function refuse(res: ServerResponse, message: string) {
  const body = JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message });
  res.writeHead(400, {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Puts the rules above in front of a dynalite server's own request handler: a request
 * DynamoDB would refuse gets DynamoDB's ValidationException, any other goes to dynalite
 * unchanged.
 */
export function refuseWhatDynamoDbRefuses(server: Server): void {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      let why: string | undefined;
      try {
        why = dynamoDbRefusal(operation, JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>);
      } catch {
        // Not JSON: dynalite answers it as DynamoDB does.
      }
      if (why) return refuse(res, why);
      // dynalite reads the request as a stream of its own; it gets the same bytes again.
      const replay = Object.assign(Readable.from(body.length > 0 ? [body] : []), {
        headers: req.headers,
        method: req.method,
        url: req.url,
      });
      for (const handler of handlers) handler(replay as unknown as IncomingMessage, res);
    });
  });
}
