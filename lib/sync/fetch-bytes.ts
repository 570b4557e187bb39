// Download helpers for the sync: a timeout until the server answers and an idle timeout while the body
// streams (no total timeout: a 20 MB pack on slow shop Wi-Fi that keeps arriving is allowed to finish), a
// byte cap enforced while streaming (a 30 MB pack is cut off at the limit, not read whole), and errors in
// plain words.

export type Fetch = typeof fetch;

/** Why a download failed: callers treat "the host could not be reached" (offline, CORS) differently. */
export type DownloadFailure = 'unreachable' | 'no-answer' | 'http-status' | 'too-large' | 'cut-off' | 'too-slow' | 'not-allowed';

export class DownloadError extends Error {
  constructor(
    message: string,
    readonly failure: DownloadFailure = 'not-allowed',
  ) {
    super(message);
  }
}

export interface Downloaded {
  status: number;
  bytes: Uint8Array;
  url: string;
  etag?: string;
  lastModified?: string;
}

export interface FetchBytesOptions {
  maxBytes: number;
  /** How long the server may take to answer (status and headers). */
  timeoutMs: number;
  /** How long the body may go without a single byte arriving (default: timeoutMs). */
  idleMs?: number;
  headers?: Record<string, string>;
  what: string;
}

export async function fetchBytes(fetchImpl: Fetch, url: string, options: FetchBytesOptions): Promise<Downloaded> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), ms);
  };
  try {
    arm(options.timeoutMs);
    let res: Response;
    try {
      res = await fetchImpl(url, { headers: options.headers, cache: 'no-store', redirect: 'follow', signal: controller.signal });
    } catch {
      if (controller.signal.aborted) throw new DownloadError(`${options.what} did not answer within ${seconds(options.timeoutMs)} s.`, 'no-answer');
      throw new DownloadError(`${options.what} could not be reached (offline, blocked by the host's CORS settings, or the address is wrong).`, 'unreachable');
    }
    return await readBody(res, url, options, () => arm(options.idleMs ?? options.timeoutMs), () => controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(res: Response, url: string, options: FetchBytesOptions, stillArriving: () => void, timedOut: () => boolean): Promise<Downloaded> {
  const meta = { status: res.status, url: res.url || url, etag: res.headers.get('etag') ?? undefined, lastModified: res.headers.get('last-modified') ?? undefined };
  if (res.status === 304) return { ...meta, bytes: new Uint8Array() };
  if (!res.ok) throw new DownloadError(`${options.what} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`, 'http-status');
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new DownloadError(`${options.what} is ${formatMB(declared)}, over the ${formatMB(options.maxBytes)} limit.`, 'too-large');
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = res.body?.getReader();
    if (reader) {
      for (;;) {
        stillArriving();
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > options.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new DownloadError(`${options.what} is over the ${formatMB(options.maxBytes)} limit.`, 'too-large');
        }
        chunks.push(value);
      }
    }
  } catch (e) {
    if (e instanceof DownloadError) throw e;
    if (timedOut()) {
      const idle = seconds(options.idleMs ?? options.timeoutMs);
      throw new DownloadError(`${options.what} was too slow: nothing arrived for ${idle} s (the connection may be very slow). It will be retried.`, 'too-slow');
    }
    throw new DownloadError(`${options.what} was cut off during download (the connection dropped). It will be retried.`, 'cut-off');
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ...meta, bytes };
}

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

export function formatMB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}
