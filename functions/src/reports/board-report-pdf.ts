/**
 * Where the board report's PDF is rendered: in AWS, by the `jobs` function, which holds the
 * Chromium packaged for Lambda (its name in PDF_FUNCTION_NAME, set on the web function);
 * elsewhere, in this process with Debian's Chromium. Both run the one renderer
 * (./pdf-rendering.ts). Each loads what it needs when first asked, so neither the Lambda
 * client nor playwright-core is loaded by a process that never makes a PDF.
 */
import type { PdfOptions } from './pdf-rendering.ts';

/** What the web function sends the jobs function, and what it answers. */
export interface RenderPdfEvent {
  job: 'render-pdf';
  html: string;
  options?: PdfOptions | undefined;
}
export interface RenderPdfResult {
  /** The PDF, base64. */
  pdf: string;
}

/** The PDF could not be made (the jobs function failed or answered nothing). */
export class PdfUnavailable extends Error {}

/** The PDF of a self-contained HTML document, rendered in AWS by the jobs function or here. */
export async function htmlToPdf(
  html: string,
  options: PdfOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Uint8Array> {
  const functionName = env.PDF_FUNCTION_NAME;
  if (functionName) return renderInJobs(functionName, { job: 'render-pdf', html, options });
  const [{ launchLocalChromium }, { renderPdf }] = await Promise.all([
    import('./local-chromium.ts'),
    import('./pdf-rendering.ts'),
  ]);
  const browser = await launchLocalChromium();
  try {
    return await renderPdf(browser, html, options);
  } finally {
    await browser.close();
  }
}

async function renderInJobs(functionName: string, event: RenderPdfEvent): Promise<Uint8Array> {
  const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
  const answer = await new LambdaClient({}).send(
    new InvokeCommand({ FunctionName: functionName, Payload: new TextEncoder().encode(JSON.stringify(event)) }),
  );
  if (answer.FunctionError || !answer.Payload) {
    throw new PdfUnavailable(`The jobs function did not render the PDF (${answer.FunctionError ?? 'no answer'})`);
  }
  const result = JSON.parse(new TextDecoder().decode(answer.Payload)) as Partial<RenderPdfResult>;
  if (typeof result.pdf !== 'string') throw new PdfUnavailable('The jobs function answered without a PDF');
  return new Uint8Array(Buffer.from(result.pdf, 'base64'));
}
