/**
 * What people's browsers reach: one CloudFront origin. `/api/*` and pages go to the
 * HTTP API (the API's routes, and its `$default` route to the `web` function for
 * SvelteKit's server rendering); built static assets come from a private S3 bucket
 * through origin access control. Every response carries the security headers policy.
 * Pages and API answers are cached only as the app's Cache-Control says (public reads
 * without credentials, for minutes: docs/decisions/0208), and AWS WAF's web ACL limits
 * each viewer address.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations, type CfnResource } from 'aws-cdk-lib';
import { HttpMethod, HttpRoute, HttpRouteKey, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { sharedCacheSeconds } from '@equal-partners/functions/cache-policy';
import { originSecretHeader } from '@equal-partners/functions/origin-secret';
import { pagesTimeoutSeconds } from '@equal-partners/functions/lambda/limits';
import {
  contentSecurityPolicy,
  hstsMaxAgeSeconds,
  permissionsPolicy,
} from '@equal-partners/functions/security-headers';
import type { StageConfig } from '../config.ts';
import { tableGrants } from '../table-grants.ts';
import { applicationAuthorisation } from './api.ts';
import { AppFunction } from './app-function.ts';

/**
 * Runs at the edge on every request to the HTTP API. API Gateway must receive its own
 * Host, so the viewer's host and address travel in headers the web function reads
 * (functions/src/lambda/web.ts); values a viewer sends in these headers are overwritten.
 */
const viewerRequest = `function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  request.headers['x-viewer-address'] = { value: event.viewer.ip };
  return request;
}`;

/**
 * Pages answered as PDFs, printed by the jobs function's Chromium (Web.renderPdfsWith): they
 * may take longer than a page (a cold start unpacks Chromium), so each has a route of its own
 * with API Gateway's longest wait, and the web function waits as long.
 */
export const pdfPaths = ['/dashboard/report.pdf'] as const;
export const pdfWait = Duration.seconds(29);

export interface WebProps {
  config: StageConfig;
  table: ITableV2;
  httpApi: HttpApi;
  /** The HTTP API's host name, CloudFront's origin for the API and pages. */
  apiDomainName: string;
  /** The secret CloudFront sends to the HTTP API in the origin header, which its functions require. */
  originSecret: ISecret;
  /** The SvelteKit build (`web/build`): `server/` runs in the web function, `client/` goes to S3. */
  buildDir: string;
  /** The web ACL (in us-east-1) that limits each viewer address. */
  webAclArn: string;
}

