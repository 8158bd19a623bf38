import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { passwordPolicy, roles } from '@equal-partners/shared';
import {
  aggregatorFilterPattern,
  importFilterPattern,
  aggregatorWrites,
  changeSources,
} from '@equal-partners/functions/changes/stream-filter';
import { sharedCacheSeconds } from '@equal-partners/functions/cache-policy';
import { apiTimeoutSeconds, jobsTimeoutSeconds } from '@equal-partners/functions/lambda/limits';
import { originSecretHeader, originSecretVariable } from '@equal-partners/functions/origin-secret';
import { contentSecurityPolicy } from '@equal-partners/functions/security-headers';
import { createTableInput, timeToLiveAttribute } from '@equal-partners/functions/store/table-definition';
import { stageConfig } from '../src/config.ts';
import { AppFunction } from '../src/constructs/app-function.ts';
import { Data } from '../src/constructs/data.ts';
import { apiGatewayEvent, type LambdaHandler } from './events.ts';
import { fieldsLeftOut } from '../src/edge-logs-stack.ts';
import { acknowledgements, resources, synth, unacknowledgedFindings } from './synth.ts';

// One production synth with real bundling and a custom domain, one dev synth reading the template only.
const domainName = 'partners.example.org.uk';
const prod = synth('prod', {
  domainName,
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0e0e0e0e-1111-2222-3333-444444444444',
  wafRequestsPerFiveMinutes: 2500,
});
const dev = synth('dev', {}, { bundle: false });
const { template } = prod;

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  prod.stack.getLogicalId(construct.node.defaultChild as never);
const functionsOf = (t = template) =>
  Object.entries(resources(t, 'AWS::Lambda::Function')).filter(
    ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
  );
const policyOf = (roleLogicalId: string) =>
  Object.values(resources(template, 'AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleLogicalId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
const actionsOf = (statements: { Action: string | string[] }[]) => statements.flatMap((s) => [s.Action].flat());

describe('the data table', () => {
  it('has the same keys and indexes as the table the local server creates', () => {
    const local = createTableInput('any');
    const [table] = Object.values(resources(template, 'AWS::DynamoDB::GlobalTable'));
    const byName = <T extends { AttributeName?: string }>(list: T[]) =>
      [...list].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName)));
    expect(table?.Properties.KeySchema).toEqual(local.KeySchema);
    expect(byName(table?.Properties.AttributeDefinitions)).toEqual(byName(local.AttributeDefinitions ?? []));
    expect(
      table?.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string; KeySchema: unknown }) => ({
        IndexName: i.IndexName,
        KeySchema: i.KeySchema,
      })),
    ).toEqual(local.GlobalSecondaryIndexes?.map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema })));
  });

  it('is on demand, with point-in-time recovery, a stream of old and new images, and TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
  });

  it('is retained in production and removable in a dev stage', () => {
    expect(Object.values(resources(template, 'AWS::DynamoDB::GlobalTable'))[0]?.DeletionPolicy).toBe('Retain');
    expect(Object.values(resources(dev.template, 'AWS::DynamoDB::GlobalTable'))[0]?.DeletionPolicy).toBe('Delete');
  });
});

describe('the functions', () => {
  it('all run Node 24 on arm64 (jobs on x86_64, for its Chromium) with source maps, Powertools settings and the table name', () => {
    const functions = functionsOf();
    expect(functions.map(([id]) => id)).toEqual(
      expect.arrayContaining([logicalId(prod.stack.api.handler.function), logicalId(prod.stack.web.handler.function)]),
    );
    const jobs = logicalId(prod.stack.jobs.jobs.function);
    // The user pool's message trigger is the one function without the table (see sign-in below).
    const poolMessages = logicalId(prod.stack.auth.messages.function);
    for (const [id, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: [id === jobs ? 'x86_64' : 'arm64'],
        Handler: 'index.handler',
      });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'equal-partners',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      });
      if (id !== poolMessages)
        expect(fn.Properties.Environment.Variables.TABLE_NAME, id).toEqual({
          Ref: expect.stringMatching(/^DataTable/),
        });
    }
  });

  it('each log to their own log group, kept for the stage retention', () => {
    for (const [, fn] of functionsOf()) {
      const group = resources(template, 'AWS::Logs::LogGroup')[fn.Properties.LoggingConfig.LogGroup.Ref];
      expect(group?.Properties.RetentionInDays).toBe(400);
      expect(group?.DeletionPolicy).toBe('Retain');
    }
    for (const [, fn] of functionsOf(dev.template)) {
      const group = resources(dev.template, 'AWS::Logs::LogGroup')[fn.Properties.LoggingConfig.LogGroup.Ref];
      expect(group?.Properties.RetentionInDays).toBe(14);
    }
  });

  it('have roles without managed policies, writing only to their own log group', () => {
    for (const [, fn] of functionsOf()) {
      const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
      expect(resources(template, 'AWS::IAM::Role')[roleId]?.Properties.ManagedPolicyArns).toBeUndefined();
      const logs = policyOf(roleId).filter((s) => actionsOf([s]).some((a) => a.startsWith('logs:')));
      expect(logs).toEqual([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [fn.Properties.LoggingConfig.LogGroup.Ref, 'Arn'] },
        },
      ]);
    }
  });
});

