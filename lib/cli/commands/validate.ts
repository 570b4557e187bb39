import { describeErrors, parsePackText } from '../../pack/schema';
import { parseArgs } from '../args';
import { decodeUtf8, fail, out, readBytes, usageError } from '../io';

export const summary = 'validate <pack.json>: exit 0 when the pack is valid, else print each error with its path';
export const usage = 'kbpack validate <pack.json>';

const flags = { help: { type: 'boolean', short: 'h' } } as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  const [file, ...extra] = parsed.positionals;
  if (!file) return usageError('which pack? give a pack file', usage);
  if (extra.length) return usageError(`validate checks one pack at a time (got ${parsed.positionals.length} files)`, usage);

  const read = await readBytes(file);
  if (!read.ok) return fail(read.error);
  const text = decodeUtf8(read.bytes);
  // A GBK/UTF-16 export would otherwise fail as "not valid JSON" at some odd position.
  if (text === null) return fail(`${file} is not UTF-8 text; save it as UTF-8 and try again`);
  const r = parsePackText(text);
  if (!r.ok) return fail(`${file}: ${r.errors.length} error(s)\n${describeErrors(r.errors, 200)}`);
  out(`${file}: ok — ${r.pack.id} v${r.pack.version}, ${r.pack.entries.length} entries, ${r.pack.scripts?.length ?? 0} scripts`);
  return 0;
}
