import { diffPacks, formatDiff } from '../../pack/diff';
import { describeErrors, parsePackText, type Pack } from '../../pack/schema';
import { parseArgs } from '../args';
import { decodeUtf8, fail, out, readBytes, usageError } from '../io';

export const summary = 'diff <old.json> <new.json>: entries added, changed and removed, as a changelog';
export const usage = 'kbpack diff <old.json> <new.json> [--locale zh|en] [--json]';

const flags = { locale: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

async function load(file: string): Promise<Pack | string> {
  const read = await readBytes(file);
  if (!read.ok) return read.error;
  const text = decodeUtf8(read.bytes);
  if (text === null) return `${file} is not UTF-8 text`;
  const r = parsePackText(text);
  return r.ok ? r.pack : `${file} is not a valid pack:\n${describeErrors(r.errors, 20)}`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  if (parsed.positionals.length !== 2) return usageError('give the old pack and the new pack', usage);
  const locale = parsed.flags.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh') return usageError(`--locale must be zh or en (got "${locale}")`, usage);
  const [oldFile, newFile] = parsed.positionals as [string, string];
  const before = await load(oldFile);
  if (typeof before === 'string') return fail(before);
  const after = await load(newFile);
  if (typeof after === 'string') return fail(after);

  const d = diffPacks(before, after);
  if (parsed.flags.json) return (out(JSON.stringify(d, null, 2)), 0);
  const heading =
    before.id === after.id ? `${after.id} ${before.version} → ${after.version}` : `${before.id} ${before.version} → ${after.id} ${after.version} (different pack ids)`;
  out(`${heading}\n${formatDiff(d, locale)}`);
  return 0;
}
