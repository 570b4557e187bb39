// The fallback for chat pages no adapter knows: find the reply box near the bottom, then the list above it
// whose rows sit left (the buyer) or right (the shop), like every chat UI draws them.
import { safeQueryAll } from './dom';
import { asReplyBox, type ReplyBox } from './input';
import type { ThreadRow } from './question';
import { readableText } from './text';

export type Side = 'left' | 'right' | 'center' | null;

export interface GenericChat {
  list: Element;
  input: ReplyBox | null;
  /** The header element naming the buyer, found once per detection (undefined: none). */
  nameEl?: Element;
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const SEARCH_HINT = /搜索|搜寻|查找|search|filter|筛选/i;
const NON_ROW_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META']);
/** Toolbars are rows of controls, not messages. */
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'LABEL', 'SELECT', 'TEXTAREA']);
const CONTROL_ROLES = new Set(['button', 'tab', 'menuitem', 'option', 'link']);
/** Rows read per list: enough for the burst, the previous questions and an order number. */
const ROWS_READ = 60;
const SIDE_SAMPLE = 30;
const MAX_ANCESTOR_LEVELS = 10;
const MAX_CANDIDATES = 40;
const MAX_SCAN = 8000;

const RIGHT_WORDS = new Set(['self', 'me', 'mine', 'own', 'right', 'outgoing', 'outbound', 'sent', 'seller', 'agent', 'staff', 'kefu', 'cs', 'merchant', 'shop']);
const LEFT_WORDS = new Set(['left', 'other', 'others', 'them', 'incoming', 'inbound', 'received', 'receive', 'buyer', 'customer', 'client', 'guest', 'visitor']);
const CENTER_WORDS = new Set(['system', 'sys', 'notice', 'tip', 'tips', 'center', 'centre', 'divider', 'separator']);
/** Parts of a row that are not the message: names, avatars, timestamps, read receipts. */
const META_WORDS = new Set(['name', 'nick', 'nickname', 'avatar', 'time', 'date', 'timestamp', 'stamp', 'status', 'read', 'unread', 'receipt']);
const TIME_LINE = /^(\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*)?\d{1,2}:\d{2}(:\d{2})?$|^(已读|未读|read|unread|delivered|sent)$/i;

/** "messageNotMe chatd-bubble--other" → ["message", "not", "me", "chatd", "bubble", "other"]. */
export function classWords(el: Element): string[] {
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    // CSS-module suffixes ("styles_right__3kd9F", "nameLine-Q8PQwE") carry no meaning…
    .map((c) => c.replace(/[-_]{1,2}(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{5,}$/, ''))
    // …and fully hashed names ("iD7SHBvMhm4OhfCsBGr1") would split into noise such as "cs".
    .filter((c) => !(/\d/.test(c) && (c.match(/[A-Z]/g)?.length ?? 0) >= 2))
    .join(' ');
  return cls
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function wordsSide(words: string[]): Side {
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if ((w === 'me' || w === 'self' || w === 'mine') && words[i - 1] === 'not') return 'left';
    if (RIGHT_WORDS.has(w)) return 'right';
    if (LEFT_WORDS.has(w)) return 'left';
    if (CENTER_WORDS.has(w)) return 'center';
  }
  return null;
}

function styleSide(el: Element): Side {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  let s: CSSStyleDeclaration;
  try {
    s = view.getComputedStyle(el);
  } catch {
    return null;
  }
  if (s.flexDirection === 'row-reverse') return 'right';
  const justify = s.justifyContent;
  if (justify === 'flex-end' || justify === 'end' || justify === 'right') return 'right';
  if (justify === 'center') return 'center';
  const self = s.alignSelf;
  if (self === 'flex-end' || self === 'end') return 'right';
  if (self === 'center') return 'center';
  // Engines without layout report `auto` margins as written: both auto = centred, left auto = pushed right.
  if (s.marginLeft === 'auto') return s.marginRight === 'auto' ? 'center' : 'right';
  if (s.float === 'right') return 'right';
  const align = s.textAlign;
  if (align === 'right' || align === 'end') return 'right';
  if (align === 'center') return 'center';
  if (justify === 'flex-start' || justify === 'start' || justify === 'left' || self === 'flex-start' || align === 'left') return 'left';
  return null;
}

/** The row and its first text-bearing descendants: the containers of the message itself. */
function textPath(row: Element): Element[] {
  const path: Element[] = [row];
  let node: Element = row;
  for (let depth = 0; depth < 4; depth += 1) {
    let next: Element | null = null;
    for (const child of Array.from(node.children)) {
      if (NON_ROW_TAGS.has(child.tagName)) continue;
      if ((child.textContent ?? '').trim() || child.querySelector('img')) {
        next = child;
        break;
      }
    }
    if (!next) break;
    path.push(next);
    node = next;
  }
  return path;
}

function geometrySide(path: Element[], container: DOMRect): Side {
  if (container.width <= 0) return null;
  const leaf = path[path.length - 1]!;
  const r = leaf.getBoundingClientRect();
  if (r.width <= 0) return null;
  const gapL = r.left - container.left;
  const gapR = container.right - r.right;
  const slack = container.width * 0.1;
  if (Math.max(gapL, gapR) < slack) return null;
  if (Math.abs(gapL - gapR) < slack) return 'center';
  return gapL < gapR ? 'left' : 'right';
}

const sideCache = new WeakMap<Element, { cls: string; side: Side }>();

/** Which side a row sits on: layout when the browser has one, else computed style, else class words. */
export function rowSide(row: Element, containerRect: DOMRect): Side {
  const cls = row.getAttribute('class') ?? '';
  const cached = sideCache.get(row);
  if (cached && cached.cls === cls) return cached.side;
  const path = textPath(row);
  let side = geometrySide(path, containerRect);
  for (let i = 0; !side && i < path.length; i += 1) side = styleSide(path[i]!);
  for (let i = 0; !side && i < path.length; i += 1) side = wordsSide(classWords(path[i]!));
  sideCache.set(row, { cls, side });
  return side;
}

export function listRows(list: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(list.children)) {
    if (NON_ROW_TAGS.has(child.tagName) || CONTROL_TAGS.has(child.tagName) || child.hasAttribute('hidden')) continue;
    if (CONTROL_ROLES.has(child.getAttribute('role') ?? '')) continue;
    if ((child.textContent ?? '').trim() || child.querySelector('img')) rows.push(child);
  }
  return rows;
}

