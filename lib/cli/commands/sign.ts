import { signBytes } from '../../feed/keys';
import { describeErrors, parsePackText } from '../../pack/schema';
import { parseArgs } from '../args';
import { decodeUtf8, fail, out, readBytes, usageError, writeFileAtomic } from '../io';
import { readKeyFile } from '../keyfile';

export const summary = 'sign <pack.json> --key key.json: write <pack.json>.sig (ECDSA P-256 over the exact file bytes)';
export const usage = 'kbpack sign <pack.json> --key <key.json> [-o <pack.json.sig>]';

const flags = { key: { type: 'string', short: 'k' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) return usageError('give exactly one pack file', usage);
  if (!parsed.flags.key) return usageError('missing --key <key.json> (make one with "kbpack keygen")', usage);

  const keys = await readKeyFile(parsed.flags.key);
  if (!keys.ok) return fail(keys.error);
  const read = await readBytes(file);
  if (!read.ok) return fail(read.error);
  // Signing vouches for the content: refuse to sign something the extension would reject anyway.
  const text = decodeUtf8(read.bytes);
  if (text === null) return fail(`${file} is not UTF-8 text; not signed`);
  const r = parsePackText(text);
  if (!r.ok) return fail(`${file} is not a valid pack; not signed\n${describeErrors(r.errors, 20)}`);

  const signature = await signBytes(keys.keys.privateKey, read.bytes);
  const target = parsed.flags.out ?? `${file}.sig`;
  try {
    await writeFileAtomic(target, `${signature}\n`);
  } catch (e) {
    return fail(`cannot write ${target}: ${(e as Error).message}`);
  }
  out(`wrote ${target}: signature of ${r.pack.id} ${r.pack.version} (${read.bytes.length} bytes)\n${signature}`);
  return 0;
}