export class Web extends Construct {
  readonly handler: AppFunction;
  readonly assets: Bucket;
  /** CloudFront's access logs, which the EdgeLogs stack delivers (../edge-logs-stack.ts). */
  readonly accessLogs: Bucket;
  readonly distribution: Distribution;
  readonly headersPolicy: ResponseHeadersPolicy;
  /** The site's origin: the custom domain when configured, else CloudFront's. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const { config } = props;
    const serverDir = join(props.buildDir, 'server');
    const clientDir = join(props.buildDir, 'client');
    if (!existsSync(join(serverDir, 'server.js')) || !existsSync(clientDir))
      throw new Error(`The web app is not built at ${props.buildDir}: run \`npm run build\` first.`);

    this.handler = new AppFunction(this, 'Handler', {
      entry: 'web',
      description: 'Equal Partners pages (SvelteKit server rendering)',
      config,
      memorySize: 1024,
      timeout: Duration.seconds(30),
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        // The built server is self-contained ESM; source maps stay behind to keep cold starts short.
        afterBundling: (_inputDir, outputDir) => [
          `cp -R "${serverDir}" "${outputDir}/sveltekit"`,
          `find "${outputDir}/sveltekit" -name '*.map' -delete`,
          `echo '{"type":"module"}' > "${outputDir}/sveltekit/package.json"`,
        ],
      },
    });
    // Pages read and, through forms, write by calling the API app in-process, and keep people's
    // sessions in the table (docs/decisions/0403): the rights listed in table-grants.ts.
    this.handler.bindTable(props.table, tableGrants.web);
    const pages = new HttpRoute(this, 'PagesRoute', {
      httpApi: props.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('PagesIntegration', this.handler.function, {
        timeout: Duration.seconds(pagesTimeoutSeconds),
      }),
    });
    Validations.of(pages).acknowledge(applicationAuthorisation);
    for (const [i, path] of pdfPaths.entries()) {
      const pdf = new HttpRoute(this, `PdfRoute${i}`, {
        httpApi: props.httpApi,
        routeKey: HttpRouteKey.with(path, HttpMethod.GET),
        integration: new HttpLambdaIntegration(`PdfIntegration${i}`, this.handler.function, { timeout: pdfWait }),
      });
      Validations.of(pdf).acknowledge(applicationAuthorisation);
    }

    // CloudFront's access logs, delivered by the EdgeLogs stack in us-east-1 without the viewer's
    // address (../edge-logs-stack.ts), through CloudWatch's log delivery, which this policy lets write.
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Keep logs only as long as the stage keeps its other logs.
      lifecycleRules: [{ expiration: Duration.days(config.logRetention) }],
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !config.production,
    });
    this.accessLogs.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('delivery.logs.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.accessLogs.arnForObjects('cloudfront/*')],
        conditions: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': Stack.of(this).account },
        },
      }),
    );
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own access would write logs about log delivery.',
    });

    this.assets = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !config.production,
    });
    Validations.of(this.assets).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the built, public static files (scripts, styles, icons) and is read only by CloudFront ' +
        'through origin access control; deployments write it. There is nothing in it whose access needs auditing.',
    });

    this.headersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Equal Partners security headers',
      securityHeadersBehavior: {
        // The API's own policy (functions/src/http/security-headers.ts), for responses that bring none. Pages
        // bring SvelteKit's, which hashes its inline scripts per response, so it is not replaced (override off).
        contentSecurityPolicy: { contentSecurityPolicy, override: false },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: permissionsPolicy,
            override: true,
          },
        ],
      },
    });

    // Nothing is kept unless the app says so (no default TTL), and nothing longer than the app's
    // public answers: a minimum of zero lets `private, no-store` keep a response out of the cache.
    const followTheApp = {
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(sharedCacheSeconds),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    };
    // Every cookie is in the key: visitors without one share the public pages, and someone signed in
    // (whose page greets them, and which the app marks private) is never answered from that copy.
    const pagesCache = new CachePolicy(this, 'PagesCache', {
      comment: 'Equal Partners pages: cached as the app says, keyed on cookies and query',
      cookieBehavior: CacheCookieBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      ...followTheApp,
    });
    // Authorization is in the key (and so reaches the API): callers without one share the public
    // answers, and an answer for a token or API key is never given to anyone else.
    const apiCache = new CachePolicy(this, 'ApiCache', {
      comment: 'Equal Partners API: cached as the app says, keyed on Authorization and query',
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      ...followTheApp,
    });

    const dynamic: Omit<BehaviorOptions, 'cachePolicy'> = {
      origin: new HttpOrigin(props.apiDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        // Proves to the functions that the request came through CloudFront; replaces any value a viewer sends.
        customHeaders: { [originSecretHeader]: props.originSecret.secretValue.unsafeUnwrap() },
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      compress: true,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headersPolicy,
      functionAssociations: [
        {
          eventType: FunctionEventType.VIEWER_REQUEST,
          function: new CloudFrontFunction(this, 'ViewerRequest', {
            code: FunctionCode.fromInline(viewerRequest),
            runtime: FunctionRuntime.JS_2_0,
            comment: 'Pass the viewer host and address to the origin',
          }),
        },
      ],
    };
    const assetsOrigin = S3BucketOrigin.withOriginAccessControl(this.assets);
    const staticFiles: BehaviorOptions = {
      origin: assetsOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      compress: true,
      responseHeadersPolicy: this.headersPolicy,
    };
    // Each file and folder at the top of the build (`_app/`, favicon.svg, robots.txt) gets a
    // behaviour to S3; every other path is a page.
    const staticPaths = readdirSync(clientDir, { withFileTypes: true })
      .filter((entry) => !(entry.isFile() && /\.(br|gz)$/.test(entry.name)))
      .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`));
    if (staticPaths.length > 20)
      throw new Error(`web/build/client has ${staticPaths.length} top-level entries; CloudFront allows 25 behaviours.`);

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Equal Partners (${config.stage})`,
      defaultBehavior: { ...dynamic, cachePolicy: pagesCache },
      additionalBehaviors: {
        '/api/*': { ...dynamic, cachePolicy: apiCache },
        ...Object.fromEntries(staticPaths.map((path) => [path, staticFiles])),
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe edges only: the users are in the UK, and these edges cost least.
      priceClass: PriceClass.PRICE_CLASS_100,
      webAclId: props.webAclArn,
      ...(config.domain
        ? {
            domainNames: [config.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', config.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'Access logs are delivered by CloudFront standard logging (v2), set up in the us-east-1 EdgeLogs stack so ' +
        'that their lines leave out viewer addresses, which the legacy logging this check looks for cannot do.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'Geography is not an access control here: families and staff of UK partnerships may use the service ' +
        'from abroad, and access to data is decided by the application after sign-in.',
    });
    if (!config.domain)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          "Without a custom domain the distribution uses CloudFront's default *.cloudfront.net certificate, whose " +
          'security policy AWS fixes at TLSv1. Configuring a stage domain and certificate sets TLSv1.2_2021.',
      });
    this.url = `https://${config.domain?.name ?? this.distribution.distributionDomainName}`;

    // Hashed file names never change content: cache them for a year. Everything else revalidates.
    new BucketDeployment(this, 'ImmutableAssets', {
      sources: [Source.asset(join(clientDir, '_app', 'immutable'), { exclude: ['*.br', '*.gz'] })],
      destinationBucket: this.assets,
      destinationKeyPrefix: '_app/immutable/',
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
      // Pages still open in browsers keep loading the previous release's chunks.
      prune: false,
    });
    new BucketDeployment(this, 'OtherAssets', {
      sources: [Source.asset(clientDir, { exclude: ['_app/immutable', '_app/immutable/*', '*.br', '*.gz'] })],
      destinationBucket: this.assets,
      cacheControl: [CacheControl.fromString('public, max-age=0, must-revalidate')],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/_app/version.json', ...staticPaths.filter((path) => path !== '/_app/*')],
    });
    this.acknowledgeDeploymentFunction();
  }

  /** BucketDeployment's function is CDK's own, shared by the stack, and runs only while deploying. */
  private acknowledgeDeploymentFunction(): void {
    const stack = Stack.of(this);
    const assets = stack.getLogicalId(this.assets.node.defaultChild as CfnResource);
    const reason =
      "CDK's BucketDeployment function, which runs only during a deployment to copy the built assets from CDK's " +
      'asset bucket into the assets bucket and invalidate CloudFront. CDK defines its rights and runtime; they are ' +
      'limited to those two buckets and invalidation.';
    const findings = [
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map(
        (action) => `AwsSolutions-IAM5[Action::${action}]`,
      ),
      `AwsSolutions-IAM5[Resource::<${assets}.Arn>/*]`,
      `AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`,
      // cloudfront:CreateInvalidation, which BucketDeployment grants on every distribution.
      'AwsSolutions-IAM5[Resource::*]',
    ];
    for (const child of stack.node.children)
      if (child.node.id.startsWith('Custom::CDKBucketDeployment'))
        Validations.of(child).acknowledge(...findings.map((id) => ({ id, reason })));
  }

  /**
   * PDFs of pages are printed by `renderer` (the jobs function, which holds Chromium): the web
   * function is told its name and may invoke it, and nothing more.
   */
  renderPdfsWith(renderer: IFunction): void {
    this.handler.addEnvironment({ PDF_FUNCTION_NAME: renderer.functionName });
    // The function itself, not its versions (`grantInvoke` would add `:*`): the web function invokes $LATEST by name.
    this.handler.role.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [renderer.functionArn] }),
    );
  }
}
