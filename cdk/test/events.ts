/** Lambda events and results as API Gateway's HTTP API (payload format 2.0) delivers them behind CloudFront. */

export interface LambdaResult {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
  cookies?: string[];
}

export type LambdaHandler = (event: unknown, context: unknown) => Promise<LambdaResult>;

/** An HTTP API (payload 2.0) event as CloudFront -> API Gateway delivers it. */
export function apiGatewayEvent(
  method: string,
  path: string,
  extra: { headers?: Record<string, string>; body?: string } = {},
) {
  const [rawPath = path, rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'abc123.execute-api.eu-west-2.amazonaws.com', ...extra.headers },
    requestContext: {
      domainName: 'abc123.execute-api.eu-west-2.amazonaws.com',
      http: { method, path: rawPath, sourceIp: '130.176.0.1' },
    },
    body: extra.body ?? null,
    isBase64Encoded: false,
  };
}
