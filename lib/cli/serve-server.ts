import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { sha256Hex } from '../feed/verify';

// A static feed server for trying a feed before uploading it: the same headers a well-configured
// CDN would send (CORS, ETag, Last-Modified, 304s), bound to this machine by default.

const contentTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FeedServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  host?: string;
  /** One line per request, e.g. "GET /index.json 304". */
  log?: (line: string) => void;
}

/** Matches an If-None-Match list (weak comparison, as RFC 9110 asks for GET). */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export async function startServer(dir: string, port = 8787, options: ServeOptions = {}): Promise<FeedServer> {
  const host = options.host ?? '127.0.0.1';
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new Error(`cannot serve ${dir}: no such folder`);
  }
  const etags = new Map<string, { key: string; etag: string }>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    const send = (status: number, body = '', headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      return status;
    };
    if (req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'If-None-Match, If-Modified-Since',
        'Access-Control-Max-Age': '600',
      };
      // Chrome's Private Network Access preflight, for pages on the internet fetching from localhost.
      if (req.headers['access-control-request-private-network'] === 'true') headers['Access-Control-Allow-Private-Network'] = 'true';
      res.writeHead(204, headers);
      res.end();
      return 204;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD, OPTIONS' });

    let segments: string[];
    try {
      segments = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).split('/').filter(Boolean);
    } catch {
      return send(400, 'Bad request\n');
    }
    // No "..", no dotfiles (temp files, .git), no backslash or NUL tricks.
    if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return send(404, 'Not found\n');
    let file: string;
    try {
      file = await realpath(join(root, ...segments));
    } catch {
      return send(404, 'Not found\n');
    }
    if (file !== root && !file.startsWith(root + sep)) return send(404, 'Not found\n'); // a symlink pointing outside
    const info = await stat(file);
    if (info.isDirectory()) {
      if (segments.length) return send(404, 'Not found\n');
      return send(200, `This folder is served as a knowledge-pack feed.\nFeed address: http://${req.headers.host ?? `${host}:${port}`}/index.json\n`);
    }
    const bytes = new Uint8Array(await readFile(file));
    if (extname(file) === '.json' && new TextDecoder().decode(bytes).includes('"privateKey"')) {
      return send(403, 'Refusing to serve a private key file. Keep key files out of the feed folder.\n');
    }
    const cacheKey = `${info.mtimeMs}:${info.size}`;
    let cached = etags.get(file);
    if (cached?.key !== cacheKey) {
      cached = { key: cacheKey, etag: `"${await sha256Hex(bytes)}"` };
      etags.set(file, cached);
    }
    const headers = {
      ETag: cached.etag,
      'Last-Modified': info.mtime.toUTCString(),
      'Cache-Control': 'no-cache',
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified =
      inm !== undefined
        ? etagMatches(inm, cached.etag)
        : ims !== undefined && !Number.isNaN(Date.parse(ims)) && Math.floor(info.mtimeMs / 1000) * 1000 <= Date.parse(ims);
    if (notModified) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return 200;
  }

  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => options.log?.(`${req.method} ${req.url} ${status}`),
      (e: unknown) => {
        options.log?.(`${req.method} ${req.url} 500 ${(e as Error).message}`);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Internal error\n');
        } else res.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} is already in use — try another with --port` : `cannot listen on ${host}:${port}: ${e.message}`)),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
