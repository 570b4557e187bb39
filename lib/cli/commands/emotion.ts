import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { detectConversation, detectEmotion } from '../../emotion/index';

export const summary = 'emotion: read {"id","text"} lines (or plain lines) on stdin, write emotions and urgency per line';
export const usage = `usage: kbpack emotion < messages.jsonl

Each input line is {"id": ..., "text": "..."} or plain text (its id is then the line number).
Each output line is {"id", "emotions": [{"label", "score", "evidence"}], "urgency", "urgencyReasons"}.
To read a message as the side panel does, with the buyer's earlier messages, add "earlier": ["...", ...]
(oldest first); the output then also has "trend" (steady, escalating or calming).
Every input line gets exactly one output line, so the output lines up with the input: a blank
line reads as an empty message (neutral, low urgency). A line that looks like JSON but is not a
{"text": "..."} object is reported on stderr and as {"id", "error"} in its place; the exit code is then 1.`;

const EARLIER = '"earlier" must be a list of strings (the buyer\'s earlier messages, oldest first)';
const lineSchema = z.looseObject({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).optional(),
  text: z.string({ error: '"text" must be a string' }),
  earlier: z.array(z.string({ error: EARLIER }), { error: EARLIER }).optional(),
});

/**
 * One input line → one output line, blank ones included: people paste the results next to the file they
 * piped, and a skipped line would shift every answer after it onto the wrong message. Never throws.
 */
export function processLine(line: string, lineNo: number): { out: string; error?: string } {
  const trimmed = line.replace(/^\uFEFF/, '');
  let id: string | number = lineNo;
  let text = trimmed;
  if (trimmed.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      const error = `line ${lineNo}: not valid JSON (${(e as Error).message}); send plain text or {"id","text"}`;
      return { out: JSON.stringify({ id, error }), error };
    }
    const r = lineSchema.safeParse(value);
    if (!r.success) {
      const given = (value as { id?: unknown } | null)?.id;
      if (typeof given === 'string' || typeof given === 'number') id = given;
      const what = [...new Set(r.error.issues.map((i) => (i.path[0] === 'text' ? 'needs "text" (a string)' : i.path[0] === 'earlier' ? EARLIER : i.path.length ? `${i.path.join('.')}: ${i.message}` : 'is not an object')))].join('; ');
      const error = `line ${lineNo}: ${what}`;
      return { out: JSON.stringify({ id, error }), error };
    }
    id = r.data.id ?? lineNo;
    text = r.data.text;
    if (r.data.earlier?.length) {
      const res = detectConversation([...r.data.earlier, text]);
      return { out: JSON.stringify({ id, emotions: res.emotions, urgency: res.urgency, urgencyReasons: res.urgencyReasons, trend: res.trend }) };
    }
  }
  const res = detectEmotion(text);
  return {
    out: JSON.stringify({ id, emotions: res.emotions, urgency: res.urgency, urgencyReasons: res.urgencyReasons }),
  };
}

/**
 * Lines split on "\n" only (a trailing "\r" dropped): readline also ends a line at a lone "\r", which would give
 * one message pasted from an old Mac file two output lines and shift every id after it.
 */
async function* linesOf(input: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let from = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', from)) {
      yield rest.slice(from, nl).replace(/\r$/, '');
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}

export async function runStreams(input: Readable, output: Writable, errors: Writable): Promise<number> {
  let lineNo = 0;
  let failed = 0;
  for await (const line of linesOf(input)) {
    lineNo++;
    const r = processLine(line, lineNo);
    if (r.error) {
      failed++;
      errors.write(r.error + '\n');
    }
    output.write(r.out + '\n');
  }
  if (failed) errors.write(`${failed} line(s) could not be read; see above\n`);
  return failed ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (process.stdin.isTTY) {
    process.stderr.write(usage + '\n');
    return 2;
  }
  return runStreams(process.stdin, process.stdout, process.stderr);
}