describe('table rights, per function (docs/decisions/0210)', () => {
  type Statement = { Action: string | string[]; Resource: unknown };
  const roleOf = (fn: Parameters<typeof logicalId>[0]) =>
    (resources(template, 'AWS::Lambda::Function')[logicalId(fn)]?.Properties.Role['Fn::GetAtt'][0] as string) ?? '';
  const dynamoOf = (roleId: string) =>
    policyOf(roleId).filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:'))) as Statement[];
  const table = logicalId(prod.stack.data.table);
  const tableArn = { 'Fn::GetAtt': [table, 'Arn'] };
  const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn, `/index/${name}`]] });
  const streamArn = { 'Fn::GetAtt': [table, 'StreamArn'] };
  const sorted = (actions: string[]) => [...actions].sort();
  const apiActions = [
    'dynamodb:BatchGetItem',
    'dynamodb:DeleteItem',
    'dynamodb:DescribeTable',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:Query',
    'dynamodb:UpdateItem',
  ];
  const expected = {
    api: { fn: prod.stack.api.handler.function, table: apiActions, indexes: ['gsi1', 'gsi2'], stream: false },
    // Pages run the API's queries (not its health probe), and keep sessions and revocations: get, put, update, delete.
    web: {
      fn: prod.stack.web.handler.function,
      table: apiActions.filter((action) => action !== 'dynamodb:DescribeTable'),
      indexes: ['gsi1', 'gsi2'],
      stream: false,
    },
    aggregator: {
      fn: prod.stack.jobs.aggregator.function,
      table: ['dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      indexes: ['gsi1'],
      stream: true,
    },
    // The reconcile and retention scan; an import reads its parts and writes, changes and takes back records.
    jobs: {
      fn: prod.stack.jobs.jobs.function,
      table: [
        'dynamodb:BatchGetItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:Scan',
        'dynamodb:UpdateItem',
      ],
      indexes: ['gsi1', 'gsi2'],
      // New imports come to it from the table's stream (docs/decisions/0113).
      stream: true,
    },
  };

  for (const [name, want] of Object.entries(expected))
    it(`grants the ${name} function exactly the table actions its code sends, on the table and the indexes it queries`, () => {
      const statements = dynamoOf(roleOf(want.fn));
      const onTable = statements.filter((s) => JSON.stringify(s.Resource) === JSON.stringify(tableArn));
      const onIndexes = statements.filter((s) => JSON.stringify(s.Resource).includes('/index/'));
      const onStream = statements.filter((s) => JSON.stringify(s.Resource) === JSON.stringify(streamArn));
      expect(sorted(actionsOf(onTable))).toEqual(want.table);
      expect(onIndexes.map((s) => actionsOf([s]))).toEqual([['dynamodb:Query']]);
      expect(onIndexes.flatMap((s) => [s.Resource].flat())).toEqual(want.indexes.map(indexArn));
      // The aggregator's and the jobs function's event sources read the table's stream, and nothing else does.
      expect(sorted(actionsOf(onStream))).toEqual(
        want.stream
          ? ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams']
          : [],
      );
      expect(statements).toHaveLength(onTable.length + onIndexes.length + onStream.length);
    });

  it('lets only the jobs function scan, and no function create, change or delete the table or use wildcards', () => {
    const functions = functionsOf();
    // Every function is listed above, but the user pool's message trigger, which has no rights on the table.
    expect(functions).toHaveLength(Object.keys(expected).length + 1);
    for (const [id, fn] of functions) {
      const statements = dynamoOf(fn.Properties.Role['Fn::GetAtt'][0] as string);
      const actions = actionsOf(statements);
      expect(actions.includes('dynamodb:Scan'), id).toBe(id === logicalId(prod.stack.jobs.jobs.function));
      expect(actions.filter((a) => /\*|Table$|TimeToLive|PartiQL|Export|Import|Backup/.test(a))).toEqual(
        // The api's health probe.
        id === logicalId(prod.stack.api.handler.function) ? ['dynamodb:DescribeTable'] : [],
      );
      for (const statement of statements) expect(JSON.stringify(statement.Resource)).not.toMatch(/\*/);
    }
  });

  it("keeps sessions and revocations expiring by the table's TTL attribute, set from the same definition", () => {
    const [dataTable] = Object.values(resources(template, 'AWS::DynamoDB::GlobalTable'));
    expect(dataTable?.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: timeToLiveAttribute,
      Enabled: true,
    });
  });

  it('bindTable grants only the actions it is given, and Query on indexes only when asked', () => {
    const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Grants');
    const fn = new AppFunction(stack, 'Reader', { entry: 'api', description: 'reads', config: stageConfig('dev') });
    const data = new Data(stack, 'Data', { production: false });
    fn.bindTable(data.table, { actions: ['dynamodb:GetItem'], indexes: [] });
    const statements = Object.values(resources(Template.fromStack(stack), 'AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Statement[],
    );
    expect(statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:')))).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] },
      },
    ]);
    expect(() => fn.bindTable(data.table, { actions: ['dynamodb:GetItem'], indexes: ['gsi1'] })).toThrow(/Query/);
  });
});

