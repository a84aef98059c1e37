import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface TestServer {
  url: string;
  /** The requests the reader's actions sent (the site's own reads of the instance are in `probes`). */
  received: Received[];
  /** The site's reads of the instance's public `/open/_document` and `/health` (src/instance/), never with a key. */
  probes: Received[];
  close(): Promise<void>;
}

export type Behaviour =
  'cors' | 'no-cors' | 'hang' | ((req: http.IncomingMessage, res: http.ServerResponse, body: string) => void);

/** A Tianji stand-in on 127.0.0.1 that records what arrives; started and stopped by each test. */
export async function startTestServer(behaviour: Behaviour): Promise<TestServer> {
  const received: Received[] = [];
  const probes: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const isProbe = req.method === 'GET' && /\/(_document|health)$/.test(new URL(req.url!, 'http://x').pathname);
      const record = (into: Received[]) =>
        into.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const into = isProbe ? probes : received;
      if (behaviour === 'hang') {
        if (req.method === 'OPTIONS') return cors(res).end();
        record(into);
        return; // never answers
      }
      if (behaviour === 'no-cors') {
        record(into);
        res.setHeader('content-type', 'application/json');
        return res.end('{"ok":true}');
      }
      if (req.method === 'OPTIONS') return cors(res).writeHead(204).end();
      record(into);
      if (typeof behaviour === 'function') return behaviour(req, cors(res), body);
      cors(res).setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ echoed: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    probes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function cors(res: http.ServerResponse): http.ServerResponse {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  res.setHeader('access-control-allow-headers', 'authorization,content-type');
  return res;
}

/** A behaviour that answers this status and JSON body (CORS headers included by the server). */
export function jsonAnswer(status: number, body: unknown) {
  return (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
}
