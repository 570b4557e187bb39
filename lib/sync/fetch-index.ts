import type { FeedRow } from '../db/types';
import { DownloadError, fetchBytes, type Downloaded, type Fetch } from './fetch-bytes';

// A feed's index.json, conditionally (If-None-Match / If-Modified-Since) where the host allows it. Those two
// headers are not CORS-safelisted: in the extension they make the browser send a preflight, which many
// S3/OSS CORS rules refuse, and the fetch then fails exactly like being offline. So a conditional fetch that
// cannot reach the host is tried once more without them; if that works, the host is one that only takes
// plain requests and the caller stops sending them for this feed.

export interface IndexFetch {
  index: Downloaded;
  /** True when this fetch found out the host refuses conditional requests (remember it on the FeedRow). */
  plainOnly: boolean;
}

export async function fetchIndex(
  fetchImpl: Fetch,
  feed: Pick<FeedRow, 'url' | 'etag' | 'lastModified' | 'plainRequests'>,
  options: { maxBytes: number; timeoutMs: number; idleMs?: number },
): Promise<IndexFetch> {
  const get = (headers: Record<string, string>) => fetchBytes(fetchImpl, feed.url, { ...options, what: 'The feed', headers });
  const conditional: Record<string, string> = feed.plainRequests
    ? {}
    : {
        ...(feed.etag ? { 'If-None-Match': feed.etag } : {}),
        ...(feed.lastModified ? { 'If-Modified-Since': feed.lastModified } : {}),
      };
  if (!Object.keys(conditional).length) return { index: await get({}), plainOnly: false };
  try {
    return { index: await get(conditional), plainOnly: false };
  } catch (e) {
    if (!(e instanceof DownloadError) || e.failure !== 'unreachable') throw e;
    let index: Downloaded;
    try {
      index = await get({});
    } catch {
      throw e; // really unreachable: report the first failure
    }
    return { index, plainOnly: true };
  }
}
