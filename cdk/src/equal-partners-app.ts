/** Builds the CDK app for one stage from the context; `app.ts` synthesizes it, the tests assert on it. */
import { App, type AppProps } from 'aws-cdk-lib';
import { stageConfig, type StageConfig } from './config.ts';
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
  config: StageConfig;
} {
  const app = new App(options.context ? { context: options.context } : {});
  const config = stageConfig(String(app.node.tryGetContext('stage') ?? 'dev'), app.node.tryGetContext('stages'));
  const stack = new EqualPartnersStack(app, `EqualPartners-${config.stage}`, {
    config,
    webBuildDir: options.webBuildDir,
    env: { account: options.account, region: config.region },
    description: `Equal Partners co-production charter dashboard (${config.stage})`,
  });
  return { app, stack, config };
}
