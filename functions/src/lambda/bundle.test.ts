import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the api Lambda bundle', () => {
  it('holds the API but not the development sign-in or the demo accounts', async () => {
    const code = await bundle('./api.ts');
    expect(code).toContain('/api/openapi.json');
    expect(code).not.toContain('seeded account');
    expect(code).not.toContain('/api/dev');
    expect(code).not.toContain('@demo.example');
  });
});
