import { readdir } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { signBytes } from '../../feed/keys';
import { checkFeedUrl, type Feed, type FeedPackListing } from '../../feed/schema';
import { DEFAULT_MAX_PACK_BYTES, formatBytes, sha256Hex, verifyPackBytes } from '../../feed/verify';
import { describeErrors, parsePackText } from '../../pack/schema';
import { parseArgs } from '../args';
import { decodeUtf8, err, fail, out, readBytes, usageError, writeFileAtomic } from '../io';
import { readKeyFile } from '../keyfile';
import { warningsAgainstPrevious } from '../previous-index';

export const summary = 'publish <packs...> --out <dir> [--title <title>] [--key key.json]: write a feed (packs, signatures, index.json)';
export const usage = 'kbpack publish <pack.json...> --out <dir> [--title <title>] [--key <key.json>] [--report-url <https://…>]';

const flags = {
  out: { type: 'string', short: 'o' },
  title: { type: 'string' },
  key: { type: 'string', short: 'k' },
  'report-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Pack ids become file names and URL paths: letters (any script), digits, dot, dash, underscore. */
const safeId = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u;

interface Prepared {
  file: string;
  title: string;
  bytes: Uint8Array;
  listing: FeedPackListing;
}

const isInside = (child: string, parent: string) => {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  const files = parsed.positionals;
  const dir = parsed.flags.out;
  const titleFlag = parsed.flags.title;
  if (!files.length) return usageError('which packs? give one or more pack files', usage);
  if (!dir) return usageError('missing --out <dir> (the folder to upload)', usage);
  // An empty --title is a typo, not a request for the default.
  if (titleFlag !== undefined && !titleFlag.trim()) return usageError('--title is empty (leave it out to use the first pack\'s title)', usage);

  let reportUrl: string | undefined;
  if (parsed.flags['report-url'] !== undefined) {
    const r = checkFeedUrl(parsed.flags['report-url']);
    if (!r.ok) return fail(`--report-url: ${r.error}`);
    reportUrl = r.url;
  }
  let keys: { publicKey: string; privateKey: string } | undefined;
  if (parsed.flags.key) {
    if (isInside(parsed.flags.key, dir)) return fail(`${parsed.flags.key} is inside ${dir}: the private key would be uploaded with the feed. Keep it elsewhere.`);
    const k = await readKeyFile(parsed.flags.key);
    if (!k.ok) return fail(k.error);
    keys = k.keys;
  }

  // Check everything first; nothing is written unless every pack is good.
  const problems: string[] = [];
  const prepared: Prepared[] = [];
  const fileOfId = new Map<string, string>();
  for (const file of files) {
    const read = await readBytes(file);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    const text = decodeUtf8(read.bytes);
    const r = text === null ? null : parsePackText(text);
    if (!r) {
      problems.push(`${file} is not UTF-8 text`);
      continue;
    }
    if (!r.ok) {
      problems.push(`${file} is not a valid pack:\n${describeErrors(r.errors, 20)}`);
      continue;
    }
    const { id, version } = r.pack;
    if (read.bytes.length > DEFAULT_MAX_PACK_BYTES) {
      problems.push(`${file} is ${formatBytes(read.bytes.length)}; the extension accepts at most ${formatBytes(DEFAULT_MAX_PACK_BYTES)} per pack — split it into smaller packs`);
      continue;
    }
    if (!safeId.test(id)) {
      problems.push(`${file}: pack id "${id}" cannot be a file name; use letters, digits, "-", "_" or "."`);
      continue;
    }
    const other = fileOfId.get(id);
    if (other !== undefined) {
      problems.push(`${file} and ${other} are both pack "${id}"; a feed lists each pack once`);
      continue;
    }
    fileOfId.set(id, file);
    // Content-addressed file names: while a host uploads or syncs, the old index.json still points at the
    // old files, which are never overwritten, so agents never see a listing whose bytes changed under it.
    const sha256 = await sha256Hex(read.bytes);
    const listing: FeedPackListing = { id, version, url: `${encodeURIComponent(id)}-${sha256.slice(0, 12)}.json`, sha256, size: read.bytes.length };
    if (keys) listing.signature = await signBytes(keys.privateKey, read.bytes);
    prepared.push({ file, title: r.pack.title, bytes: read.bytes, listing });
  }
  if (problems.length) return fail(`${problems.join('\n')}\nnothing written`);

  // The same checks the extension will run, so a feed that publishes is a feed that installs.
  for (const p of prepared) {
    const v = await verifyPackBytes(p.bytes, p.listing, { publicKey: keys?.publicKey });
    if (!v.ok) return fail(`${v.error}\nnothing written`);
  }

  for (const w of await warningsAgainstPrevious(dir, prepared.map((p) => p.listing))) err(w);

  // The feed name agents see: --title, else the first pack's own title (a one-pack feed needs no extra name).
  const title = titleFlag?.trim() || prepared[0]!.title;
  const index: Feed = { format: 'kbfeed/1', title, packs: prepared.map((p) => p.listing) };
  if (keys) index.publicKey = keys.publicKey;
  if (reportUrl) index.reportUrl = reportUrl;
  try {
    for (const p of prepared) {
      const name = decodeURIComponent(p.listing.url);
      await writeFileAtomic(join(dir, name), p.bytes);
      if (p.listing.signature) await writeFileAtomic(join(dir, `${name}.sig`), `${p.listing.signature}\n`);
    }
    // index.json last: a host that syncs the folder mid-publish never lists a pack it does not have yet.
    await writeFileAtomic(join(dir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  } catch (e) {
    return fail(`cannot write to ${dir}: ${(e as Error).message}`);
  }

  const listed = new Set(['index.json', ...prepared.flatMap((p) => [decodeURIComponent(p.listing.url), `${decodeURIComponent(p.listing.url)}.sig`])]);
  const stale = (await readdir(dir)).filter((f) => !f.startsWith('.') && !listed.has(f) && /\.json(\.sig)?$/.test(f));
  for (const f of stale) err(`warning: ${join(dir, f)} is not in the new index.json; once agents have synced the new index (a day later, say), it is safe to delete`);

  const lines = prepared.map(
    (p) => `  ${p.listing.id} ${p.listing.version}  ${formatBytes(p.listing.size)}  sha256 ${p.listing.sha256.slice(0, 12)}…${p.listing.signature ? '  signed' : ''}`,
  );
  out(
    [
      `wrote ${join(dir, 'index.json')} "${title}" with ${prepared.length} pack(s)${keys ? ', signed' : ''}:`,
      ...lines,
      `next: upload everything in ${dir} to your HTTPS static host (with CORS allowed), then give agents the address of index.json.`,
      `try it first: npm run -s kbpack -- serve ${dir}`,
    ].join('\n'),
  );
  return 0;
}
