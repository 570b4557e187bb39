import { readFile } from 'node:fs/promises';
import { describeErrors, parsePackText } from '../../pack/schema';

export const summary = 'validate <pack.json>: exit 0 when the pack is valid, else print each error with its path';

export async function run(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    process.stderr.write('usage: kbpack validate <pack.json>\n');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const r = parsePackText(text);
  if (!r.ok) {
    process.stderr.write(`${file}: ${r.errors.length} error(s)\n${describeErrors(r.errors, 200)}\n`);
    return 1;
  }
  process.stdout.write(`${file}: ok — ${r.pack.id} v${r.pack.version}, ${r.pack.entries.length} entries, ${r.pack.scripts?.length ?? 0} scripts\n`);
  return 0;
}
