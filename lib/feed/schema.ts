import { z } from 'zod';
import { formatPath } from '../pack/schema';
import { checkFeedUrl } from './url';

export { checkFeedUrl, checkRedirect, isLoopbackHost, type UrlCheck } from './url';

// Feed format v1 ("kbfeed/1"): a static index.json listing packs with their size and sha256, so a
// client can reject a bad download before it touches the active packs. Loose objects keep fields
// added by newer publishers.

/** An index.json bigger than this is not a feed (a feed lists packs, it does not contain them). */
export const FEED_MAX_CHARS = 2 * 1024 * 1024;

const requiredOr = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : what);
const nonEmpty = (what: string) => z.string({ error: requiredOr('must be text') }).trim().min(1, `${what} must not be empty`);

export const feedPackListingSchema = z.looseObject({
  id: nonEmpty('id'),
  version: nonEmpty('version'),
  /** Absolute, or relative to index.json; parseFeedText resolves it. */
  url: nonEmpty('url'),
  sha256: z
    .string({ error: requiredOr('must be text') })
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (the SHA-256 of the pack file)')
    .transform((s) => s.toLowerCase()),
  size: z.number({ error: requiredOr('must be a number of bytes') }).int('must be a whole number of bytes').positive('must be more than 0 bytes'),
  /** base64 IEEE P1363 (r||s) ECDSA P-256 / SHA-256 signature over the exact pack bytes. */
  signature: z.string().trim().min(1, 'must not be empty when present').optional(),
});
export type FeedPackListing = z.infer<typeof feedPackListingSchema>;

export const feedSchema = z.looseObject({
  format: z.literal('kbfeed/1', { error: 'must be "kbfeed/1"' }),
  title: nonEmpty('title'),
  packs: z.array(feedPackListingSchema, { error: (issue) => (issue.input === undefined ? 'required' : 'must be a list') }),
  reportUrl: z.url({ error: 'must be a full web address' }).optional(),
  /** base64 SPKI ECDSA P-256 public key; when present every pack must carry a valid signature. */
  publicKey: z.string().trim().min(1, 'must not be empty when present').optional(),
  adapters: z.array(z.unknown()).optional(),
});
export type Feed = z.infer<typeof feedSchema>;

export type FeedParseResult = { ok: true; feed: Feed } | { ok: false; error: string };

const looksHtml = (text: string) => /^\s*</.test(text);

/**
 * Parse index.json text fetched from `indexUrl`. Never throws. Pack URLs come back absolute and
 * already checked against the URL policy, so the caller can fetch them as they are.
 */
export function parseFeedText(text: string, indexUrl: string): FeedParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'The feed is empty — check that index.json was uploaded.' };
  if (looksHtml(body)) return { ok: false, error: 'The feed is an HTML page, not index.json — check the URL.' };
  if (body.length > FEED_MAX_CHARS) return { ok: false, error: 'The feed is too large to be an index.json (over 2 MB) — check the URL.' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `The feed is not valid JSON (it may be cut off): ${(e as Error).message}.` };
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format === 'kbpack/1') {
    return { ok: false, error: 'This address is a knowledge pack, not a feed — use the address of the feed’s index.json.' };
  }
  const r = feedSchema.safeParse(value);
  if (!r.success) {
    const shown = r.error.issues.slice(0, 3).map((i) => `${i.path.length ? formatPath(i.path) : '(feed)'}: ${i.message}`);
    const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
    return { ok: false, error: `The feed index.json is not valid: ${shown.join('; ')}${more}.` };
  }
  const feed = r.data;
  if (feed.reportUrl !== undefined) {
    const report = checkFeedUrl(feed.reportUrl);
    if (!report.ok) return { ok: false, error: `The feed's reportUrl is not allowed: ${report.error}` };
    feed.reportUrl = report.url;
  }
  for (const pack of feed.packs) {
    let absolute: string;
    try {
      absolute = new URL(pack.url, indexUrl).href;
    } catch {
      return { ok: false, error: `The feed lists pack "${pack.id}" with an address that cannot be resolved: ${pack.url}.` };
    }
    const checked = checkFeedUrl(absolute);
    if (!checked.ok) return { ok: false, error: `The feed lists pack "${pack.id}" at an address that is not allowed: ${checked.error}` };
    pack.url = checked.url;
  }
  return { ok: true, feed };
}
