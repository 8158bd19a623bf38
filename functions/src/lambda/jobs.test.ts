/**
 * The jobs function's `render-pdf` job as the web function invokes it, with the Chromium
 * packaged for Lambda from the npm registry (the layer's packages; here the repository's
 * node_modules, PDF_PACKAGES): the same renderer as the local server's, its PDF answered as
 * base64. The first launch unpacks Chromium into the temporary folder, as in Lambda.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

beforeAll(() => {
  process.env.PDF_PACKAGES = repositoryRoot;
});

describe('the jobs function’s render-pdf job', () => {
  it('renders the page sent in the Lambda Chromium and answers the PDF as base64', async () => {
    const { handler } = await import('./jobs.ts');
    const html =
      '<!doctype html><html lang="cy"><head><title>Adroddiad y bwrdd</title><style>h2 { break-before: page; }</style></head>' +
      '<body><h1>Crynodeb</h1><h2>Cyngor Dinas Demo</h2></body></html>';
    const answer = await handler({ job: 'render-pdf', html, options: { footer: 'Tudalen {page} o {pages}' } });
    const pdf = new Uint8Array(Buffer.from(answer.pdf, 'base64'));
    const { totalPages, text } = await extractText(await getDocumentProxy(pdf), { mergePages: false });
    expect(totalPages).toBe(2);
    expect(text[0]).toContain('Crynodeb');
    expect(text[1]).toContain('Cyngor Dinas Demo');
    expect(text[1]).toContain('Tudalen 2 o 2');
  }, 120_000);
});
