import { extname } from 'node:path';
import { describeCsvErrors, entriesFromCsv } from '../../pack/csv';
import { describeErrors, parsePack, type Entry } from '../../pack/schema';
import { parseArgs } from '../args';
import { decodeUtf8, err, fail, out, readBytes, usageError, writeFileAtomic } from '../io';

export const summary = 'build <file.csv|file.json> -o pack.json --id --version --title --locale: make a pack from a spreadsheet';
export const usage =
  'kbpack build <file.csv|file.json> -o <pack.json> --id <id> --version <version> --title <title> --locale <locale> [--published-at <date>]';

const flags = {
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  version: { type: 'string' },
  title: { type: 'string' },
  locale: { type: 'string' },
  'published-at': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const hints = { id: 'e.g. shop-zh', version: 'e.g. 2026.11.2', title: 'the name agents see', locale: 'e.g. zh-CN or en' } as const;

type Source = { entries: Entry[]; base: Record<string, unknown> };

/** A JSON source is either a whole pack (rebuilt with new metadata) or a bare array of entries. */
function fromJson(text: string, file: string): Source | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return `${file} is not valid JSON: ${(e as Error).message}`;
  }
  if (Array.isArray(value)) return { entries: value as Entry[], base: {} };
  if (value && typeof value === 'object' && Array.isArray((value as { entries?: unknown }).entries)) {
    const { entries, ...base } = value as { entries: Entry[] } & Record<string, unknown>;
    return { entries, base };
  }
  return `${file} must be a pack or a JSON array of entries`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}\nCSV columns: id, title, questions (separated by | or new lines), answer, keywords, category, tags, products, validFrom, validUntil, reviewBy, owner`), 0);
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) return usageError(file ? `one input file, please (got ${parsed.positionals.length})` : 'which file? give a .csv or .json file', usage);
  const target = parsed.flags.out;
  if (!target) return usageError('missing -o <pack.json> (where to write the pack)', usage);

  const read = await readBytes(file);
  if (!read.ok) return fail(read.error);
  const text = decodeUtf8(read.bytes);
  if (text === null) {
    return fail(`${file} is not UTF-8 text. In Excel save as "CSV UTF-8 (Comma delimited)"; in WPS or Numbers choose UTF-8 encoding.`);
  }
  const isJson = extname(file).toLowerCase() === '.json' || (extname(file).toLowerCase() !== '.csv' && /^\s*[[{]/.test(text));
  let source: Source;
  if (isJson) {
    const r = fromJson(text, file);
    if (typeof r === 'string') return fail(r);
    source = r;
  } else {
    const r = entriesFromCsv(text);
    if (!r.ok) return fail(`${file}: ${r.errors.length} error(s), nothing written\n${describeCsvErrors(r.errors, 50)}`);
    for (const w of r.warnings) err(`warning: ${w}`);
    source = { entries: r.entries, base: {} };
  }

  const meta = {
    id: parsed.flags.id ?? source.base.id,
    version: parsed.flags.version ?? source.base.version,
    title: parsed.flags.title ?? source.base.title,
    locale: parsed.flags.locale ?? source.base.locale,
  };
  const missing = (Object.keys(meta) as (keyof typeof meta)[]).filter((k) => typeof meta[k] !== 'string' || !(meta[k] as string).trim());
  if (missing.length) return usageError(`missing ${missing.map((k) => `--${k} (${hints[k]})`).join(', ')}`, usage);

  // A rebuilt pack is published now unless --published-at says otherwise; other fields carry over.
  const { format: _f, id: _i, version: _v, title: _t, locale: _l, publishedAt: _p, ...rest } = source.base;
  const pack = {
    format: 'kbpack/1',
    ...meta,
    publishedAt: parsed.flags['published-at'] ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...rest,
    entries: source.entries,
  };
  const r = parsePack(pack);
  if (!r.ok) return fail(`${file}: the pack would not be valid, nothing written\n${describeErrors(r.errors, 50)}`);
  try {
    await writeFileAtomic(target, JSON.stringify(pack, null, 2) + '\n');
  } catch (e) {
    return fail(`cannot write ${target}: ${(e as Error).message}`);
  }
  out(`wrote ${target}: ${r.pack.id} ${r.pack.version}, ${r.pack.entries.length} entries`);
  return 0;
}