describe('the api function bundle', () => {
  const fn = resources(template, 'AWS::Lambda::Function')[logicalId(prod.stack.api.handler.function)];
  const assetDir = join(prod.app.outdir, `asset.${String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '')}`);

  it('ships the OpenAPI document of its routes beside the handler', () => {
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
    const document = JSON.parse(readFileSync(join(assetDir, 'openapi.json'), 'utf8')) as { paths: object };
    expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'Equal Partners API' } });
    expect(Object.keys(document.paths)).toContain('/api/v1/activities/{id}');
  });
});

describe('the web function bundle', () => {
  const fn = resources(template, 'AWS::Lambda::Function')[logicalId(prod.stack.web.handler.function)];
  const assetDir = join(prod.app.outdir, `asset.${String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '')}`);

  it('ships the built SvelteKit server beside the handler as ESM, without source maps', () => {
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
    expect(existsSync(join(assetDir, 'sveltekit', 'server.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(assetDir, 'sveltekit', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    expect(existsSync(join(assetDir, 'sveltekit', 'server.js.map'))).toBe(false);
  });

  it("renders through the SvelteKit server with the viewer's origin, address, body and cookies", async () => {
    process.env.STAGE = 'prod';
    const { handler } = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as { handler: LambdaHandler };
    const headers = { 'x-forwarded-host': domainName, 'x-viewer-address': '203.0.113.9', 'content-type': 'text/plain' };
    const response = await handler(
      apiGatewayEvent('POST', '/signatories?sector=health', { headers, body: 'hello' }),
      {},
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      url: `https://${domainName}/signatories?sector=health`,
      method: 'POST',
      body: 'hello',
      client: '203.0.113.9',
      stage: 'prod',
    });
    expect(response.cookies).toEqual(['session=abc; Path=/; HttpOnly', 'theme=light; Path=/']);

    const direct = await handler(apiGatewayEvent('GET', '/'), {});
    expect(JSON.parse(direct.body)).toMatchObject({
      url: 'https://abc123.execute-api.eu-west-2.amazonaws.com/',
      client: '130.176.0.1',
    });
  });
});

describe('the HTTP API', () => {
  it('serves one $default stage with throttling and JSON access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('"status":"\\$context.status"'),
      },
    });
    expect(Object.keys(resources(template, 'AWS::ApiGatewayV2::Stage'))).toHaveLength(1);
  });

  it('sends /api/* to the api function and every other path to the web function', () => {
    const integrations = resources(template, 'AWS::ApiGatewayV2::Integration');
    const target = (routeKey: string) => {
      const route = Object.values(resources(template, 'AWS::ApiGatewayV2::Route')).find(
        (r) => r.Properties.RouteKey === routeKey,
      );
      const integrationId = (route?.Properties.Target['Fn::Join'][1][1] as { Ref: string }).Ref;
      return integrations[integrationId]?.Properties.IntegrationUri['Fn::GetAtt'][0];
    };
    expect(target('ANY /api/{proxy+}')).toBe(logicalId(prod.stack.api.handler.function));
    expect(target('ANY /api')).toBe(logicalId(prod.stack.api.handler.function));
    expect(target('$default')).toBe(logicalId(prod.stack.web.handler.function));
  });
});

