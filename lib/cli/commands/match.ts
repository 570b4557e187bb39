// kbpack match <pack.json> [--top K] [--now ISO]: batch matching for CI and the team lead.
// stdin: one question a line, as {"id","text"} JSON or plain text (its id is then the line number).
// stdout: one line per question, {"id","hits":[{"id","score","why"}]}, or {"id","error"} for a bad line
// (the other lines still get answers).
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { describeErrors, parsePackText } from '../../pack/schema';
import { buildIndex, Matcher } from '../../match';

export const summary = 'match <pack.json> [--top K]: read questions from stdin (JSON lines or plain), print the best entries for each';
export const usage = 'usage: kbpack match <pack.json> [--top K] [--now 2026-11-11T10:00:00Z] < questions.jsonl';

const questionLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string({ error: '"text" must be a string' }),
});

interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** One output line for one input line; never throws. */
export function answerLine(matcher: Matcher, line: string, lineNo: number, top: number, now: number): string | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  let id: string | number = lineNo;
  let text = trimmed;
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return JSON.stringify({ id, error: `line ${lineNo}: not valid JSON: ${(e as Error).message}` });
    }
    const parsed = questionLine.safeParse(value);
    if (!parsed.success) {
      const rawId = (value as { id?: unknown })?.id;
      if (typeof rawId === 'string' || typeof rawId === 'number') id = rawId;
      return JSON.stringify({ id, error: `line ${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}` });
    }
    id = parsed.data.id ?? lineNo;
    text = parsed.data.text;
  }
  const hits = matcher.search(text, { top, now }).map((h) => ({ id: h.id, score: h.score, why: h.why }));
  return JSON.stringify({ id, hits });
}

export async function run(args: string[], io: Io = process): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('-') && !['--top', '--now'].includes(args[i - 1] ?? ''));
  const top = Number(option(args, '--top') ?? 5);
  const nowText = option(args, '--now');
  const now = nowText ? Date.parse(nowText) : Date.now();
  if (!file || !Number.isInteger(top) || top < 1 || Number.isNaN(now)) {
    io.stderr.write(`${usage}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    io.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const r = parsePackText(text);
  if (!r.ok) {
    io.stderr.write(`${file}: ${r.errors.length} error(s)\n${describeErrors(r.errors, 200)}\n`);
    return 1;
  }
  const matcher = Matcher.fromIndex(buildIndex(r.pack.entries, { synonyms: r.pack.synonyms }));

  // Output is batched: one write per line would dominate the cost of 10,000 questions.
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) io.stdout.write(buffer.join('\n') + '\n');
    buffer = [];
  };
  let lineNo = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNo++;
    const out = answerLine(matcher, line, lineNo, top, now);
    if (out !== null) buffer.push(out);
    if (buffer.length >= 500) flush();
  }
  flush();
  return 0;
}
