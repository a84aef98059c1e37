/**
 * The browser's mock as a local HTTP server, for scripts, the README's examples and the recipes (`npm run mock`):
 * the same msw handlers (handlers.ts) with the same state rules, answered through msw's own `getResponse`
 * (no service worker, no request interception, no new dependency), over Node's http server. The state lives in
 * memory as long as the server runs. Node only: never imported by browser code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import type { OperationData } from '../openapi/types';
import { DEMO_API_KEY } from './auth';
import { errorResponse } from './answers';
import { createMockHandlers } from './handlers';
import { createMockStore, type MockStore } from './store';

/** The port `npm run mock` listens on unless told otherwise. */
export const DEFAULT_MOCK_PORT = 4010;

export interface MockServerOptions {
  operations: OperationData[];
  /** The API prefix the handlers answer under, as in the spec's server URL (`/open`). */
  apiPrefix: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Defaults to the demo key. */
  knownKeys?: readonly string[];
  /** Defaults to a store in memory. */
  store?: MockStore;
}

export interface MockServer {
  /** Origin the server listens on, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  /** Base URL of the API, e.g. `http://127.0.0.1:4010/open`. */
  baseUrl: string;
  store: MockStore;
  close(): Promise<void>;
}

/** Lets a page on another origin (a local docs build, a recipe run in the browser) call the server. */
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept',
  'access-control-expose-headers': '*',
};

function toFetchRequest(req: http.IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Required by Node's fetch for a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function writeResponse(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** An answer for a request no operation matches, in the error shape the mock uses everywhere. */
function noSuchOperation(method: string, pathname: string): Response {
  return errorResponse('NOT_FOUND', `No operation answers ${method} ${pathname}`);
}

/** Starts the server; resolves once it listens. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const store = options.store ?? createMockStore({ storage: null });
  const prefix = '/' + options.apiPrefix.replace(/^\/+|\/+$/g, '');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_MOCK_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const baseUrl = origin + (prefix === '/' ? '' : prefix);
  // The handlers match absolute URLs, so they are made once the port is known.
  const handlers = createMockHandlers(options.operations, {
    baseUrl,
    store,
    knownKeys: options.knownKeys ?? [DEMO_API_KEY],
  });

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    void (async () => {
      try {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, CORS_HEADERS).end();
          return;
        }
        const request = toFetchRequest(req, origin);
        const response =
          (await getResponse(handlers, request)) ?? noSuchOperation(request.method, new URL(request.url).pathname);
        await writeResponse(res, response);
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain', ...CORS_HEADERS });
        res.end(`Mock server error: ${(error as Error).message}`);
      }
    })();
  });

  return {
    origin,
    baseUrl,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
