import { fold } from './normalize';
import type { Group, Term } from './lexicon/types';

// All lexicons compile once, at module load, into one character trie. A message is scanned left to
// right taking the longest entry at each position (leftmost-longest), so 不错 beats the negator 不 and
// "not sure" beats "not". Latin entries must start at a word start and end at a word end (or run to the
// end of the word for stems like disappoint*); everything else (Chinese, emoji, emoticons) matches
// anywhere. Clause punctuation becomes stop tokens in the same pass.

interface Node {
  next: Map<number, Node> | undefined;
  term: Term | undefined;
  /** The entry's last character is a Latin letter or digit: it must be followed by a non-word character. */
  endsWord: boolean;
}

export interface Lexicon {
  root: Node;
  terms: Term[];
  /** Phrases listed twice (a lexicon bug: the second copy is dropped). Tests assert this is empty. */
  duplicates: string[];
}

export interface TermToken {
  kind: 'term';
  term: Term;
  start: number;
  end: number;
}
/** A clause boundary; excl/ques count the ! and ? in it (！！！ → 3). */
export interface StopToken {
  kind: 'stop';
  start: number;
  end: number;
  excl: number;
  ques: number;
}
export type Token = TermToken | StopToken;

const VS16 = 0xfe0f;

export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
const APOS = 39;
const HASH = 35;

function variants(phrase: string): string[] {
  // "don't" also as "dont", "i'm done" as "im done", "what's" as "whats": buyers skip apostrophes. A
  // variant that spells another listed phrase (we're → were) yields to it (compile keeps the first).
  // Only an apostrophe inside a word: the one in an emoticon (:'( ) is part of the face.
  const bare = phrase.replace(/([a-z])'([a-z])/g, '$1$2');
  return bare === phrase ? [phrase] : [phrase, bare];
}

export function compile(groups: readonly Group[]): Lexicon {
  const root: Node = { next: undefined, term: undefined, endsWord: false };
  const terms: Term[] = [];
  const duplicates: string[] = [];
  for (const g of groups) {
    for (const raw of g.terms.split('|')) {
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const prefix = trimmed.length > 1 && trimmed.endsWith('*');
      const base = fold(prefix ? trimmed.slice(0, -1) : trimmed).replaceAll('\ufe0f', '');
      for (const text of variants(base)) {
        const first = text.charCodeAt(0);
        const last = text.charCodeAt(text.length - 1);
        const term: Term = {
          text,
          kind: g.kind ?? 'term',
          labels: g.labels,
          neg: g.neg,
          factor: g.factor ?? 1,
          flags: g.flags ?? [],
          negFlags: g.negFlags ?? [],
          why: g.why ?? 'word',
          alone: g.alone ?? 'end',
          irony: g.irony ?? 'message',
          tagQuestion: g.tagQuestion ?? false,
          prefix,
          latin: isWordCode(first),
          id: terms.length,
        };
        let node = root;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          node.next ??= new Map();
          let child = node.next.get(c);
          if (!child) {
            child = { next: undefined, term: undefined, endsWord: false };
            node.next.set(c, child);
          }
          node = child;
        }
        if (node.term) {
          if (text === base) duplicates.push(text);
          continue;
        }
        node.term = term;
        node.endsWord = !prefix && isWordCode(last);
        terms.push(term);
      }
    }
  }
  return { root, terms, duplicates };
}

function isStopChar(c: number): boolean {
  // ! ? . , ; : newline … ~ and the CJK ones that folding does not map to ASCII
  return (
    c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 10 || c === 13 || c === 0x2026 || c === 126 || c === 0xff61 || c === 0x203c || c === 0x2049
  );
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Length of the run of one repeated letter that contains position p (sooooo, ughhh). */
function runAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  let a = p;
  let b = p + 1;
  while (a > 0 && s.charCodeAt(a - 1) === c) a--;
  while (b < s.length && s.charCodeAt(b) === c) b++;
  return b - a;
}

/** Stretched letters: three or more of a kind stand for one or two (sooo mad, ughhh, pleeease). */
const STRETCH = 3;

