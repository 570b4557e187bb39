import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real report receiver on 127.0.0.1: stores JSON POSTs, ignores duplicates by Idempotency-Key (or the
// report id), and can be told to fail the next N requests — optionally after storing (a lost response).
export interface Receiver {
  url: string;
  /** Unique reports received (by id). */
  reports: Map<string, unknown>;
  /** Every request, duplicates included. */
  hits: { id: string; status: number }[];
  failNext(n: number, mode?: 'before-store' | 'after-store'): void;
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });

export async function startReceiver(): Promise<Receiver> {
  const reports = new Map<string, unknown>();
  const hits: Receiver['hits'] = [];
  let failing = 0;
  let mode: 'before-store' | 'after-store' = 'before-store';
  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const text = await body(req);
    let report: { id?: string } = {};
    try {
      report = JSON.parse(text) as { id?: string };
    } catch {
      /* counted below as a bad request */
    }
    const id = String(req.headers['idempotency-key'] ?? report.id ?? '');
    if (!id) {
      hits.push({ id, status: 400 });
      return res.writeHead(400).end('no id');
    }
    if (failing > 0 && mode === 'before-store') {
      failing--;
      hits.push({ id, status: 503 });
      return res.writeHead(503).end('busy');
    }
    if (!reports.has(id)) reports.set(id, report);
    if (failing > 0) {
      failing--;
      hits.push({ id, status: 500 });
      return res.writeHead(500).end('stored, but the answer is lost');
    }
    hits.push({ id, status: 200 });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/reports`,
    reports,
    hits,
    failNext(n, m = 'before-store') {
      failing = n;
      mode = m;
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
