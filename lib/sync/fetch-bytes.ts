// Download helpers for the sync: a timeout on every request, a byte cap enforced while streaming (a 30 MB
// pack is cut off at the limit, not read whole), and errors in plain words.

export type Fetch = typeof fetch;

/** Why a download failed: callers treat "the host could not be reached" (offline, CORS) differently. */
export type DownloadFailure = 'unreachable' | 'no-answer' | 'http-status' | 'too-large' | 'cut-off' | 'not-allowed';

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

export async function fetchBytes(
  fetchImpl: Fetch,
  url: string,
  options: { maxBytes: number; timeoutMs: number; headers?: Record<string, string>; what: string },
): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: options.headers, cache: 'no-store', redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new DownloadError(`${options.what} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`, 'no-answer');
    throw new DownloadError(`${options.what} could not be reached (offline, blocked by the host's CORS settings, or the address is wrong).`, 'unreachable');
  }
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

export function formatMB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}
