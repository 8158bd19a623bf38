/**
 * CloudFront's access logs without the viewer's address. CloudFront's standard logging
 * (v2) lets a deployment choose the fields of each log line, but its delivery must be set
 * up in us-east-1, so it lives in a stack of its own there, `EqualPartners-<stage>-EdgeLogs`,
 * deployed after the main stack whose distribution and log bucket it names (CDK's
 * cross-region references). The lines leave out the viewer's IP address and port, the
 * address the request was forwarded for, the cookies, the user agent and the referrer:
 * CloudFront cannot choose fields per path, so no line holds them, the families' feedback
 * pages (`/f/*`) included (docs/deploy.md, docs/feedback-dpia.md). The application's own
 * rate limits and AWS WAF's read the address as requests arrive and need no log of it.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnDelivery, CfnDeliveryDestination, CfnDeliverySource } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.ts';
import { cloudFrontWafRegion } from './edge-protection-stack.ts';

/**
 * The fields of each log line: what served the request, how and how fast, never who asked
 * (`c-ip`, `c-port`, `x-forwarded-for`), what they carried (`cs(Cookie)`) or their browser
 * and the page they came from (`cs(User-Agent)`, `cs(Referer)`).
 */
export const accessLogFields = [
  'date',
  'time',
  'x-edge-location',
  'sc-bytes',
  'cs-method',
  'cs(Host)',
  'cs-uri-stem',
  'sc-status',
  'cs-uri-query',
  'x-edge-result-type',
  'x-edge-request-id',
  'x-host-header',
  'cs-protocol',
  'cs-bytes',
  'time-taken',
  'ssl-protocol',
  'ssl-cipher',
  'x-edge-response-result-type',
  'cs-protocol-version',
  'time-to-first-byte',
  'x-edge-detailed-result-type',
  'sc-content-type',
  'sc-content-len',
] as const;

/** The fields that would say who made a request, which no log line holds. */
export const fieldsLeftOut = ['c-ip', 'c-port', 'x-forwarded-for', 'cs(Cookie)', 'cs(User-Agent)', 'cs(Referer)'];

export interface EdgeLogsStackProps extends StackProps {
  config: StageConfig;
  /** The CloudFront distribution whose requests are logged. */
  distributionArn: string;
  /** The bucket the logs go to (in the main stack, which keeps them `logRetention` days). */
  logBucketArn: string;
}

export class EdgeLogsStack extends Stack {
  readonly delivery: CfnDelivery;

  constructor(scope: Construct, id: string, props: EdgeLogsStackProps) {
    super(scope, id, {
      ...props,
      env: { ...props.env, region: cloudFrontWafRegion },
      crossRegionReferences: true,
    });
    const name = `equal-partners-${props.config.stage}-cloudfront`;
    const source = new CfnDeliverySource(this, 'AccessLogSource', {
      name,
      logType: 'ACCESS_LOGS',
      resourceArn: props.distributionArn,
    });
    const destination = new CfnDeliveryDestination(this, 'AccessLogDestination', {
      name,
      outputFormat: 'w3c',
      destinationResourceArn: `${props.logBucketArn}/cloudfront`,
    });
    this.delivery = new CfnDelivery(this, 'AccessLogDelivery', {
      deliverySourceName: source.name,
      deliveryDestinationArn: destination.attrArn,
      recordFields: [...accessLogFields],
    });
    this.delivery.addDependency(source);
  }
}
