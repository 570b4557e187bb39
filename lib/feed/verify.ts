import { describeErrors, parsePackText, type Pack } from '../pack/schema';
import { verifyBytes } from './keys';
import type { FeedPackListing } from './schema';

// Every downloaded pack passes these checks before anything is written; the first failure rejects
// the whole pack with one sentence a team lead can act on, and the previous version stays active.

export const DEFAULT_MAX_PACK_BYTES = 20 * 1024 * 1024;

export type VerifyResult = { ok: true; pack: Pack } | { ok: false; error: string };

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function packLabel(listing: Pick<FeedPackListing, 'id' | 'version'>): string {
  return `Pack "${listing.id}" ${listing.version}`;
}

export async function verifyPackBytes(
  bytes: Uint8Array,
  listing: FeedPackListing,
  options: { maxBytes?: number; publicKey?: string } = {},
): Promise<VerifyResult> {
  const reject = (why: string): VerifyResult => ({ ok: false, error: `${packLabel(listing)} was rejected: ${why}` });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PACK_BYTES;

  if (bytes.length > maxBytes) return reject(`it is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit.`);
  if (bytes.length !== listing.size) {
    return reject(`it is ${bytes.length} bytes but the feed says ${listing.size} (the file may be incomplete or changed).`);
  }
  if ((await sha256Hex(bytes)) !== listing.sha256.toLowerCase()) {
    return reject('its checksum does not match the feed (the file may be incomplete or changed).');
  }
  if (options.publicKey) {
    if (!listing.signature) return reject('it is not signed, but this feed requires signed packs.');
    if (!(await verifyBytes(options.publicKey, bytes, listing.signature))) {
      return reject('its signature does not match the feed’s public key (the file was changed or signed with another key).');
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return reject('it is not UTF-8 text.');
  }
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    if (parsed.errors.length === 1 && first?.path === '(pack)') return reject(`${first.message}.`);
    return reject(`it is not a valid pack: ${describeErrors(parsed.errors, 3).replace(/\n/g, '; ')}.`);
  }
  const { id, version } = parsed.pack;
  if (id !== listing.id || version !== listing.version) {
    return reject(`the file is "${id}" ${version}, not what the feed lists.`);
  }
  return { ok: true, pack: parsed.pack };
}
