/**
 * The wiring of the board report's PDF in AWS: the jobs function prints it with the Chromium
 * of its layer (x86_64, the memory and /tmp Chromium needs), the web function may invoke the
 * jobs function and knows its name, the PDF has a route that waits long enough, and the layer
 * holds Chromium and playwright-core within Lambda's limit, while the api holds neither.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, AssetStaging, Stack } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { launchLambdaChromium } from '@equal-partners/functions/reports/lambda-chromium';
import { renderPdf } from '@equal-partners/functions/reports/pdf-rendering';
import { bundleHandler } from '../src/bundling/bundle-handler.ts';
import { lambdaEntry } from '../src/constructs/app-function.ts';
import { jobsMemoryMb, jobsTmpMb } from '../src/constructs/jobs.ts';
import { lambdaUnzippedLimitBytes, PdfLayer } from '../src/constructs/pdf-layer.ts';
import { pdfPaths, pdfWait } from '../src/constructs/web.ts';
import { resources, synth } from './synth.ts';

const { stack, template } = synth('dev', {}, { bundle: false });
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as never);
// The app's own functions (not the CDK's helpers, such as the bucket deployment's).
const functions = Object.fromEntries(
  Object.entries(resources(template, 'AWS::Lambda::Function')).filter(
    ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
  ),
);
const jobsId = logicalId(stack.jobs.jobs.function);
const webId = logicalId(stack.web.handler.function);
const apiId = logicalId(stack.api.handler.function);
const jobs = functions[jobsId]!;
const web = functions[webId]!;

/** The bytes of every file under `dir`. */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? sizeOf(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

describe('the jobs function that prints PDFs', () => {
  it('runs on x86_64 with the PDF layer, the memory and the /tmp Chromium needs', () => {
    const layerId = logicalId(stack.jobs.pdfLayer.layer);
    expect(jobs.Properties).toMatchObject({
      Architectures: ['x86_64'],
      MemorySize: jobsMemoryMb,
      EphemeralStorage: { Size: jobsTmpMb },
      Timeout: 300,
      Layers: [{ Ref: layerId }],
    });
    expect(jobsMemoryMb).toBeGreaterThanOrEqual(1600);
    const layer = resources(template, 'AWS::Lambda::LayerVersion')[layerId!]!;
    expect(layer.Properties).toMatchObject({
      CompatibleArchitectures: ['x86_64'],
      CompatibleRuntimes: ['nodejs24.x'],
    });
    expect(layer.Properties.Description).toMatch(/@sparticuz\/chromium \d+\.\d+\.\d+, playwright-core \d+\.\d+\.\d+/);
  });

  it('is the web function’s to invoke, by the name it is told; no other function has the layer', () => {
    expect(web.Properties.Environment.Variables.PDF_FUNCTION_NAME).toEqual({ Ref: jobsId });
    const webRole = web.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = Object.values(resources(template, 'AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === webRole))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const invoke = statements.filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(invoke[0]!.Resource).toEqual({ 'Fn::GetAtt': [jobsId, 'Arn'] });
    for (const [id, fn] of Object.entries(functions))
      if (id !== jobsId) {
        expect(fn.Properties.Layers, id).toBeUndefined();
        if (id !== webId) expect(fn.Properties.Environment?.Variables?.PDF_FUNCTION_NAME, id).toBeUndefined();
      }
    expect(functions[apiId]!.Properties.Architectures).toEqual(['arm64']);
  });

  it('answers the PDF on a route of its own that waits as long as API Gateway allows, as does the web function', () => {
    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    const integrations = resources(template, 'AWS::ApiGatewayV2::Integration');
    for (const path of pdfPaths) {
      const route = routes.find((r) => r.Properties.RouteKey === `GET ${path}`);
      expect(route, path).toBeDefined();
      const integrationId = (route!.Properties.Target['Fn::Join'][1] as unknown[]).find(
        (part): part is { Ref: string } => typeof part === 'object' && part !== null && 'Ref' in part,
      )!.Ref;
      expect(integrations[integrationId]!.Properties.TimeoutInMillis).toBe(pdfWait.toMilliseconds());
      expect(JSON.stringify(integrations[integrationId]!.Properties.IntegrationUri)).toContain(webId);
    }
    expect(pdfWait.toSeconds()).toBeLessThanOrEqual(30);
    expect(web.Properties.Timeout).toBeGreaterThanOrEqual(pdfWait.toSeconds());
  });
});

describe('the PDF layer', () => {
  it('holds Chromium for Lambda and playwright-core with their dependencies, within Lambda’s 250 MB with the jobs bundle', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'ep-pdf-layer-'));
    outdirs.push(outdir);
    const app = new App({ outdir });
    const pdf = new PdfLayer(new Stack(app, 'PdfLayerOnly'), 'Pdf');
    app.synth();
    const staging = pdf.node.findAll().find((c): c is AssetStaging => c instanceof AssetStaging)!;
    const staged = staging.absoluteStagedPath;
    const modules = join(staged, 'nodejs', 'node_modules');
    expect(existsSync(join(modules, '@sparticuz', 'chromium', 'bin', 'chromium.br'))).toBe(true);
    expect(existsSync(join(modules, '@sparticuz', 'chromium', 'build', 'index.js'))).toBe(true);
    expect(existsSync(join(modules, 'playwright-core', 'package.json'))).toBe(true);
    // Chromium's own dependencies came with it, each where Node.js looks for it.
    expect(pdf.packages.map((p) => p.name)).toEqual(expect.arrayContaining(['tar-fs', 'tar-stream', 'pump']));
    for (const p of pdf.packages) {
      const inLayer = join(staged, 'nodejs', p.dir.slice(p.dir.indexOf('/node_modules/') + 1));
      expect(existsSync(join(inLayer, 'package.json')), p.name).toBe(true);
    }
    const layerBytes = sizeOf(staged);
    const jobsBundle = await bundleHandler(lambdaEntry('jobs'), 'jobs');
    expect(layerBytes).toBeGreaterThan(60 * 1024 * 1024);
    expect(layerBytes + jobsBundle.bytes).toBeLessThan(lambdaUnzippedLimitBytes);

    // The jobs function's own launcher finds everything in the layer, and prints with it.
    const browser = await launchLambdaChromium(join(staged, 'nodejs'));
    try {
      const printed = await renderPdf(browser, '<!doctype html><title>Layer</title><h1>Printed from the layer</h1>');
      expect(new TextDecoder().decode(printed.slice(0, 5))).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('is not in any bundle: the jobs function loads it from the layer, and the api never', async () => {
    const heavy = /node_modules\/(playwright-core|@sparticuz\/chromium|@aws-sdk\/client-lambda)\//;
    for (const name of ['jobs', 'api']) {
      const { inputs } = await bundleHandler(lambdaEntry(name), name);
      expect(
        inputs.filter((input) => heavy.test(input.path)),
        name,
      ).toEqual([]);
    }
    const api = await bundleHandler(lambdaEntry('api'), 'api');
    expect(api.inputs.filter((input) => /reports\/(pdf-rendering|board-report)/.test(input.path))).toEqual([]);
  }, 120_000);
});
