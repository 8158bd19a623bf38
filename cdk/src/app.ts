/** The CDK app: `npm run synth` (offline, no credentials) and `npm run deploy -- --context stage=prod`. */
import { App } from 'aws-cdk-lib';
import { EqualPartnersStack } from './equal-partners-stack.ts';

const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
new EqualPartnersStack(app, `EqualPartners-${stage}`, {
  stage,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-2' },
});
app.synth();