describe('CloudFront', () => {
  const [distribution] = Object.values(resources(template, 'AWS::CloudFront::Distribution'));
  const config = distribution?.Properties.DistributionConfig;
  const origins = config.Origins as { Id: string; DomainName: unknown; OriginAccessControlId?: unknown }[];
  const originOf = (behavior: { TargetOriginId: string }) => origins.find((o) => o.Id === behavior.TargetOriginId);
  const behaviorFor = (pattern: string) =>
    config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);
  const apiHost = JSON.stringify({ Ref: logicalId(prod.stack.api.httpApi) });

  it('sends pages and /api/* to the HTTP API, with every method and every viewer header but Host', () => {
    for (const behavior of [config.DefaultCacheBehavior, behaviorFor('/api/*')]) {
      expect(JSON.stringify(originOf(behavior)?.DomainName)).toContain(apiHost);
      expect(behavior).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
        AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'DELETE']),
        Compress: true,
      });
    }
  });

  describe('caching', () => {
    const policies = resources(template, 'AWS::CloudFront::CachePolicy');
    const policyOf = (behavior: { CachePolicyId: { Ref: string } }) =>
      policies[behavior.CachePolicyId.Ref]?.Properties.CachePolicyConfig;

    it('keeps pages and API answers only as long as the app says, and never longer than its public answers', () => {
      for (const behavior of [config.DefaultCacheBehavior, behaviorFor('/api/*')]) {
        // Not CloudFront's managed CachingDisabled policy: a policy of the stack's own.
        expect(behavior.CachePolicyId).toEqual({ Ref: expect.any(String) });
        expect(policyOf(behavior)).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: sharedCacheSeconds });
        expect(policyOf(behavior).ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
        });
      }
    });

    it('keys pages on every cookie, so someone signed in is never answered with the public copy', () => {
      expect(policyOf(config.DefaultCacheBehavior).ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        CookiesConfig: { CookieBehavior: 'all' },
        HeadersConfig: { HeaderBehavior: 'none' },
      });
    });

    it('keys the API on Authorization, which so reaches it, so no answer for a credential is given to another', () => {
      expect(policyOf(behaviorFor('/api/*')).ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
      });
    });

    it('keeps the built assets with CloudFront’s managed caching policy', () => {
      expect(behaviorFor('/_app/*').CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6');
    });
  });

  it('proves to the HTTP API that requests came through it, with a secret the template only references', () => {
    const secretId = logicalId(prod.stack.api.originSecret);
    // `{{resolve:secretsmanager:<arn>:SecretString:::}}`: CloudFormation resolves it while deploying.
    const reference = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']] };
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
    });
    const apiOrigin = originOf(config.DefaultCacheBehavior) as { OriginCustomHeaders?: unknown };
    expect(apiOrigin.OriginCustomHeaders).toEqual([{ HeaderName: originSecretHeader, HeaderValue: reference }]);

    const functions = resources(template, 'AWS::Lambda::Function');
    const variablesOf = (fn: Parameters<typeof logicalId>[0]) =>
      functions[logicalId(fn)]?.Properties.Environment.Variables as Record<string, unknown>;
    const { api, web, jobs } = prod.stack;
    for (const fn of [api.handler.function, web.handler.function]) {
      expect(variablesOf(fn)[originSecretVariable]).toEqual(reference);
      // Updated only once the distribution sends the header, so turning the check on refuses nothing it sends.
      expect(functions[logicalId(fn)]?.DependsOn).toContain(logicalId(web.distribution));
    }
    for (const fn of [jobs.aggregator.function, jobs.jobs.function])
      expect(variablesOf(fn)).not.toHaveProperty(originSecretVariable);
  });

  it('serves built assets from the private bucket through origin access control', () => {
    for (const pattern of ['/_app/*', '/api-docs/*', '/favicon.svg', '/robots.txt']) {
      const origin = originOf(behaviorFor(pattern));
      expect(origin?.OriginAccessControlId).toBeDefined();
      expect(JSON.stringify(origin?.DomainName)).toContain(logicalId(prod.stack.web.assets));
    }
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
  });

  it('puts the security headers policy on every behaviour', () => {
    const policy = { Ref: logicalId(prod.stack.web.headersPolicy) };
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors])
      expect(behavior.ResponseHeadersPolicyId).toEqual(policy);
    const [headers] = Object.values(resources(template, 'AWS::CloudFront::ResponseHeadersPolicy'));
    const security = headers?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(/frame-ancestors 'none'/);
    expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(/default-src 'self'/);
    // The policy the API sends itself, so the edge and the app agree.
    expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toBe(contentSecurityPolicy);
    expect(security.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(security.StrictTransportSecurity.Override).toBe(true);
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(security.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
  });

  it("passes the viewer's host and address to the origin, overwriting what a viewer sends", () => {
    const [fn] = Object.values(resources(template, 'AWS::CloudFront::Function'));
    const handler = new Function(`${fn?.Properties.FunctionCode}; return handler;`)() as (event: unknown) => {
      headers: Record<string, { value: string }>;
    };
    const request = handler({
      viewer: { ip: '203.0.113.9' },
      request: { headers: { host: { value: domainName }, 'x-viewer-address': { value: '10.0.0.1' } } },
    });
    expect(request.headers['x-forwarded-host']).toEqual({ value: domainName });
    expect(request.headers['x-viewer-address']).toEqual({ value: '203.0.113.9' });
  });

  it('answers on the custom domain with TLS 1.2 or later', () => {
    expect(config.Aliases).toEqual([domainName]);
    expect(config.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });

  it('keeps access logs in their own bucket only as long as other logs, with no viewer address in them', () => {
    // No legacy logging, whose lines always hold the viewer's address: the EdgeLogs stack delivers them.
    expect(config.Logging).toBeUndefined();
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 400, Status: 'Enabled' })] },
    });
    expect(prod.edgeLogs.region).toBe('us-east-1');
    expect(prod.edgeLogs.dependencies).toContain(prod.stack);
    const [source] = Object.values(resources(prod.edgeLogsTemplate, 'AWS::Logs::DeliverySource'));
    expect(source?.Properties.LogType).toBe('ACCESS_LOGS');
    const [delivery] = Object.values(resources(prod.edgeLogsTemplate, 'AWS::Logs::Delivery'));
    const fields = delivery?.Properties.RecordFields as string[];
    expect(fields).toContain('cs-uri-stem');
    for (const field of fieldsLeftOut) expect(fields).not.toContain(field);
    expect(fieldsLeftOut).toEqual(expect.arrayContaining(['c-ip', 'x-forwarded-for']));
  });
});