/**
 * Longest entry starting at i in the folded text s, or undefined. Inside a hashtag (#nothappy,
 * #worstservice) words run together, so `tagEnd` lifts the word-end rule up to the tag's end; entries
 * shorter than 3 letters are then only taken at the tag's start (#ok, not the "ok" in #tokyo).
 */
function matchAt(root: Node, s: string, i: number, tagEnd = -1, tagStart = -1): TermToken | undefined {
  const n = s.length;
  let node: Node | undefined = root;
  let best: TermToken | undefined;
  let j = i;
  while (j < n) {
    const c = s.charCodeAt(j);
    j++;
    if (c === VS16) continue;
    const next: Node | undefined = node.next?.get(c);
    if (!next) {
      // a stretched letter with no further entry: skip the extra copies (pleeease → please), all at once (a line
      // of 100,000 h's must not rescan its run for every letter)
      if (isLower(c) && j - 2 >= i && s.charCodeAt(j - 2) === c && runAt(s, j - 1) >= STRETCH) {
        while (j < n && s.charCodeAt(j) === c) j++;
        continue;
      }
      break;
    }
    node = next;
    const t = node.term;
    if (!t) continue;
    let end = j;
    // the entry ends inside a stretched letter (sooo, ughhh): the word ends where the stretch does
    if (end < n && isLower(s.charCodeAt(end)) && s.charCodeAt(end) === s.charCodeAt(end - 1) && runAt(s, end) >= STRETCH) {
      while (end < n && s.charCodeAt(end) === s.charCodeAt(j - 1)) end++;
    }
    if (tagEnd >= 0) {
      if (end <= tagEnd && (i === tagStart || end - i >= 3)) best = { kind: 'term', term: t, start: i, end };
    } else if (t.prefix) {
      let k = end;
      while (k < n && isWordCode(s.charCodeAt(k))) k++;
      best = { kind: 'term', term: t, start: i, end: k };
    } else if (!node.endsWord || end >= n || !isWordCode(s.charCodeAt(end))) {
      best = { kind: 'term', term: t, start: i, end };
    }
  }
  return best;
}

/** Tokens of a folded message, in order. Unmatched text is skipped. */
export function scan(lex: Lexicon, s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === HASH && i + 1 < n && isWordCode(s.charCodeAt(i + 1))) {
      const tagStart = i + 1;
      let tagEnd = tagStart;
      while (tagEnd < n && isWordCode(s.charCodeAt(tagEnd))) tagEnd++;
      let p = tagStart;
      while (p < tagEnd) {
        const m = matchAt(lex.root, s, p, tagEnd, tagStart);
        if (m) {
          out.push(m);
          p = m.end;
        } else p++;
      }
      i = tagEnd;
      continue;
    }
    if (isWordCode(c)) {
      const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
      const atWordStart = !isWordCode(prev) && !(prev === APOS && i > 1 && isWordCode(s.charCodeAt(i - 2)));
      if (atWordStart) {
        const m = matchAt(lex.root, s, i);
        if (m) {
          out.push(m);
          i = m.end;
          continue;
        }
      }
      // not a known word: skip the rest of it
      i++;
      while (i < n && isWordCode(s.charCodeAt(i))) i++;
      continue;
    }
    const m = matchAt(lex.root, s, i);
    if (m) {
      out.push(m);
      i = m.end;
      continue;
    }
    if (isStopChar(c)) {
      let excl = 0;
      let ques = 0;
      const start = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        // an emoticon may start inside the run (好！！:) ): leave it to the trie
        if (i > start && d !== 32 && matchAt(lex.root, s, i)) break;
        if (d === 33) excl++;
        else if (d === 63) ques++;
        else if (d === 0x203c) excl += 2;
        else if (d === 0x2049) {
          excl++;
          ques++;
        } else if (!isStopChar(d) && d !== 32) break;
        i++;
      }
      const last = out[out.length - 1];
      // "... ！！" after "..." is one boundary, not two
      if (last && last.kind === 'stop' && last.end === start) {
        last.end = i;
        last.excl += excl;
        last.ques += ques;
      } else out.push({ kind: 'stop', start, end: i, excl, ques });
      continue;
    }
    i++;
  }
  return out;
}
