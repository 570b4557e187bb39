import { todoCsv, todoRows, type TodoRow } from '../../gaps/todo';
import { DEFAULT_GROUP_THRESHOLD } from '../../gaps/group';
import { describeErrors, parsePackText } from '../../pack/schema';
import { parseReports } from '../../report/parse';
import type { GapReport, ReportKind } from '../../report/schema';
import { parseArgs } from '../args';
import { decodeUtf8, err, fail, out, readBytes, usageError, writeFileAtomic } from '../io';

export const summary = 'gaps <reports.jsonl|csv...> -o todo.csv: group gap reports into a to-do CSV that build accepts once answered';
export const usage = 'kbpack gaps <reports.jsonl|reports.csv...> -o <todo.csv> [--all] [--pack <pack.json>] [--threshold 0.5]';

const flags = {
  out: { type: 'string', short: 'o' },
  all: { type: 'boolean' },
  pack: { type: 'string' },
  threshold: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const help = `usage: ${usage}
Reads gap reports (kbreport/1 as JSON Lines, JSON or the CSV export), groups similar questions and writes
one row per group, most reported and most urgent first. Fill in the answer column, then:
  npm run -s kbpack -- build todo.csv -o pack.json --id <id> --version <version> --title <title> --locale <locale>
  --all        also group reports of wrong and outdated entries (default: missing answers only)
  --pack       suggest each group's category from this pack (the category of the entries the panel suggested)
  --threshold  how alike questions must be to share a row, 0–1 (default ${DEFAULT_GROUP_THRESHOLD}; higher = more, smaller rows)`;

type Loaded = { reports: GapReport[]; badRows: number; duplicates: number };

/** Every file's reports, each id once across files. Bad rows are reported and skipped; an unreadable file stops everything. */
async function loadReports(files: string[]): Promise<Loaded | string> {
  const loaded: Loaded = { reports: [], badRows: 0, duplicates: 0 };
  const seen = new Set<string>();
  for (const file of files) {
    const read = await readBytes(file);
    if (!read.ok) return read.error;
    const text = decodeUtf8(read.bytes);
    if (text === null) return `${file} is not UTF-8 text (save the export as UTF-8)`;
    const parsed = parseReports(text);
    for (const e of parsed.errors) err(`${file}: ${e.where}: ${e.message}`);
    loaded.badRows += parsed.errors.length;
    loaded.duplicates += parsed.duplicates;
    for (const r of parsed.reports) {
      if (seen.has(r.id)) loaded.duplicates++;
      else {
        seen.add(r.id);
        loaded.reports.push(r);
      }
    }
  }
  return loaded;
}

/** Entry key (`packId/entryId`) and bare id → category. */
async function loadCategories(file: string): Promise<Map<string, string> | string> {
  const read = await readBytes(file);
  if (!read.ok) return read.error;
  const text = decodeUtf8(read.bytes);
  if (text === null) return `${file} is not UTF-8 text`;
  const r = parsePackText(text);
  if (!r.ok) return `${file}: not a valid pack\n${describeErrors(r.errors, 20)}`;
  const categories = new Map<string, string>();
  for (const e of r.pack.entries) {
    if (!e.category) continue;
    categories.set(`${r.pack.id}/${e.id}`, e.category);
    categories.set(e.id, e.category);
  }
  return categories;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describe(rows: TodoRow[], target: string, loaded: Loaded, used: number, kinds: string): string {
  const skipped = [loaded.duplicates ? `${plural(loaded.duplicates, 'duplicate')} skipped` : '', loaded.badRows ? `${plural(loaded.badRows, 'bad row')} skipped` : '']
    .filter(Boolean)
    .join(', ');
  const lines = [`wrote ${target}: ${plural(rows.length, 'group')} from ${used} ${kinds} ${used === 1 ? 'report' : 'reports'}${skipped ? ` (${skipped})` : ''}`];
  const grouped = rows.reduce((n, r) => n + r.count, 0);
  if (grouped < used) lines.push(`${plural(used - grouped, 'report')} had no words to group (only emoji, punctuation or masked data)`);
  for (const r of rows.slice(0, 5)) lines.push(`  ${r.id}  ×${r.count}  ${r.urgency.padEnd(6)}  ${r.title}`);
  if (rows.length > 5) lines.push(`  …and ${rows.length - 5} more`);
  lines.push(`Fill in the answer column, then: npm run -s kbpack -- build ${target} -o pack.json --id … --version … --title … --locale …`);
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(help), 0);
  const files = parsed.positionals;
  if (!files.length) return usageError('which reports? give one or more .jsonl, .json or .csv files', usage);
  const target = parsed.flags.out;
  if (!target) return usageError('missing -o <todo.csv> (where to write the to-do list)', usage);
  let threshold: number | undefined;
  if (parsed.flags.threshold !== undefined) {
    threshold = Number(parsed.flags.threshold);
    if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) return usageError(`--threshold must be a number above 0 and at most 1 (got "${parsed.flags.threshold}")`, usage);
  }

  let categoryOf: ((key: string) => string | undefined) | undefined;
  if (parsed.flags.pack) {
    const categories = await loadCategories(parsed.flags.pack);
    if (typeof categories === 'string') return fail(`${categories}\nnothing written`);
    categoryOf = (key) => categories.get(key);
  }

  const loaded = await loadReports(files);
  if (typeof loaded === 'string') return fail(`${loaded}\nnothing written`);
  const kinds: ReportKind[] = parsed.flags.all ? ['missing', 'wrong', 'outdated'] : ['missing'];
  const used = loaded.reports.filter((r) => kinds.includes(r.kind)).length;
  const kindWords = parsed.flags.all ? 'gap' : 'missing-answer';
  if (!used) {
    const hint = !parsed.flags.all && loaded.reports.length ? ` (${plural(loaded.reports.length, 'report')} of wrong or outdated entries: add --all to include them)` : '';
    return fail(`no ${kindWords} reports to group${hint}; nothing written`);
  }

  const rows = todoRows(loaded.reports, { kinds, ...(categoryOf ? { categoryOf } : {}), ...(threshold !== undefined ? { threshold } : {}) });
  if (!rows.length) return fail('no report has a question with words to group (only emoji, punctuation or masked data); nothing written');
  try {
    await writeFileAtomic(target, todoCsv(rows));
  } catch (e) {
    return fail(`cannot write ${target}: ${(e as Error).message}`);
  }
  out(describe(rows, target, loaded, used, kindWords));
  return 0;
}
