/**
 * Builds the CDK app for one stage from the context; `app.ts` synthesizes it, the tests assert
 * on it. A stage is two stacks: `EqualPartners-<stage>` in the stage's region, and
 * `EqualPartners-<stage>-Edge` in us-east-1 with the web ACL CloudFront needs there.
 */
import { App, type AppProps } from 'aws-cdk-lib';
import { stageConfig, type StageConfig } from './config.ts';
import { EdgeLogsStack } from './edge-logs-stack.ts';
import { EdgeProtectionStack } from './edge-protection-stack.ts';
import { EqualPartnersStack } from './equal-partners-stack.ts';

export interface EqualPartnersAppOptions {
  /** The SvelteKit build directory (`web/build`). */
  webBuildDir: string;
  /** Context in place of what the CDK CLI passes from cdk.json and `--context` (tests). */
  context?: AppProps['context'];
  account?: string | undefined;
}

export function createEqualPartnersApp(options: EqualPartnersAppOptions): {
  app: App;
  stack: EqualPartnersStack;
  edge: EdgeProtectionStack;
  edgeLogs: EdgeLogsStack;
  config: StageConfig;
} {
  const app = new App(options.context ? { context: options.context } : {});
  const config = stageConfig(String(app.node.tryGetContext('stage') ?? 'dev'), app.node.tryGetContext('stages'));
  const edge = new EdgeProtectionStack(app, `EqualPartners-${config.stage}-Edge`, {
    config,
    env: { account: options.account },
    description: `Equal Partners edge protection: the web ACL for CloudFront (${config.stage})`,
  });
  const stack = new EqualPartnersStack(app, `EqualPartners-${config.stage}`, {
    config,
    webBuildDir: options.webBuildDir,
    webAclArn: edge.webAcl.attrArn,
    env: { account: options.account, region: config.region },
    crossRegionReferences: true,
    description: `Equal Partners co-production charter dashboard (${config.stage})`,
  });
  const edgeLogs = new EdgeLogsStack(app, `EqualPartners-${config.stage}-EdgeLogs`, {
    config,
    distributionArn: stack.web.distribution.distributionArn,
    logBucketArn: stack.web.accessLogs.bucketArn,
    env: { account: options.account },
    description: `Equal Partners edge logs: CloudFront's access logs without viewer addresses (${config.stage})`,
  });
  return { app, stack, edge, edgeLogs, config };
}
