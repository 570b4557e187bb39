import { access } from 'node:fs/promises';
import { generateKeyPair } from '../../feed/keys';
import { parseArgs } from '../args';
import { fail, out, usageError, writeFileAtomic } from '../io';

export const summary = 'keygen [--out key.json]: make a signing key pair (the private key stays in the file)';
export const usage = 'kbpack keygen [--out key.json] [--force]';

const flags = { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  if (parsed.positionals.length) return usageError(`unexpected argument "${parsed.positionals[0]}"`, usage);
  const target = parsed.flags.out ?? 'key.json';
  // Overwriting a key silently would lock every agent out of the next update (their feed pins the old one).
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !parsed.flags.force) {
    return fail(`${target} already exists; not replacing a signing key. Use --force if you really want a new key (agents' feeds will then need the new public key).`);
  }
  const keys = await generateKeyPair();
  try {
    await writeFileAtomic(target, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  } catch (e) {
    return fail(`cannot write ${target}: ${(e as Error).message}`);
  }
  out(
    [
      `wrote ${target} (private: keep it secret, out of git and out of the feed folder)`,
      `public key: ${keys.publicKey}`,
      `next: kbpack publish <packs...> --out <dir> --title <title> --key ${target}`,
    ].join('\n'),
  );
  return 0;
}
