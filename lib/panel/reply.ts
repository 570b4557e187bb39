import { composeReply, type ComposedReply } from '../compose';
import type { PackRow, ScriptRow } from '../db/types';
import type { EmotionResult } from '../emotion';
import { fillVariables, type Filled, type VariableValues } from '../pack/variables';
import type { Suggestion } from './suggest';

// The reply the panel proposes for a suggestion: the entry's answer (variables filled) opened and closed
// in the tone the buyer needs, using the scripts of the entry's own pack (so the language matches).

const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

export type ReplyLang = 'zh' | 'en';

/** Consoles whose buyers read Chinese (by adapter id: display names are not a language, "Amazon · 通用识别"). */
const CHINESE_CONSOLES: ReadonlySet<string> = new Set(['pinduoduo', 'feige', 'kuaishou', 'xiaohongshu']);

/**
 * The language a reply without an entry (the calming script) is written in. A Chinese message, or any message
 * on a Chinese console (拼多多, 抖店飞鸽…, by the id of the console serving the page's host), gets Chinese:
 * buyers there often type pinyin or Latin shorthand ("wtf", "ok??") but read Chinese. Otherwise the buyer wrote
 * in a Latin script: English.
 */
export function replyLang(question: string, consoleId = ''): ReplyLang {
  return hasCjk(question) || CHINESE_CONSOLES.has(consoleId) ? 'zh' : 'en';
}

/** Scripts of one pack, or of every enabled pack in the given language (default: the question's) when there is no entry. */
export function scriptsFor(rows: ScriptRow[], packs: PackRow[], packId: string | undefined, question: string, lang?: ReplyLang): ScriptRow['script'][] {
  if (packId) return rows.filter((r) => r.packId === packId).map((r) => r.script);
  const zh = (lang ?? replyLang(question)) === 'zh';
  const langOf = new Map(packs.map((p) => [p.id, p.locale.toLowerCase().startsWith('zh')]));
  return rows.filter((r) => langOf.get(r.packId) === zh).map((r) => r.script);
}

export interface ProposedReply {
  filled: Filled;
  composed: ComposedReply;
  /** What Insert puts in the console: the composed reply with variables filled. */
  text: string;
  /** Variables left unfilled anywhere in it (answer, opener, closer, tone variant): Insert warns about them. */
  missing: string[];
}

/** A calming reply on its own, with the variables its scripts left unfilled. */
export interface CalmReply extends ComposedReply {
  missing: string[];
}

export function proposeReply(
  s: Suggestion,
  emotion: EmotionResult | null,
  scripts: ScriptRow[],
  packs: PackRow[],
  values: VariableValues,
  locale?: string,
): ProposedReply {
  const filled = fillVariables(s.entry.answer, values);
  if (!emotion) return { filled, composed: { parts: [{ kind: 'answer', text: filled.text }], text: filled.text }, text: filled.text, missing: filled.missing };
  const entryTones = s.entry.tones
    ? Object.fromEntries(Object.entries(s.entry.tones).map(([k, v]) => [k, v ? fillVariables(v, values).text : v]))
    : undefined;
  const composed = composeReply({
    answer: filled.text,
    entry: { category: s.entry.category, tones: entryTones },
    emotion,
    scripts: scriptsFor(scripts, packs, s.packId, ''),
    locale,
  });
  // Scripts may use variables too ({{buyer}}, {{agent}}): fill them in the parts shown and in the text inserted.
  const parts = composed.parts.map((p) => (p.kind === 'answer' ? p : { ...p, text: fillVariables(p.text, values).text }));
  // an unfilled placeholder stays literal in the answer or tone variant, so the whole text finds every one left
  const whole = fillVariables(composed.text, values);
  return { filled, composed: { parts, text: whole.text }, text: whole.text, missing: whole.missing };
}

/** A calming reply on its own, for a threatening or furious buyer when no entry matches (or before it). */
/** `lang`: the language to calm in (see replyLang); the question's own script when not given. */
export function deEscalation(emotion: EmotionResult | null, scripts: ScriptRow[], packs: PackRow[], question: string, values: VariableValues, lang?: ReplyLang): CalmReply | null {
  if (!emotion) return null;
  const labels = new Set(emotion.emotions.map((e) => e.label));
  if (!(labels.has('threatening') || (labels.has('angry') && emotion.urgency === 'high'))) return null;
  const want = lang ?? replyLang(question);
  const composed = composeReply({ emotion, scripts: scriptsFor(scripts, packs, undefined, question, want), locale: want === 'zh' ? 'zh-CN' : 'en' });
  if (!composed.parts.length) return null;
  const whole = fillVariables(composed.text, values);
  return { parts: composed.parts.map((p) => ({ ...p, text: fillVariables(p.text, values).text })), text: whole.text, missing: whole.missing };
}
