/**
 * The local server: one origin for everything, as CloudFront gives in AWS.
 * `/api/*` goes to the Hono app, everything else to the built SvelteKit app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { ApiApp } from '../http/app.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Where `vite build` puts the web app's Node handler. */
export const webHandlerPath = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

export interface LocalServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Imports the built web app. The API and store environment must be set before this is called. */
export async function loadWebHandler(): Promise<NodeHandler> {
  if (!existsSync(webHandlerPath)) throw new Error('The web app is not built: run `npm run build`.');
  // adapter-node assumes https unless told otherwise; this server speaks plain http and says so in
  // this header, so the web app's own origin (its same-origin check on form posts, its cookies) is right.
  process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  // adapter-node reads at most 512 kB of a request unless told more: a spreadsheet upload (up to 5 MB) and the
  // import form that carries it back are larger; the import page refuses a larger file itself, with its own message.
  process.env.BODY_SIZE_LIMIT ??= '16M';
  const module = (await import(pathToFileURL(webHandlerPath).href)) as { handler: NodeHandler };
  return module.handler;
}

/** Listens on `port` (0 for a free one); rejects with EADDRINUSE when the port is taken. */
export async function startLocalServer(options: {
  api: ApiApp;
  web: NodeHandler;
  port: number;
  host?: string;
}): Promise<LocalServer> {
  const api = getRequestListener(options.api.fetch);
  const server = createServer((req, res) => {
    if (req.url === '/api' || req.url?.startsWith('/api/')) {
      void api(req, res);
      return;
    }
    req.headers['x-forwarded-proto'] = 'http';
    options.web(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