describe('AWS WAF', () => {
  const acls = resources(prod.edgeTemplate, 'AWS::WAFv2::WebACL');
  const [[aclId, acl]] = Object.entries(acls) as [[string, (typeof acls)[string]]];
  const [rule] = acl.Properties.Rules;

  it('has its web ACL in us-east-1, where CloudFront needs it, deployed before the stack that uses it', () => {
    expect(Object.keys(acls)).toHaveLength(1);
    expect(prod.edge.region).toBe('us-east-1');
    expect(prod.stack.region).toBe('eu-west-2');
    expect(prod.edge.stackName).toBe('EqualPartners-prod-Edge');
    expect(prod.stack.dependencies).toContain(prod.edge);
    expect(acl.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
  });

  it('protects the distribution', () => {
    const [distribution] = Object.values(resources(template, 'AWS::CloudFront::Distribution'));
    const reference = distribution?.Properties.DistributionConfig.WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: 'EqualPartners-prod-Edge', Region: 'us-east-1' });
    expect(prod.edgeTemplate.toJSON().Outputs[reference.OutputName].Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
  });

  it('limits each address to the stage’s requests for pages and the API in five minutes', () => {
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: 2500,
      EvaluationWindowSec: 300,
      AggregateKeyType: 'IP',
    });
    const [devAcl] = Object.values(resources(dev.edgeTemplate, 'AWS::WAFv2::WebACL'));
    expect(devAcl?.Properties.Rules[0].Statement.RateBasedStatement.Limit).toBe(1000);
    // The built assets a first visit loads by the dozen do not count, matched on the decoded, normalised path.
    expect(rule.Statement.RateBasedStatement.ScopeDownStatement).toEqual({
      NotStatement: {
        Statement: {
          ByteMatchStatement: {
            FieldToMatch: { UriPath: {} },
            PositionalConstraint: 'STARTS_WITH',
            SearchString: '/_app/',
            TextTransformations: [
              { Priority: 0, Type: 'URL_DECODE' },
              { Priority: 1, Type: 'NORMALIZE_PATH' },
            ],
          },
        },
      },
    });
  });

  it('answers an address over its rate with a 429 problem, and keeps metrics and samples', () => {
    expect(rule.Action).toEqual({
      Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'rate-limited' } },
    });
    const body = acl.Properties.CustomResponseBodies['rate-limited'];
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toMatchObject({ status: 429, type: '/api/problems/rate-limited' });
    for (const visibility of [acl.Properties.VisibilityConfig, rule.VisibilityConfig])
      expect(visibility).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
  });
});

describe('the buckets', () => {
  it('block every kind of public access and refuse plain HTTP', () => {
    const buckets = resources(template, 'AWS::S3::Bucket');
    expect(Object.keys(buckets).length).toBeGreaterThanOrEqual(2);
    for (const bucket of Object.values(buckets))
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    for (const policy of Object.values(resources(template, 'AWS::S3::BucketPolicy'))) {
      const statements = policy.Properties.PolicyDocument.Statement as Record<string, unknown>[];
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
      for (const allow of statements.filter((s) => s.Effect === 'Allow')) expect(allow.Principal).not.toEqual('*');
    }
  });

  it('let only this distribution read the assets', () => {
    const assets = logicalId(prod.stack.web.assets);
    const policy = Object.values(resources(template, 'AWS::S3::BucketPolicy')).find(
      (p) => p.Properties.Bucket.Ref === assets,
    );
    type Statement = { Effect: string; Action: unknown; Principal?: { Service?: string }; Condition?: unknown };
    const reads = (policy?.Properties.PolicyDocument.Statement as Statement[]).filter(
      (s) => s.Effect === 'Allow' && s.Principal?.Service === 'cloudfront.amazonaws.com',
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]?.Action).toBe('s3:GetObject');
    expect(JSON.stringify(reads[0]?.Condition)).toContain(logicalId(prod.stack.web.distribution));
  });
});

