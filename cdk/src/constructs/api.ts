/**
 * The HTTP API and the `api` function. One `$default` stage (other stages would prefix
 * every path) with throttling and JSON access logs; `/api/*` goes to the Hono app, and
 * the web construct claims every other path for pages.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.ts';
import { AppFunction } from './app-function.ts';

/** Why the HTTP API's routes have no API Gateway authoriser; the web construct's pages route shares it. */
export const applicationAuthorisation = {
  id: 'AwsSolutions-APIG4',
  reason:
    'Authorisation happens in the application, in one place for every route: Cognito access tokens are verified ' +
    'with aws-jwt-verify and API keys against their stored SHA-256 hashes (functions/src/auth). An API Gateway ' +
    'authoriser cannot express this, because public dashboard pages and API-key clients share the same routes.',
};

export interface ApiProps {
  config: StageConfig;
  table: ITableV2;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly handler: AppFunction;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config } = props;
    this.handler = new AppFunction(this, 'Handler', {
      entry: 'api',
      description: 'Equal Partners HTTP API (Hono)',
      config,
    });
    this.handler.bindTable({ table: props.table, access: 'readwrite' });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `equal-partners-${config.stage}`,
      description: 'Equal Partners: the API under /api and server-rendered pages everywhere else',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            route: '$context.routeKey',
            status: '$context.status',
            bytes: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const integration = new HttpLambdaIntegration('ApiIntegration', this.handler.function, {
      timeout: Duration.seconds(10),
    });
    const routes = [
      ...this.httpApi.addRoutes({ path: '/api', methods: [HttpMethod.ANY], integration }),
      ...this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.ANY], integration }),
    ];
    for (const route of routes) Validations.of(route).acknowledge(applicationAuthorisation);
  }

  /** The API's host name, for CloudFront's origin (`apiEndpoint` is `https://<id>.execute-api.<region>.amazonaws.com`). */
  get domainName(): string {
    return `${this.httpApi.apiId}.execute-api.${this.httpApi.stack.region}.${this.httpApi.stack.urlSuffix}`;
  }
}
