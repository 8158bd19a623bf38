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
    // E-mail is the jobs function's alone (the daily alerts, through SES): the SES client,
    // which the sender's own bundle shows by these names, is not in the api.
    const ses = /SimpleEmailService_v2|sesv2/;
    expect(await bundle('../alerts/ses-sender.ts')).toMatch(ses);
    expect(code).not.toMatch(ses);
  });
});
