import { z } from 'zod';
import { describeJsonError } from '../pack/json-position';
import { formatPath, PACK_ID_PROBLEM } from '../pack/schema';
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
  id: nonEmpty('id').refine((id) => !/[/\\]/.test(id), PACK_ID_PROBLEM),
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

/** The envelope, checked strictly; its listings are checked one by one (parseFeedText) so one bad listing cannot block the rest. */
export const feedSchema = z.looseObject({
  format: z.literal('kbfeed/1', { error: 'must be "kbfeed/1"' }),
  title: nonEmpty('title'),
  packs: z.array(z.unknown(), { error: (issue) => (issue.input === undefined ? 'required' : 'must be a list') }),
  reportUrl: z.url({ error: 'must be a full web address' }).optional(),
  /** base64 SPKI ECDSA P-256 public key; when present every pack must carry a valid signature. */
  publicKey: z.string().trim().min(1, 'must not be empty when present').optional(),
  adapters: z.array(z.unknown()).optional(),
});

/** A listing the feed got wrong: skipped and reported; the pack it names (if any) stays installed as it is. */
export interface InvalidListing {
  /** The pack id it names, when it has a usable one. */
  id?: string;
  error: string;
}

/** What parseFeedText returns (a type only): the listings that passed, and those that did not. */
const checkedFeedSchema = feedSchema.extend({
  packs: z.array(feedPackListingSchema),
  invalidPacks: z.array(z.object({ id: z.string().optional(), error: z.string() })).optional(),
});
export type Feed = z.infer<typeof checkedFeedSchema>;

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
    return { ok: false, error: `The feed is not valid JSON (it may be cut off): ${describeJsonError(body, e)}.` };
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
  const { packs: rawPacks, ...envelope } = r.data;
  const feed: Feed = { ...envelope, packs: [], invalidPacks: [] };
  if (feed.reportUrl !== undefined) {
    const report = checkFeedUrl(feed.reportUrl);
    if (!report.ok) return { ok: false, error: `The feed's reportUrl is not allowed: ${report.error}` };
    feed.reportUrl = report.url;
  }
  rawPacks.forEach((raw, i) => {
    const checked = parseListing(raw, i, indexUrl);
    if (checked.ok) feed.packs.push(checked.listing);
    else feed.invalidPacks!.push(checked.invalid);
  });
  return { ok: true, feed };
}

/** One listing, checked on its own; errors name the pack by id (or by position when it has no usable id). */
function parseListing(raw: unknown, i: number, indexUrl: string): { ok: true; listing: FeedPackListing } | { ok: false; invalid: InvalidListing } {
  const rawId = (raw as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' && rawId.trim() ? rawId.trim() : undefined;
  const r = feedPackListingSchema.safeParse(raw);
  if (!r.success) {
    const why = r.error.issues.slice(0, 3).map((issue) => (issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message)).join('; ');
    const error = id
      ? `The feed's listing of pack "${id}" is not valid (${why}); it is skipped until the feed is fixed.`
      : `The feed's packs[${i}] is not valid (${why}); it is skipped, and no pack is removed until the feed is fixed.`;
    return { ok: false, invalid: { id, error } };
  }
  const pack = r.data;
  let absolute: string;
  try {
    absolute = new URL(pack.url, indexUrl).href;
  } catch {
    return { ok: false, invalid: { id: pack.id, error: `The feed lists pack "${pack.id}" with an address that cannot be resolved: ${pack.url}.` } };
  }
  const checked = checkFeedUrl(absolute);
  if (!checked.ok) return { ok: false, invalid: { id: pack.id, error: `The feed lists pack "${pack.id}" at an address that is not allowed: ${checked.error}` } };
  return { ok: true, listing: { ...pack, url: checked.url } };
}
