import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundling, lambdaEntry, projectRoot } from '../src/constructs/app-function.ts';
import { apiGatewayEvent, type LambdaHandler } from './events.ts';

/**
 * Bundles a Lambda entry the way the Lambda construct does (same esbuild options) and
 * returns the minified handler. Written under cdk.out so its externals (the AWS SDK)
 * resolve from the repository's node_modules, as the Lambda runtime provides them.
 */
async function bundle(name: string): Promise<{ bytes: number; file: string }> {
  const result = await build({
    entryPoints: [lambdaEntry(name)],
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: bundling.target,
    minify: bundling.minify,
    mainFields: bundling.mainFields,
    external: bundling.externalModules,
    banner: { js: bundling.banner },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const dir = fileURLToPath(new URL('../cdk.out/test-bundles/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return { bytes: code.byteLength, file };
}

const kB = 1000;
/**
 * The target is 300 kB minified per handler, for short cold starts. The api handler is over
 * it: esbuild keeps the whole of zod 4 (about 450 kB, 260 kB of it locales), because zod's
 * entry re-exports its namespace as a value, which esbuild cannot tree-shake. Until the
 * schemas move to a shakeable import, the api's limit is a ceiling that stops growth.
 */
const limits: Record<string, number> = { api: 750 * kB, aggregator: 300 * kB };
const exists = (name: string) =>
  existsSync(fileURLToPath(new URL(`../../functions/src/lambda/${name}.ts`, import.meta.url)));

describe('the bundled handlers', () => {
  for (const [name, limit] of Object.entries(limits))
    it.skipIf(!exists(name))(`keeps ${name} under ${limit / kB} kB minified`, async () => {
      const { bytes } = await bundle(name);
      expect(bytes).toBeGreaterThan(1 * kB);
      expect(bytes).toBeLessThan(limit);
    });

  it('serves the API from the api bundle for an API Gateway event', async () => {
    process.env.TABLE_NAME = 'equal-partners-test';
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    const { file } = await bundle('api');
    const { handler } = (await import(pathToFileURL(file).href)) as { handler: LambdaHandler };
    const response = await handler(apiGatewayEvent('GET', '/api/openapi.json'), {});
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ openapi: '3.1.0', info: { title: 'Equal Partners API' } });
  });
});
