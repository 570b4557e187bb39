// Emotion detector vs the AFINN baseline (`sentiment` package) on every file in
// ../shared/datasets/emotion/ (see its README). "Care" = the detector flags angry, anxious,
// disappointed or threatening; gold care = `negative: true`, or a gold label among angry, anxious,
// disappointed. Skips cleanly when the datasets folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { detectEmotion } from '../../../lib/emotion/index';

export const name = 'emotion';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = join(here, '..', '..', '..', '..', 'shared', 'datasets', 'emotion');

export interface Row {
  id: string;
  text: string;
  labels?: string[];
  negative?: boolean;
}

const care = new Set(['angry', 'anxious', 'disappointed', 'threatening']);
const scoredLabels = ['angry', 'anxious', 'disappointed', 'confused', 'positive', 'neutral'] as const;

export function readRows(file: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Row;
      if (typeof r.text === 'string') rows.push(r);
    } catch {
      // a broken line is skipped, not fatal: the other rows still measure
    }
  }
  return rows;
}

export function goldCare(r: Row): boolean {
  return r.negative === true || (r.labels ?? []).some((l) => care.has(l));
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Scores {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Evaluation {
  care: Scores;
  labels: Partial<Record<(typeof scoredLabels)[number], Scores>>;
  msPerMessage: number;
}

/** predict returns the set of labels shown for a message. */
export function evaluate(rows: readonly Row[], predict: (text: string) => Set<string>): Evaluation {
  // warm-up so the timing is of the steady state, not of the JIT; then the fastest of three passes,
  // because the machine is shared and a slow pass says more about the neighbours than about us
  for (const r of rows.slice(0, 200)) predict(r.text);
  let predicted: Set<string>[] = [];
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    predicted = rows.map((r) => predict(r.text));
    best = Math.min(best, performance.now() - t0);
  }
  const msPerMessage = best / Math.max(1, rows.length);

  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    const g = goldCare(r);
    const p = [...predicted[i]!].some((l) => care.has(l));
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const labels: Evaluation['labels'] = {};
  if (rows.some((r) => r.labels)) {
    for (const l of scoredLabels) {
      if (!rows.some((r) => r.labels?.includes(l))) continue;
      let ltp = 0;
      let lfp = 0;
      let lfn = 0;
      rows.forEach((r, i) => {
        const g = r.labels?.includes(l) ?? false;
        const p = predicted[i]!.has(l);
        if (g && p) ltp++;
        else if (p) lfp++;
        else if (g) lfn++;
      });
      labels[l] = prf(ltp, lfp, lfn);
    }
  }
  return { care: prf(tp, fp, fn), labels, msPerMessage };
}

export function ours(text: string): Set<string> {
  return new Set(detectEmotion(text).emotions.map((e) => e.label));
}

interface Analyzer {
  analyze(text: string): { score: number };
}
let afinnInstance: Analyzer | undefined;
/** AFINN: score < 0 → care (reported as angry), > 0 → positive, 0 → neutral. English only by design. */
export function afinn(text: string): Set<string> {
  if (!afinnInstance) {
    const Sentiment = createRequire(import.meta.url)('sentiment') as new () => Analyzer;
    afinnInstance = new Sentiment();
  }
  const s = afinnInstance.analyze(text).score;
  return new Set([s < 0 ? 'angry' : s > 0 ? 'positive' : 'neutral']);
}

const goals: Record<string, { care: number; angry?: number }> = {
  'complaints-en': { care: 0.75 },
  'goemotions-en': { care: 0.62 },
  'shopping-reviews-zh': { care: 0.8 },
  'smp2020-zh': { care: 0.7, angry: 0.6 },
};
const MS_GOAL = 0.2;

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

/** `dir`: where the sets are (a test points it elsewhere); run.ts calls it with none. */
export async function run(dir = datasets): Promise<string> {
  const out = ['## Emotion detection', ''];
  if (!existsSync(dir)) {
    out.push(`Skipped: no datasets at ${dir}.`);
    return out.join('\n');
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  out.push(
    'Care = flags angry, anxious, disappointed or threatening. AFINN (`sentiment`): score < 0 = care (and counted as angry), > 0 positive, 0 neutral; it has no Chinese, so 0.00 there. ms/msg = fastest of three passes.',
    '',
    '| set | rows | detector | care P | care R | care F1 | angry F1 | anxious F1 | disappointed F1 | confused F1 | positive F1 | neutral F1 | ms/msg | goal |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  const notes: string[] = [];
  for (const f of files) {
    const set = f.replace(/\.jsonl$/, '');
    const rows = readRows(join(dir, f));
    if (!rows.length) continue;
    console.error(`  ${set}: ${rows.length} rows`);
    for (const [who, fn] of [
      ['ours', ours],
      ['AFINN', afinn],
    ] as const) {
      const e = evaluate(rows, fn);
      const cell = (l: (typeof scoredLabels)[number]) => (e.labels[l] ? f2(e.labels[l]!.f1) : '–');
      let goal = '';
      const g = goals[set];
      if (who === 'ours' && g) {
        const careOk = e.care.f1 >= g.care;
        const angryOk = g.angry === undefined || (e.labels.angry?.f1 ?? 0) >= g.angry;
        const msOk = e.msPerMessage <= MS_GOAL;
        goal = `care ≥ ${g.care}${g.angry !== undefined ? `, angry ≥ ${g.angry}` : ''}, ≤ ${MS_GOAL} ms: ${careOk && angryOk && msOk ? '**met**' : '**not met**'}`;
        if (!msOk) notes.push(`${set}: ${f3(e.msPerMessage)} ms/message is over the ${MS_GOAL} ms goal.`);
      }
      out.push(
        `| ${set} | ${rows.length} | ${who} | ${f2(e.care.p)} | ${f2(e.care.r)} | ${f3(e.care.f1)} | ${cell('angry')} | ${cell('anxious')} | ${cell('disappointed')} | ${cell('confused')} | ${cell('positive')} | ${cell('neutral')} | ${f3(e.msPerMessage)} | ${goal} |`,
      );
    }
  }
  out.push('', 'Dev splits only: the goals are decided on held-out messages, which this run does not have.');
  if (notes.length) out.push('', ...notes);
  return out.join('\n');
}
