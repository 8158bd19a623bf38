/**
 * Bundles a Lambda entry the way the Lambda construct does (the same esbuild options), for the bundle-size tests and `npm run bench:cold`. The bundle is written
 * under cdk.out, so its externals (the AWS SDK) resolve from the repository's
 * node_modules, as the Lambda runtime provides them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openApiWriter } from '../constructs/api.ts';
import { bundling, projectRoot } from '../constructs/app-function.ts';

export interface BundledHandler {
  /** Minified size in bytes (the source map is not counted). */
  bytes: number;
  file: string;
  /** The modules left to the runtime (the AWS SDK), and whether each is imported on load or only when first used. */
  externals: { path: string; onLoad: boolean }[];
  /** The source files bundled, relative to the project root, with their minified bytes in the bundle. */
  inputs: { path: string; bytes: number }[];
}

export async function bundleHandler(entry: string, name: string, folder = 'test-bundles'): Promise<BundledHandler> {
  const result = await build({
    entryPoints: [entry],
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
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const dir = join(projectRoot, 'cdk', 'cdk.out', folder);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  // The api serves the OpenAPI document written beside it, as the api construct's bundling does.
  if (name === 'api')
    execFileSync(process.execPath, [openApiWriter, join(dir, 'openapi.json')], {
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
  const output = Object.values(result.metafile.outputs)[0];
  const externals = (output?.imports ?? [])
    .filter((imported) => imported.external && !imported.path.startsWith('node:'))
    .map((imported) => ({ path: imported.path, onLoad: imported.kind === 'import-statement' }));
  const inputs = Object.entries(output?.inputs ?? {}).map(([path, input]) => ({ path, bytes: input.bytesInOutput }));
  return { bytes: code.byteLength, file, externals, inputs };
}