describe('sign-in', () => {
  it('has no self sign-up, and requires an authenticator app', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('has a group for each role', () => {
    const groups = Object.values(resources(template, 'AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...roles].sort());
  });

  it('lets the site’s own sign-in pages send the password and the code, and nothing the pages do not use', () => {
    const clients = Object.values(resources(template, 'AWS::Cognito::UserPoolClient'));
    expect(clients).toHaveLength(1);
    expect([...clients[0]!.Properties.ExplicitAuthFlows].sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
    ]);
    // Setting up an authenticator app between the password and the first code takes longer than Cognito's 3 minutes.
    expect(clients[0]!.Properties.AuthSessionValidity).toBe(10);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: passwordPolicy.minLength,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
    });
  });

  it('keeps the hosted sign-in as a fallback, with the authorisation code flow only, back to the site', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [`https://${domainName}/auth/callback`],
    });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.anyValue() }), 'http://localhost:3000/auth/callback'],
    });
  });

  it('tells the api and web functions which pool and client to trust', () => {
    const functions = resources(template, 'AWS::Lambda::Function');
    for (const fn of [prod.stack.api.handler.function, prod.stack.web.handler.function])
      expect(Object.keys(functions[logicalId(fn)]?.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining(['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'COGNITO_DOMAIN']),
      );
  });

  it('lets the api and web functions manage accounts in this user pool only, and no other function', () => {
    const functions = resources(template, 'AWS::Lambda::Function');
    const roleOf = (fn: Parameters<typeof logicalId>[0]) =>
      (functions[logicalId(fn)]?.Properties.Role['Fn::GetAtt'][0] as string) ?? '';
    const pool = { 'Fn::GetAtt': [logicalId(prod.stack.auth.userPool), 'Arn'] };
    const cognitoStatements = (fn: Parameters<typeof logicalId>[0]) =>
      policyOf(roleOf(fn)).filter((st) => actionsOf([st]).some((a) => a.startsWith('cognito-idp:')));
    for (const fn of [prod.stack.api.handler.function, prod.stack.web.handler.function]) {
      const statements = cognitoStatements(fn);
      expect(actionsOf(statements).sort()).toEqual(
        [
          'cognito-idp:AdminAddUserToGroup',
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminListGroupsForUser',
          'cognito-idp:AdminRemoveUserFromGroup',
          'cognito-idp:AdminUserGlobalSignOut',
          'cognito-idp:CreateGroup',
          'cognito-idp:ListUsers',
        ].sort(),
      );
      for (const statement of statements) expect(statement.Resource).toEqual(pool);
    }
    expect(cognitoStatements(prod.stack.jobs.aggregator.function)).toEqual([]);
    // The jobs function reads the accounts the daily alerts go to, and changes none.
    const jobs = cognitoStatements(prod.stack.jobs.jobs.function);
    expect(actionsOf(jobs).sort()).toEqual(['cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsers']);
    for (const statement of jobs) expect(statement.Resource).toEqual(pool);
  });

  it("writes the pool's e-mails with its custom message trigger, which Cognito may invoke for this pool only", () => {
    const pool = logicalId(prod.stack.auth.userPool);
    const messages = logicalId(prod.stack.auth.messages.function);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { CustomMessage: { 'Fn::GetAtt': [messages, 'Arn'] } },
    });
    const permissions = Object.values(resources(template, 'AWS::Lambda::Permission')).filter(
      (p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [messages, 'Arn'] }),
    );
    expect(permissions.map((p) => p.Properties)).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [messages, 'Arn'] },
        Principal: 'cognito-idp.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [pool, 'Arn'] },
      },
    ]);
    const fn = resources(template, 'AWS::Lambda::Function')[messages];
    // Cognito waits 5 seconds for a trigger; the invitation links to the site's sign-in page.
    expect(fn?.Properties.Timeout).toBe(5);
    expect(fn?.Properties.Environment.Variables.SITE_URL).toBe(`https://${domainName}`);
  });

  it("gives the pool's message trigger nothing but its own logs: no table, no pool, no settings of either", () => {
    const fn = resources(template, 'AWS::Lambda::Function')[logicalId(prod.stack.auth.messages.function)];
    const statements = policyOf(fn?.Properties.Role['Fn::GetAtt'][0] as string);
    expect(actionsOf(statements).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(Object.keys(fn?.Properties.Environment.Variables).filter((v) => /TABLE|COGNITO/.test(v))).toEqual([]);
  });

  it('tells no other function about sign-in, and the jobs function only where the accounts are', () => {
    const functions = resources(template, 'AWS::Lambda::Function');
    const variables = (fn: Parameters<typeof logicalId>[0]) =>
      Object.keys(functions[logicalId(fn)]?.Properties.Environment.Variables);
    expect(variables(prod.stack.jobs.aggregator.function)).not.toContain('COGNITO_USER_POOL_ID');
    expect(variables(prod.stack.jobs.jobs.function)).toContain('COGNITO_USER_POOL_ID');
    expect(variables(prod.stack.jobs.jobs.function)).not.toContain('COGNITO_CLIENT_ID');
  });
});

