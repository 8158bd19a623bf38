/** The Equal Partners stack: one construct per concern, wired together here. */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.ts';
import { Api } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { Data } from './constructs/data.ts';
import { Jobs } from './constructs/jobs.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Web } from './constructs/web.ts';

export interface EqualPartnersStackProps extends StackProps {
  config: StageConfig;
  /** The SvelteKit build directory (`web/build`). */
  webBuildDir: string;
  /** The ARN of the web ACL that protects CloudFront (EdgeProtectionStack, in us-east-1). */
  webAclArn: string;
}

export class EqualPartnersStack extends Stack {
  readonly data: Data;
  readonly api: Api;
  readonly web: Web;
  readonly auth: Auth;
  readonly jobs: Jobs;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: EqualPartnersStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.data = new Data(this, 'Data', { production: config.production });
    const table = this.data.table;

    this.api = new Api(this, 'Api', { config, table });
    this.web = new Web(this, 'Web', {
      config,
      table,
      httpApi: this.api.httpApi,
      apiDomainName: this.api.domainName,
      originSecret: this.api.originSecret,
      buildDir: props.webBuildDir,
      webAclArn: props.webAclArn,
    });
    // The functions require CloudFront's origin header: they are updated only after the distribution
    // sends it, so turning the check on never refuses CloudFront's own requests.
    this.api.requireOriginSecret(this.web.handler);
    for (const fn of [this.api.handler, this.web.handler]) fn.function.node.addDependency(this.web.distribution);
    // Sign-in returns to the site, so the user pool comes after the distribution that names it.
    this.auth = new Auth(this, 'Auth', { config, siteUrl: this.web.url });
    for (const fn of [this.api.handler, this.web.handler]) {
      fn.addEnvironment(this.auth.environment);
      // The board manages accounts from the pages (which call the API in-process) and through the API.
      this.auth.grantManageUsers(fn.function);
    }

    this.jobs = new Jobs(this, 'Jobs', { config, table });
    this.jobs.jobs.function.addEnvironment('SITE_URL', this.web.url);
    // The daily alerts find people's accounts (their role, organisation and address) in the user pool.
    this.jobs.jobs.function.addEnvironment('COGNITO_USER_POOL_ID', this.auth.userPool.userPoolId);
    this.auth.grantReadUsers(this.jobs.jobs.function);
    // The board report's PDF is printed by the jobs function's Chromium, not the web function's.
    this.web.renderPdfsWith(this.jobs.jobs.function);

    this.monitoring = new Monitoring(this, 'Monitoring', { config });
    this.monitoring.watchFunction('Api', this.api.handler.function);
    this.monitoring.watchFunction('Web', this.web.handler.function);
    this.monitoring.watchApi(this.api.httpApi);
    this.monitoring.watchFunction('Aggregator', this.jobs.aggregator.function);
    this.monitoring.watchStreamConsumer('Aggregator', this.jobs.aggregator.function);
    this.monitoring.watchDeadLetterQueue('Aggregator', this.jobs.aggregatorDeadLetters);
    this.monitoring.watchFunction('Jobs', this.jobs.jobs.function);
    // Without it the pool sends no invitation and no reset code.
    this.monitoring.watchFunction('PoolMessages', this.auth.messages.function);
    this.monitoring.watchDeadLetterQueue('Jobs', this.jobs.jobsDeadLetters);
    this.monitoring.alarm(
      'RollupDrift',
      this.jobs.drift.metric({ period: Duration.minutes(5), statistic: 'Sum' }),
      1,
      'The reconcile found rollups that differed from the raw records, and repaired them: a change was lost or mishandled.',
    );

    new CfnOutput(this, 'SiteUrl', { value: this.web.url, description: 'The dashboard and API' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'SignInDomain', { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}
