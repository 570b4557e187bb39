import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 for sync tests, with programmable faults per path.

export type Behaviour =
  | { kind: 'ok'; body: string | Uint8Array; type?: string; etag?: boolean }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'hang' }
  | { kind: 'drop-mid-body'; body: string | Uint8Array }
  /** The body in `chunks` pieces, one every `everyMs` (a slow but steady connection). */
  | { kind: 'slow'; body: string | Uint8Array; chunks: number; everyMs: number }
  /** Half the body, then nothing more (the connection stays open). */
  | { kind: 'stall-mid-body'; body: string | Uint8Array }
  | { kind: 'redirect'; location: string };

export interface FeedServer {
  url: string;
  set(path: string, behaviour: Behaviour): void;
  /** Requests seen, in order: "GET /index.json 200". */
  log: string[];
  close(): Promise<void>;
}

const etagOf = (b: Uint8Array) => `"${createHash('sha256').update(b).digest('hex').slice(0, 32)}"`;

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Behaviour>();
  const log: string[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const b = routes.get(path) ?? { kind: 'status', status: 404, body: 'not found' };
    const done = (status: number) => log.push(`${req.method} ${path} ${status}`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    switch (b.kind) {
      case 'ok': {
        const bytes = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body);
        const etag = etagOf(bytes);
        if (b.etag !== false && req.headers['if-none-match'] === etag) {
          res.writeHead(304, { ETag: etag }).end();
          return done(304);
        }
        res.writeHead(200, { 'Content-Type': b.type ?? 'application/json', 'Content-Length': bytes.length, ...(b.etag !== false ? { ETag: etag } : {}) });
        res.end(bytes);
        return done(200);
      }
      case 'status':
        res.writeHead(b.status, { 'Content-Type': 'text/plain' }).end(b.body ?? '');
        return done(b.status);
      case 'hang':
        open.add(res);
        return done(0);
      case 'drop-mid-body': {
        const bytes = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
        return done(-1);
      }
      case 'slow': {
        const bytes = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
        const size = Math.ceil(bytes.length / b.chunks);
        let at = 0;
        const timer = setInterval(() => {
          res.write(bytes.subarray(at, at + size));
          at += size;
          if (at >= bytes.length) {
            clearInterval(timer);
            res.end();
          }
        }, b.everyMs);
        res.on('close', () => clearInterval(timer));
        return done(200);
      }
      case 'stall-mid-body': {
        const bytes = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        open.add(res);
        return done(-1);
      }
      case 'redirect':
        res.writeHead(302, { Location: b.location }).end();
        return done(302);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, behaviour) => routes.set(path, behaviour),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of open) r.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