interface Scored {
  score: number;
  valid: boolean;
}

function scoreList(list: Element, hasInput: boolean): Scored {
  const rows = listRows(list).slice(-SIDE_SAMPLE);
  if (rows.length < 1) return { score: 0, valid: false };
  const rect = list.getBoundingClientRect();
  let left = 0;
  let right = 0;
  let center = 0;
  let unknown = 0;
  for (const row of rows) {
    const side = rowSide(row, rect);
    if (side === 'left') left += 1;
    else if (side === 'right') right += 1;
    else if (side === 'center') center += 1;
    else unknown += 1;
  }
  const valid = (right >= 1 && left + unknown >= 1) || (left >= 1 && hasInput) || left >= 2;
  // Rows on both sides are what makes a chat; any plain list of left-aligned text is "left" by layout.
  const twoSided = right >= 1 && left + unknown >= 1 ? 1000 : 0;
  const bonus = scrolls(list) || (list.parentElement && scrolls(list.parentElement)) ? 5 : 0;
  return { score: twoSided + (left + right + center) * 2 + rows.length + bonus, valid };
}

function scrolls(el: Element): boolean {
  try {
    const overflow = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY;
    return overflow === 'auto' || overflow === 'scroll';
  } catch {
    return false;
  }
}

function isSearchLike(el: Element): boolean {
  const hint = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('type') ?? ''}`;
  return SEARCH_HINT.test(hint) || !!el.closest('[role="search"]');
}

/** The reply box: an editable field that is not a search box, lowest on screen (last in document order without layout). */
export function findGenericInput(doc: Document): ReplyBox | null {
  let best: ReplyBox | null = null;
  let bestBottom = -Infinity;
  for (const el of safeQueryAll(doc, EDITABLE)) {
    if (isSearchLike(el)) continue;
    // Only editing hosts, not their editable descendants.
    if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) continue;
    const box = asReplyBox(el);
    if (!box) continue;
    const t = box.target as HTMLTextAreaElement;
    if (t.disabled || t.readOnly || t.hasAttribute('hidden')) continue;
    const bottom = el.getBoundingClientRect().bottom;
    if (bottom >= bestBottom) {
      best = box;
      bestBottom = bottom;
    }
  }
  return best;
}

function textChildCount(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.children)) if ((child.textContent ?? '').trim()) n += 1;
  return n;
}

function bestList(candidates: Element[], hasInput: boolean): Element | null {
  const ranked = candidates
    .map((el) => ({ el, n: textChildCount(el) }))
    .filter((c) => c.n >= 1)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_CANDIDATES);
  let best: { el: Element; score: number } | null = null;
  for (const { el } of ranked) {
    const scored = scoreList(el, hasInput);
    if (scored.valid && (!best || scored.score > best.score)) best = { el, score: scored.score };
  }
  return best?.el ?? null;
}

/**
 * Look for a chat: among the elements above the reply box, nearest first (the preceding siblings of the
 * box, then of its parent, and so on), or over the whole page when there is none, the list whose rows
 * best split into left and right. A scan budget keeps huge pages cheap without losing the nearby list.
 */
export function detectGenericChat(doc: Document): GenericChat | null {
  const input = findGenericInput(doc);
  const inputEl = input?.host ?? null;
  const candidates: Element[] = [];
  let budget = MAX_SCAN;
  const consider = (el: Element, minChildren: number) => {
    budget -= 1;
    if (el.childElementCount >= minChildren) candidates.push(el);
  };
  if (inputEl) {
    let branch: Element = inputEl;
    for (let level = 0; level < MAX_ANCESTOR_LEVELS && budget > 0; level += 1) {
      const parent: Element | null = branch.parentElement;
      if (!parent) break;
      for (let sib = branch.previousElementSibling; sib && budget > 0; sib = sib.previousElementSibling) {
        consider(sib, 1);
        const inner = sib.getElementsByTagName('*');
        for (let i = 0; i < inner.length && budget > 0; i += 1) consider(inner[i]!, 1);
      }
      branch = parent;
    }
  } else if (doc.body) {
    const all = doc.body.getElementsByTagName('*');
    for (let i = 0; i < all.length && budget > 0; i += 1) consider(all[i]!, 2);
  }
  const list = bestList(candidates, !!inputEl);
  if (!list) return null;
  const nameEl = findGenericNameElement(list);
  return nameEl ? { list, input, nameEl } : { list, input };
}

function isMeta(el: Element): boolean {
  for (const w of classWords(el)) if (META_WORDS.has(w)) return true;
  return el.tagName === 'TIME';
}

/** The rows of a detected list as thread rows: left = buyer, right = shop, centred = notice. */
export function readGenericRows(chat: GenericChat): ThreadRow[] {
  const rect = chat.list.getBoundingClientRect();
  const rows = listRows(chat.list).slice(-ROWS_READ);
  const sides = rows.map((row) => rowSide(row, rect));
  // Rows with no cue of their own are the buyer's when the shop's rows are the marked ones.
  const anyRight = sides.includes('right');
  return rows.map((row, i): ThreadRow => {
    const side = sides[i];
    const role = side === 'right' ? 'seller' : side === 'center' ? 'system' : side === 'left' || anyRight ? 'buyer' : 'other';
    const { text: raw, truncated } = readableText(row, undefined, isMeta);
    const text = raw
      .split('\n')
      .filter((line) => !TIME_LINE.test(line))
      .join('\n');
    if (text) return { role, kind: 'text', text, ...(truncated ? { truncated } : {}) };
    return { role, kind: row.querySelector('img, video') ? 'image' : 'empty', text: '' };
  });
}

const NAME_WORDS = new Set(['name', 'nick', 'nickname', 'username', 'who', 'buyer', 'customer', 'contact', 'title']);

/**
 * The element naming the buyer, if the chat header has one: the element closest above the list (within
 * a few ancestors) whose class names say "name". Distinguishes conversations on pages with no id.
 */
export function findGenericNameElement(list: Element): Element | undefined {
  let scope: Element = list;
  for (let level = 0; level < 4 && scope.parentElement; level += 1) scope = scope.parentElement;
  const all = scope.getElementsByTagName('*');
  let found: Element | undefined;
  for (let i = 0; i < all.length && i < MAX_SCAN; i += 1) {
    const el = all[i]!;
    if (el === list || list.contains(el)) break;
    if (!classWords(el).some((w) => NAME_WORDS.has(w))) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length >= 1 && length <= 30) found = el;
  }
  return found;
}

export function genericBuyerName(chat: GenericChat): string | undefined {
  const text = chat.nameEl?.isConnected ? (chat.nameEl.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  return text && text.length <= 30 ? text : undefined;
}

/** A cached chat is reused while its list and reply box are still in the page (frameworks replace nodes). */
export function stillValid(chat: GenericChat): boolean {
  return chat.list.isConnected && chat.list.firstElementChild !== null && (!chat.input || chat.input.host.isConnected);
}
