// The detector against what experienced agents expect, on buyer messages written for this product by
// colleagues (tests/bench/data/buyer-probes.jsonl: one probe per colleague, Chinese and English, with the care, urgency
// and, where clear-cut, main feeling each writer expected before running anything). Not a goal: the
// probes were used to find general gaps, so this is a regression measure, not a held-out one.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { careLabels, detectConversation, detectEmotion, type Trend } from '../../../lib/emotion/index';

export const name = 'agent-read';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '..', 'data', 'buyer-probes.jsonl');

export interface ProbeRow {
  id: string;
  probe: number;
  text: string;
  care: boolean | null;
  urgency: 'low' | 'medium' | 'high' | null;
  main: string | null;
  /** The buyer's earlier messages, oldest first: the row is then read as the side panel reads a conversation. */
  earlier?: string[];
  /** For a conversation, the trend the writer expected. */
  trend?: Trend | null;
}

// the detector's own definition of care
const careSet = new Set<string>(careLabels);
const cjk = /[\u3400-\u9fff]/;

interface Tally {
  care: [number, number];
  urgency: [number, number];
  main: [number, number];
  trend: [number, number];
}

/** Agreement counts [right, scored] per field; a null expectation is not scored. */
export function score(rows: readonly ProbeRow[]): Tally {
  const t: Tally = { care: [0, 0], urgency: [0, 0], main: [0, 0], trend: [0, 0] };
  for (const r of rows) {
    const res = r.earlier?.length ? detectConversation([...r.earlier, r.text]) : detectEmotion(r.text);
    if (r.trend && 'trend' in res) {
      t.trend[1]++;
      if (res.trend === r.trend) t.trend[0]++;
    }
    if (r.care !== null) {
      t.care[1]++;
      if (res.emotions.some((e) => careSet.has(e.label)) === r.care) t.care[0]++;
    }
    if (r.urgency !== null) {
      t.urgency[1]++;
      if (res.urgency === r.urgency) t.urgency[0]++;
    }
    if (r.main) {
      t.main[1]++;
      if (res.main === r.main) t.main[0]++;
    }
  }
  return t;
}

export function readProbes(path = file): ProbeRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ProbeRow);
}

const pct = ([right, n]: [number, number]) => (n ? `${((100 * right) / n).toFixed(1)}% (${right}/${n})` : '–');

export async function run(): Promise<string> {
  const rows = readProbes();
  const groups: [string, ProbeRow[]][] = [
    ['all', rows],
    ['Chinese', rows.filter((r) => cjk.test(r.text))],
    ['English', rows.filter((r) => !cjk.test(r.text))],
    ...[...new Set(rows.map((r) => r.probe))].sort((a, b) => a - b).map((p) => [`probe ${p}`, rows.filter((r) => r.probe === p)] as [string, ProbeRow[]]),
  ];
  const lines = [
    '## Buyer messages read as agents expect',
    '',
    `${rows.length} messages written for this product by colleagues (${new Set(rows.map((r) => r.probe)).size} probes; probe 4 is weighted to hard cases: sarcasm, calm fault reports, deadlines, praise with a gripe; probes 16, 18, 20, 22 and 24 are Taiwan and Hong Kong writing only; probe 25 is English support tweets; probe 26 is Singapore, Malaysian and Philippine English with Malay and Tagalog; probe 27 is 160 conversations of 2 to 5 buyer messages, read with the earlier ones as the panel reads them, and also scored on the trend; probe 28 is 200 long messages, emails and tickets of 3 to 12 sentences; probe 29 is 240 short chats, half of them hard cases for telling care apart: pre-sale worries, calm faults, praise and sympathy with negative words, other people's opinions; probe 30 is 240 chats in the mix of a working day: pre-sale, logistics, after-sales, complaints, small talk, in each platform's voice). Agreement with the writer's expectation; a regression measure, since the probes were used to find gaps.`,
    '',
    '| set | messages | care | urgency | main (where clear-cut) | trend (conversations) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [label, group] of groups) {
    const t = score(group);
    lines.push(`| ${label} | ${group.length} | ${pct(t.care)} | ${pct(t.urgency)} | ${pct(t.main)} | ${pct(t.trend)} |`);
  }
  return lines.join('\n');
}
