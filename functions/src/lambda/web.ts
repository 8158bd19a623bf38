/**
 * The `web` Lambda: SvelteKit's server rendering behind API Gateway's HTTP API.
 *
 * The built SvelteKit server (`web/build/server`, self-contained: adapter-node bundles every
 * dependency) ships beside this handler as `sveltekit/`. Pages run the API's queries (docs/decisions/0016),
 * so this function needs the same TABLE_NAME as the `api` function. Static assets never
 * reach it: CloudFront serves them from S3. With ORIGIN_VERIFY_SECRET set it answers only
 * requests that came through CloudFront, as the `api` function does.
 */
import { Hono } from 'hono';
import { handle, type ApiGatewayRequestContextV2 } from 'hono/aws-lambda';
import { originSecretFromEnv, requireOriginSecret } from '../http/middleware/origin-secret.ts';

/** The part of SvelteKit's built `Server` this adapter uses. */
export interface SvelteKitServer {
  init(options: { env: Record<string, string> }): Promise<void>;
  respond(request: Request, options: { getClientAddress(): string }): Promise<Response>;
}

type Bindings = { requestContext?: Partial<ApiGatewayRequestContextV2> };

/**
 * The request as the viewer sent it. API Gateway sees CloudFront's request to the
 * execute-api host; CloudFront's viewer-request function copies the viewer's Host into
 * `x-forwarded-host`, and SvelteKit needs the viewer's origin for redirects and its
 * same-origin check on form posts.
 */
export function viewerRequest(request: Request): Request {
  const host = request.headers.get('x-forwarded-host');
  if (!host) return request;
  const url = new URL(request.url);
  url.host = host;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
  });
}

/**
 * A Hono app whose every route is SvelteKit. The server is loaded and initialised on the
 * first request, once per container.
 *
 * @example
 * const app = createWebApp(async () => (await import('./sveltekit/server.js')).server);
 * export const handler = handle(app);
 */
export function createWebApp(loadServer: () => Promise<SvelteKitServer>, env: NodeJS.ProcessEnv = process.env) {
  let ready: Promise<SvelteKitServer> | undefined;
  const server = () =>
    (ready ??= loadServer()
      .then(async (loaded) => {
        await loaded.init({ env: env as Record<string, string> });
        return loaded;
      })
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      }));

  const app = new Hono<{ Bindings: Bindings }>();
  // Behind CloudFront, only requests it sent are answered: others could claim any viewer host and address.
  const originSecret = originSecretFromEnv(env);
  if (originSecret) app.use(requireOriginSecret(originSecret));
  return app.all('*', async (c) =>
    (await server()).respond(viewerRequest(c.req.raw), {
      // Set by the CloudFront function from the viewer's address; API Gateway only sees CloudFront's.
      getClientAddress: () => c.req.header('x-viewer-address') ?? c.env?.requestContext?.http?.sourceIp ?? '127.0.0.1',
    }),
  );
}

/** Where the deployment puts the built SvelteKit server, relative to the bundled handler. */
const sveltekitServer = new URL('./sveltekit/server.js', import.meta.url).href;

export const handler = handle(
  createWebApp(async () => ((await import(sveltekitServer)) as { server: SvelteKitServer }).server),
);