describe('background work', () => {
  const { jobs } = prod.stack;
  const arnOf = (construct: Parameters<typeof logicalId>[0]) => ({ 'Fn::GetAtt': [logicalId(construct), 'Arn'] });

  it("feeds the table's stream to the aggregator with partial failures, bisection, bounded retries and a dead-letter queue", () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(jobs.aggregator.function) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(prod.stack.data.table), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 24 * 3600,
      DestinationConfig: { OnFailure: { Destination: arnOf(jobs.aggregatorDeadLetters) } },
    });
  });

  it('invokes the aggregator only for changes of the records people enter, by their partition keys', () => {
    const mapping = Object.values(resources(template, 'AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName.Ref === logicalId(jobs.aggregator.function),
    );
    const filters = mapping?.Properties.FilterCriteria.Filters as { Pattern: string }[];
    expect(filters).toEqual([{ Pattern: JSON.stringify(aggregatorFilterPattern) }]);
    const allowed = JSON.parse(filters[0]!.Pattern).dynamodb.Keys.pk.S as (string | { prefix: string })[];
    expect(allowed).toEqual(
      expect.arrayContaining([changeSources.partnership, changeSources.activity, changeSources.loop]),
    );
    // What the aggregator writes itself (rollups, standings, audit events) and idempotency records never pass.
    const starts = allowed.map((rule) => (typeof rule === 'string' ? rule : rule.prefix));
    for (const written of aggregatorWrites) expect(starts.some((start) => written.startsWith(start))).toBe(false);
  });

  it('hands the jobs function each new import from the stream, one at a time, parking what fails after two retries', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(jobs.jobs.function) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(prod.stack.data.table), 'StreamArn'] },
      BatchSize: 1,
      MaximumRetryAttempts: 2,
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify(importFilterPattern) }] },
      DestinationConfig: { OnFailure: { Destination: arnOf(jobs.jobsDeadLetters) } },
    });
    // Only the head of a new import passes: not its parts, not its moves, not the records it writes.
    const pattern = importFilterPattern.dynamodb.Keys;
    const starts = pattern.pk.S.map((rule) => rule.prefix);
    expect(importFilterPattern.eventName).toEqual(['INSERT']);
    expect(pattern.sk.S.every((sk) => typeof sk === 'string')).toBe(true);
    for (const source of Object.values(changeSources)) {
      const start = typeof source === 'string' ? source : source.prefix;
      expect(starts.some((s) => start.startsWith(s))).toBe(false);
    }
    // The jobs function has the time an import of the most rows needs, the API its own ten seconds.
    const functions = resources(template, 'AWS::Lambda::Function');
    expect(functions[logicalId(jobs.jobs.function)]?.Properties.Timeout).toBe(jobsTimeoutSeconds);
    expect(functions[logicalId(prod.stack.api.handler.function)]?.Properties.Timeout).toBe(apiTimeoutSeconds);
  });

  it('runs the reconcile nightly, retrying twice and parking failed runs', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 2 * * ? *)',
      Targets: [
        Match.objectLike({
          Arn: arnOf(jobs.jobs.function),
          Input: JSON.stringify({ job: 'reconcile' }),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: arnOf(jobs.jobsDeadLetters) },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(jobs.jobs.function) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: arnOf(jobs.jobsDeadLetters) } },
    });
  });

  it('sends the daily alerts every morning, and lets only the jobs function send e-mail, from AlertsFrom', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      Targets: [Match.objectLike({ Arn: arnOf(jobs.jobs.function), Input: JSON.stringify({ job: 'alerts' }) })],
    });
    const functions = resources(template, 'AWS::Lambda::Function');
    expect(functions[logicalId(jobs.jobs.function)]?.Properties.Environment.Variables).toMatchObject({
      ALERTS_FROM: { Ref: 'AlertsFrom' },
    });
    const sesStatements = (roleId: string) =>
      policyOf(roleId).filter((st) => actionsOf([st]).some((a) => a.startsWith('ses:')));
    for (const [id, fn] of functionsOf()) {
      const statements = sesStatements(fn.Properties.Role['Fn::GetAtt'][0] as string);
      if (id !== logicalId(jobs.jobs.function)) {
        expect(statements, id).toEqual([]);
        continue;
      }
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatchObject({
        Action: 'ses:SendEmail',
        Effect: 'Allow',
        Condition: { StringEquals: { 'ses:FromAddress': { Ref: 'AlertsFrom' } } },
      });
      expect(JSON.stringify(statements[0]!.Resource)).toContain(':identity/*');
    }
  });

  it('sends the overdue digest every Monday morning to a topic the board subscribes to by e-mail', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 7 ? * MON *)',
      Targets: [Match.objectLike({ Arn: arnOf(jobs.jobs.function), Input: JSON.stringify({ job: 'overdue-digest' }) })],
    });
    const topic = { Ref: logicalId(jobs.digestTopic) };
    expect(
      resources(template, 'AWS::Lambda::Function')[logicalId(jobs.jobs.function)]?.Properties.Environment.Variables,
    ).toMatchObject({
      DIGEST_TOPIC_ARN: topic,
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: 'sns:Publish', Effect: 'Allow', Resource: topic })]),
      },
    });
    const [subscription] = Object.values(resources(template, 'AWS::SNS::Subscription')).filter(
      (r) => JSON.stringify(r.Properties?.TopicArn) === JSON.stringify(topic),
    );
    expect(subscription?.Properties).toMatchObject({ Protocol: 'email', Endpoint: { Ref: 'DigestEmail' } });
    expect(subscription?.Condition).toBeDefined();
  });

  it('keeps dead letters encrypted, for two weeks, reachable only over TLS', () => {
    for (const queue of [jobs.aggregatorDeadLetters, jobs.jobsDeadLetters]) {
      expect(resources(template, 'AWS::SQS::Queue')[logicalId(queue)]?.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    }
    const policies = Object.values(resources(template, 'AWS::SQS::QueuePolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies)
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
  });

  it('gives the aggregator stream, table and queue rights with no wildcards', () => {
    const roleId = resources(template, 'AWS::Lambda::Function')[logicalId(jobs.aggregator.function)]?.Properties.Role[
      'Fn::GetAtt'
    ][0] as string;
    const statements = policyOf(roleId);
    expect(actionsOf(statements)).toEqual(
      expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:PutItem', 'sqs:SendMessage']),
    );
    for (const statement of statements) expect(JSON.stringify(statement.Resource)).not.toMatch(/\*/);
  });

  it('alarms on dead letters, a stream consumer falling behind, and repaired drift', () => {
    const alarms = Object.values(resources(template, 'AWS::CloudWatch::Alarm'));
    const queues = alarms
      .filter((a) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible')
      .map((a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0]);
    expect(queues.sort()).toEqual([logicalId(jobs.aggregatorDeadLetters), logicalId(jobs.jobsDeadLetters)].sort());
    expect(alarms.find((a) => a.Properties.MetricName === 'IteratorAge')?.Properties.Dimensions[0].Value).toEqual({
      Ref: logicalId(jobs.aggregator.function),
    });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(jobs.jobs.logGroup) },
      FilterPattern: Match.stringLikeRegexp('WARN'),
    });
    expect(alarms.some((a) => String(a.Properties.MetricName).startsWith('RollupDrift'))).toBe(true);
  });
});

