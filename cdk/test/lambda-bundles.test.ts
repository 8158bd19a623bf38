import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleHandler } from '../src/bundling/bundle-handler.ts';
import { lambdaEntry } from '../src/constructs/app-function.ts';
import { apiGatewayEvent, type LambdaHandler } from './events.ts';

// Bundled once per handler: each test reads the same bundle (and the api's written OpenAPI document).
const bundles = new Map<string, ReturnType<typeof bundleHandler>>();
const bundle = (name: string) => {
  if (!bundles.has(name)) bundles.set(name, bundleHandler(lambdaEntry(name), name));
  return bundles.get(name)!;
};

const kB = 1000;
/**
 * 350 kB minified per handler, for short cold starts (docs/decisions/0203: it was 300 kB
 * until the api took on the publication grid, checked free text, signed cursors and its own
 * security headers, 320 kB until records took Welsh texts and the overview its rows, and
 * 330 kB until families' feedback links and the rules' codes came in, 340 kB until families'
 * feedback became figures with their floor). The schemas use zod's mini API, so a bundle keeps only the schemas and
 * checks it uses, and the api serves the OpenAPI document written beside it rather than
 * loading the generator.
 */
const limit = 350 * kB;
const exists = (name: string) =>
  existsSync(fileURLToPath(new URL(`../../functions/src/lambda/${name}.ts`, import.meta.url)));

