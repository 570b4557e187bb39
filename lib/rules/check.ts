// Check a reply against the rules of the console it is about to go into. Pure and synchronous: the panel
// runs it on every insert, before the text reaches the page.
import { builtInRules, consoleGroups } from './builtin';
import type { RuleSpec } from './schema';

export interface Violation {
  ruleId: string;
  message: { zh: string; en: string };
  /** The offending part: text.slice(start, end). */
  start: number;
  end: number;
  source: string;
}

/** Replies longer than this are checked on their first part only (a reply is never this long). */
const MAX_CHECKED = 20_000;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordChar = (ch: string | undefined) => !!ch && /[A-Za-z0-9]/.test(ch);

function wordPattern(word: string): string {
  // ASCII words match whole words only: "line id" must not fire inside "online id".
  return `${isWordChar(word[0]) ? '(?<![A-Za-z0-9])' : ''}${escapeRe(word)}${isWordChar(word[word.length - 1]) ? '(?![A-Za-z0-9])' : ''}`;
}

const compiled = new WeakMap<RuleSpec, RegExp[]>();

function regexesOf(rule: RuleSpec): RegExp[] {
  let list = compiled.get(rule);
  if (!list) {
    list = [];
    for (const source of [...(rule.patterns ?? []), ...(rule.words ?? []).map(wordPattern)]) {
      try {
        list.push(new RegExp(source, 'giu'));
      } catch {
        // A rule that reached here unvalidated and does not compile checks nothing rather than breaking inserts.
      }
    }
    compiled.set(rule, list);
  }
  return list;
}

function globMatches(glob: string, id: string): boolean {
  if (!glob.includes('*')) return glob === id;
  return new RegExp(`^${glob.split('*').map(escapeRe).join('.*')}$`, 'i').test(id);
}

/** Whether a rule applies to a console id ("pinduoduo", "taught-sellercentral-amazon-com", "generic"). */
export function appliesTo(rule: RuleSpec, consoleId: string, groups: Record<string, string[]> = consoleGroups): boolean {
  const id = consoleId.toLowerCase();
  return rule.consoles.some((c) => {
    if (c === '*') return true;
    if (c.startsWith('@')) return (groups[c.slice(1)] ?? []).some((g) => globMatches(g, id));
    return globMatches(c.toLowerCase(), id);
  });
}

/** Built-in rules with a feed's rules laid over them: same id replaces, `enabled: false` removes. */
export function effectiveRules(builtIn: readonly RuleSpec[], extra: readonly RuleSpec[]): RuleSpec[] {
  const byId = new Map<string, RuleSpec>();
  for (const r of builtIn) byId.set(r.id, r);
  for (const r of extra) byId.set(r.id, r);
  return [...byId.values()].filter((r) => r.enabled !== false);
}

export function checkReply(text: string, consoleId: string, rules: readonly RuleSpec[] = builtInRules): { violations: Violation[] } {
  // Full-width digits and letters (１３８…) are folded one character at a time, only where the length stays
  // the same (so spans still point into the original). ！ and ？ stay: Chinese patterns end sentences on them.
  const raw = text.length > MAX_CHECKED ? text.slice(0, MAX_CHECKED) : text;
  const checked = Array.from(raw, (ch) => {
    if (ch === '！' || ch === '？') return ch;
    const f = ch.normalize('NFKC');
    return f.length === ch.length ? f : ch;
  }).join('');
  const violations: Violation[] = [];
  for (const rule of rules) {
    if (rule.enabled === false || !appliesTo(rule, consoleId)) continue;
    const spans: [number, number][] = [];
    for (const re of regexesOf(rule)) {
      re.lastIndex = 0;
      for (const m of checked.matchAll(re)) {
        if (!m[0]) continue;
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    // One violation per offending stretch of text, however many of the rule's patterns hit it.
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let current: [number, number] | null = null;
    for (const span of spans) {
      if (current && span[0] < current[1]) current[1] = Math.max(current[1], span[1]);
      else {
        if (current) violations.push({ ruleId: rule.id, message: rule.message, start: current[0], end: current[1], source: rule.source });
        current = [span[0], span[1]];
      }
    }
    if (current) violations.push({ ruleId: rule.id, message: rule.message, start: current[0], end: current[1], source: rule.source });
  }
  return { violations: violations.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** Split a text into plain and offending parts, for highlighting (overlapping violations merged). */
export function highlightParts(text: string, violations: readonly Violation[]): { text: string; bad: boolean }[] {
  const spans = violations.map((v) => [v.start, v.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const parts: { text: string; bad: boolean }[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), bad: false });
    parts.push({ text: text.slice(start, e), bad: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), bad: false });
  return parts;
}
