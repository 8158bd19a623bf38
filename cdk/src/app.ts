/**
 * The CDK app: `npm run synth` (offline, no credentials), `npm run diff`, and
 * `npm run deploy -- --context stage=prod`. Builds the web app first when its build is
 * missing or stale, because the web function and the static assets are made from it.
 * cdk-nag's AwsSolutions checks run on every synth: an unacknowledged finding fails it.
 */
import { fileURLToPath } from 'node:url';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildWeb, webBuildIsStale } from '@equal-partners/functions/local/web-build';
import { createEqualPartnersApp } from './equal-partners-app.ts';

if (webBuildIsStale()) buildWeb();

const { app } = createEqualPartnersApp({
  webBuildDir: fileURLToPath(new URL('../../web/build', import.meta.url)),
  account: process.env.CDK_DEFAULT_ACCOUNT,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
