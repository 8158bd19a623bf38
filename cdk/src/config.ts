/**
 * Stage configuration: which stage is deployed and how it differs from the others.
 * Read from the CDK context (`cdk.json`'s `stages`, overridden with `--context stage=prod`),
 * validated once here, and passed down to the constructs as a plain object.
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export interface StageConfig {
  /** The stage name, part of the stack name: `EqualPartners-<stage>`. */
  stage: string;
  /** The AWS region; London by default, so the partnership's data stays in the UK. */
  region: string;
  /** Production keeps its data when the stack is deleted and refuses table deletion. */
  production: boolean;
  logRetention: RetentionDays;
  /** The default of the stack's `AlarmEmail` parameter; empty means alarms reach no one yet. */
  alarmEmail: string;
  /** The default of the stack's `DigestEmail` parameter: who gets the weekly overdue digest; empty means no one yet. */
  digestEmail: string;
  /** The default of the stack's `AlertsFrom` parameter: the SES identity the daily alerts are sent from; empty sends none. */
  alertsFrom: string;
  /** Powertools log level for every function. */
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** HTTP API throttling for the whole stage: requests per second and burst. */
  throttle: { rateLimit: number; burstLimit: number };
  /**
   * AWS WAF's limit per viewer address: requests for pages and the API (static files do not
   * count) in any five minutes, after which that address is answered 429 until its rate falls.
   */
  wafRequestsPerFiveMinutes: number;
  /** A custom domain for CloudFront, with its ACM certificate in us-east-1; absent means the cloudfront.net name. */
  domain?: { name: string; certificateArn: string };
  /** The Cognito hosted sign-in domain prefix; must be unique in the region. */
  authDomainPrefix?: string;
}

type StageInput = Partial<Omit<StageConfig, 'stage' | 'logRetention' | 'domain'>> & {
  logRetentionDays?: number;
  domainName?: string;
  certificateArn?: string;
};

const retentionValues = new Set<number>(Object.values(RetentionDays).filter((v) => typeof v === 'number'));

/** Builds and checks a stage's configuration from the `stages` context entry; unknown stages get dev defaults. */
export function stageConfig(stage: string, stages: Record<string, StageInput> = {}): StageConfig {
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage))
    throw new Error(`Stage "${stage}" must be lower-case letters, digits and dashes, at most 20 characters.`);
  const input = stages[stage] ?? {};
  const production = input.production ?? stage === 'prod';
  const logRetentionDays = input.logRetentionDays ?? (production ? 400 : 14);
  if (!retentionValues.has(logRetentionDays))
    throw new Error(
      `Stage "${stage}": logRetentionDays ${logRetentionDays} is not a CloudWatch retention (for example 14, 30, 90, 365, 400).`,
    );
  if (Boolean(input.domainName) !== Boolean(input.certificateArn))
    throw new Error(`Stage "${stage}": domainName and certificateArn go together.`);
  if (input.certificateArn && !input.certificateArn.startsWith('arn:aws:acm:us-east-1:'))
    throw new Error(`Stage "${stage}": CloudFront needs an ACM certificate in us-east-1.`);
  const wafRequestsPerFiveMinutes = input.wafRequestsPerFiveMinutes ?? 1000;
  if (!Number.isInteger(wafRequestsPerFiveMinutes) || wafRequestsPerFiveMinutes < 100)
    throw new Error(
      `Stage "${stage}": wafRequestsPerFiveMinutes must be a whole number of at least 100 (AWS WAF's rate-based rules count from there).`,
    );
  return {
    stage,
    region: input.region ?? 'eu-west-2',
    production,
    logRetention: logRetentionDays as RetentionDays,
    alarmEmail: input.alarmEmail ?? '',
    digestEmail: input.digestEmail ?? '',
    alertsFrom: input.alertsFrom ?? '',
    logLevel: input.logLevel ?? (production ? 'INFO' : 'DEBUG'),
    throttle: input.throttle ?? { rateLimit: 50, burstLimit: 100 },
    wafRequestsPerFiveMinutes,
    ...(input.domainName && input.certificateArn
      ? { domain: { name: input.domainName, certificateArn: input.certificateArn } }
      : {}),
    ...(input.authDomainPrefix ? { authDomainPrefix: input.authDomainPrefix } : {}),
  };
}