describe('the bundled handlers', () => {
  for (const name of ['api', 'aggregator'])
    it.skipIf(!exists(name))(`keeps ${name} under ${limit / kB} kB minified`, async () => {
      const { bytes } = await bundle(name);
      expect(bytes).toBeGreaterThan(1 * kB);
      expect(bytes).toBeLessThan(limit);
    });

  it("leaves zod's classic API and the OpenAPI generator out of the api", async () => {
    const inputs = (await bundle('api')).inputs.map((input) => input.path);
    expect(inputs.some((input) => input.includes('node_modules/zod/v4/mini/'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/(zod\/v4\/classic|zod-openapi)\//.test(input))).toEqual([]);
  });

  it('leaves the inspection evidence pack and its ZIP library out of the api: the web server makes it', async () => {
    const inputs = (await bundle('api')).inputs.map((input) => input.path);
    expect(inputs.filter((input) => /node_modules\/fflate\/|evidence-pack/.test(input))).toEqual([]);
  });

  it('leaves the response schemas out of the api, which serves the document written at bundling', async () => {
    const inputs = (await bundle('api')).inputs.map((input) => input.path);
    expect(inputs).toContain('functions/src/reports/metrics-routes.ts');
    // Only the document imports the responses modules (functions/src/http/openapi/responses.ts).
    expect(inputs.filter((input) => /(-responses|\/report-schemas)\.ts$/.test(input))).toEqual([]);
  });

  it('loads the Cognito SDK only when the board first manages accounts, not on every cold start', async () => {
    const { externals } = await bundle('api');
    const loaded = (onLoad: boolean) => externals.filter((e) => e.onLoad === onLoad).map((e) => e.path);
    expect(loaded(true)).toContain('@aws-sdk/lib-dynamodb');
    expect(loaded(true)).not.toContain('@aws-sdk/client-cognito-identity-provider');
    expect(loaded(false)).toContain('@aws-sdk/client-cognito-identity-provider');
  });

  it('serves the OpenAPI document written beside the api bundle, the same as the app writes it', async () => {
    process.env.TABLE_NAME = 'equal-partners-test';
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    const { file } = await bundle('api');
    const { handler } = (await import(pathToFileURL(file).href)) as { handler: LambdaHandler };
    const response = await handler(apiGatewayEvent('GET', '/api/openapi.json'), {});
    expect(response.statusCode).toBe(200);
    const served = JSON.parse(response.body) as { info: { version: string }; paths: object };
    expect(served).toMatchObject({ openapi: '3.1.0', info: { title: 'Equal Partners API' } });

    const { createApp } = await import('@equal-partners/functions/app');
    const { openStore } = await import('@equal-partners/functions/open-store');
    const app = createApp({ store: openStore({ tableName: 'unused' }), version: served.info.version });
    expect(served).toEqual(await (await app.request('/api/openapi.json')).json());
  });
});

describe('validation in the api bundle', () => {
  it('answers invalid input with the same English problem as the unbundled API', async () => {
    process.env.TABLE_NAME = 'equal-partners-test';
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    const { file } = await bundle('api');
    const { handler } = (await import(pathToFileURL(file).href)) as { handler: LambdaHandler };
    // Fails the route's query schema, which is checked before anything reads the table.
    const path = '/api/v1/signatories?limit=lots&order=sideways';
    const bundled = await handler(apiGatewayEvent('GET', path), {});

    // Imported here, after the log level is set above, as the bundle reads it when imported.
    const { createApp } = await import('@equal-partners/functions/app');
    const { appConfigFromEnv } = await import('@equal-partners/functions/config');
    const { openStore } = await import('@equal-partners/functions/open-store');
    const config = appConfigFromEnv();
    const app = createApp({ store: openStore(config.store), version: config.version });
    const unbundled = await app.request(path);

    expect(bundled.statusCode).toBe(400);
    expect(bundled.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(bundled.body) as { errors: { pointer: string; message: string }[] };
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(['/limit', '/order']);
    expect(problem.errors.find((e) => e.pointer === '/order')?.message).toMatch(/^Invalid option: expected one of/);
    expect(problem).toEqual(await unbundled.json());
  });
});

describe("the bundled user pool's message trigger", () => {
  it('is small, and writes the invitation in Welsh and English with the placeholders Cognito fills in', async () => {
    process.env.SITE_URL = 'https://partners.example.org.uk';
    const { file, bytes, externals } = await bundle('pool-messages');
    // It needs no SDK and no powertools: it only fills in text.
    expect(bytes).toBeLessThan(10 * kB);
    expect(externals).toEqual([]);
    const { handler } = (await import(pathToFileURL(file).href)) as {
      handler: (event: unknown) => Promise<{ response: { emailSubject: string; emailMessage: string } }>;
    };
    const { response } = await handler({
      triggerSource: 'CustomMessage_AdminCreateUser',
      request: {
        userAttributes: { email: 'ceri@example.org' },
        codeParameter: '{####}',
        usernameParameter: '{username}',
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    });
    expect(response.emailSubject).toBe('Eich cyfrif Equal Partners / Your Equal Partners account');
    expect(response.emailMessage).toMatch(
      /<div lang="cy">.*\{####\}.*\{username\}.*<div lang="en">.*\{####\}.*\{username\}/,
    );
    expect(response.emailMessage).toContain('https://partners.example.org.uk/language/cy?returnTo=/sign-in');
  });
});

describe('the bundled aggregator', () => {
  it.skipIf(!exists('aggregator'))('answers a stream batch with a partial batch response', async () => {
    process.env.TABLE_NAME = 'equal-partners-test';
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    const { file } = await bundle('aggregator');
    const { handler } = (await import(pathToFileURL(file).href)) as {
      handler: (event: unknown, context: unknown) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
    };
    // An item no rollup or audit trail depends on, and a record without keys, which must be reported as failed.
    const record = (sequence: string, dynamodb: Record<string, unknown>) => ({
      eventID: sequence,
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      dynamodb: { SequenceNumber: sequence, StreamViewType: 'NEW_AND_OLD_IMAGES', ...dynamodb },
    });
    const keys = { pk: { S: 'SOMETHING#1' }, sk: { S: 'SOMETHING' } };
    const response = await handler(
      {
        Records: [record('100', { Keys: keys, NewImage: { ...keys, entity: { S: 'something' } } }), record('200', {})],
      },
      { functionName: 'aggregator', awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 },
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }] });
  });
});