describe('monitoring', () => {
  it('e-mails the address in the AlarmEmail parameter, only when one is given', () => {
    template.hasParameter('AlarmEmail', { Type: 'String', Default: '' });
    const subscription = Object.values(resources(template, 'AWS::SNS::Subscription')).find(
      (r) => JSON.stringify(r.Properties?.Endpoint) === JSON.stringify({ Ref: 'AlarmEmail' }),
    );
    expect(subscription?.Properties).toMatchObject({ Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } });
    expect(subscription?.Condition).toBeDefined();
  });

  it('alarms on errors and throttles of every function and on API server errors, to the topic', () => {
    const alarms = Object.values(resources(template, 'AWS::CloudWatch::Alarm'));
    const watched = (metric: string) =>
      alarms
        .filter((a) => a.Properties.MetricName === metric)
        .map((a) => a.Properties.Dimensions?.[0]?.Value?.Ref as string);
    const functions = functionsOf().map(([id]) => id);
    expect(watched('Errors').sort()).toEqual([...functions].sort());
    expect(watched('Throttles').sort()).toEqual([...functions].sort());
    expect(watched('5xx')).toEqual([logicalId(prod.stack.api.httpApi)]);
    const topic = { Ref: logicalId(prod.stack.monitoring.topic) };
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([topic]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('has no unacknowledged findings in production or in a dev stage, in either region', () => {
    for (const stack of [prod.stack, prod.edge, prod.edgeLogs, dev.stack, dev.edge, dev.edgeLogs])
      expect(unacknowledgedFindings(stack), stack.stackName).toEqual([]);
  });

  it('needs no acknowledgement that CloudFront goes without AWS WAF', () => {
    const all = [prod.stack, prod.edge, dev.stack, dev.edge].flatMap((stack) => acknowledgements(stack));
    expect(all.map(({ id }) => id)).not.toContain('AwsSolutions-CFR2');
  });

  it('gives every acknowledgement a reason and lists it in docs/deploy.md', () => {
    const docs = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const all = [prod.stack, prod.edge, dev.stack, dev.edge].flatMap((stack) => acknowledgements(stack));
    expect(all.length).toBeGreaterThan(0);
    for (const { id, reason } of all) {
      expect(reason.length, id).toBeGreaterThan(80);
      expect(docs, `docs/deploy.md lists ${id}`).toContain(id.replace(/\[.*$/, ''));
    }
  });
});
