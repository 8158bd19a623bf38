/**
 * AWS WAF in front of CloudFront: a web ACL with a rate-based rule per viewer address. A web
 * ACL for CloudFront can only be created in us-east-1, so it lives in a stack of its own
 * there, `EqualPartners-<stage>-Edge`, whose ARN the main stack reads through CDK's
 * cross-region references (docs/decisions/0208).
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { StageConfig } from './config.ts';

/** Where CloudFront's web ACLs must be. */
export const cloudFrontWafRegion = 'us-east-1';

/** The answer to an address over its rate: a problem as the API gives one (WAF cannot add Retry-After). */
export const rateLimitedBody = JSON.stringify({
  type: '/api/problems/rate-limited',
  title: 'Too many requests',
  status: 429,
  detail: 'Too many requests from this address: wait five minutes and try again.',
});

export interface EdgeProtectionStackProps extends StackProps {
  config: StageConfig;
}

export class EdgeProtectionStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeProtectionStackProps) {
    super(scope, id, {
      ...props,
      env: { ...props.env, region: cloudFrontWafRegion },
      // The main stack, in the stage's region, reads the web ACL's ARN.
      crossRegionReferences: true,
    });
    const { config } = props;
    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `equal-partners-${config.stage}`,
      description: `Equal Partners ${config.stage} - requests per viewer address`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`equal-partners-${config.stage}`),
      customResponseBodies: { 'rate-limited': { contentType: 'APPLICATION_JSON', content: rateLimitedBody } },
      rules: [
        {
          name: 'RequestsPerAddress',
          priority: 0,
          statement: {
            rateBasedStatement: {
              limit: config.wafRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              // Pages and the API count; the built scripts and styles a first visit loads by the dozen do not.
              // The path is decoded and normalised first, so `/_app/../api/...` counts as the API it reaches.
              scopeDownStatement: {
                notStatement: {
                  statement: {
                    byteMatchStatement: {
                      fieldToMatch: { uriPath: {} },
                      positionalConstraint: 'STARTS_WITH',
                      searchString: '/_app/',
                      textTransformations: [
                        { priority: 0, type: 'URL_DECODE' },
                        { priority: 1, type: 'NORMALIZE_PATH' },
                      ],
                    },
                  },
                },
              },
            },
          },
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'rate-limited' } } },
          visibilityConfig: visibility('requests-per-address'),
        },
      ],
    });
  }
}
