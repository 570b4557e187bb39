import { pathMatches } from '../adapters';
// From three clicks (a buyer message, a seller message, the reply box) to a declarative ConsoleAdapter:
// the same shape as the built-in ones, built only from markup that is likely to survive a redeploy.
import { findWithin, matchesOrContains, queryFirstList, readFirstRef, safeQueryAll } from '../dom';
import { findGenericNameElement, rowSide } from '../generic';
import { asReplyBox, isEditingHost, isTextField } from '../input';
import { cleanName, oneLine } from '../text';
import type { ConsoleAdapter } from '../types';
import { elementFeatures, simpleSelector, tagOf, uniqueSelector, type Feature } from './selectors';
import type { ConversationTexts } from './stable';

export interface TeachPicks {
  buyer: Element;
  /** Optional: some threads show no reply of the shop yet. Without it the rows are guessed from the buyer's siblings. */
  seller?: Element | null;
  input?: Element | null;
}

export interface TeachTarget {
  /** The page's hostname: the adapter serves it. */
  host: string;
  /** The page's path: a re-taught adapter whose paths miss it gains its first segment (a console that moved). */
  path?: string;
  name?: string;
  /** The adapter being re-taught (a built-in or an earlier taught one): its id, hosts and extra selectors are kept. */
  base?: ConsoleAdapter;
}

export type TeachProblem =
  /** The buyer and seller picks are the same message, or one contains the other. */
  | 'same-message'
  /** Nothing stable names the message list. */
  | 'no-list'
  /** Buyer and seller rows look the same in the markup (only the layout tells them apart). */
  | 'no-sides'
  /** No reply box was picked, or the pick is not editable. */
  | 'no-input';

export interface TeachResult {
  /** null when a blocking problem leaves nothing to save. */
  adapter: ConsoleAdapter | null;
  rows: Element[];
  buyerRows: Element[];
  sellerRows: Element[];
  input: Element | null;
  problems: TeachProblem[];
}

/** "chat.example-mall.test" → "taught-chat-example-mall-test". */
export function taughtId(host: string): string {
  const slug = host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `taught-${slug || 'console'}`;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) out.push(node);
  return out;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set(ancestors(a));
  for (let node: Element | null = b; node; node = node.parentElement) if (seen.has(node)) return node;
  return null;
}

/** The child of `list` that holds `el`. */
function rowOf(list: Element, el: Element): Element | null {
  let node: Element | null = el;
  while (node && node.parentElement !== list) node = node.parentElement;
  return node;
}

const hasContent = (el: Element) => !!(el.textContent ?? '').trim() || !!el.querySelector('img');

/** Without a seller pick: the first ancestor of the buyer message that has siblings of its own kind. */
function rowsFromBuyer(buyer: Element): { list: Element; row: Element } | null {
  for (let node: Element | null = buyer; node?.parentElement; node = node.parentElement) {
    const parent: Element = node.parentElement;
    if (parent === parent.ownerDocument.body) break;
    const children = Array.from(parent.children).filter(hasContent);
    const same = children.filter((c) => c.tagName === node!.tagName);
    if (same.length >= 2 && same.length >= children.length * 0.6) return { list: parent, row: node };
  }
  return null;
}

function commonFeatures(rows: Element[], page: ConversationTexts): Feature[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  return elementFeatures(first, page).filter((f) => !f.selector.startsWith('#') && rest.every((r) => safeMatchesAll(r, f.selector)));
}

function safeMatchesAll(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Row selectors, best first: `<list> > <tag><shared feature>`, then `<list> > <tag>`. */
function rowSelectors(listSel: string, list: Element, picked: Element[], page: ConversationTexts): string[] {
  const tags = new Set(picked.map(tagOf));
  const tag = tags.size === 1 ? [...tags][0]! : '';
  const messageLike = Array.from(list.children).filter(hasContent).length || 1;
  const candidates = commonFeatures(picked, page).map((f) => ({ selector: `${listSel} > ${tag}${f.selector}`, weight: f.weight }));
  const ranked: string[] = [];
  for (const c of candidates.sort((a, b) => b.weight - a.weight)) {
    // A feature only a few rows carry (an image message's class) would hide the others.
    const matched = safeQueryAll(list.ownerDocument, c.selector).length;
    if (matched >= messageLike * 0.5) ranked.push(c.selector);
  }
  ranked.push(`${listSel} > ${tag || '*'}`);
  return [...new Set(ranked)].slice(0, 2);
}

interface SideCandidate {
  selector: string;
  score: number;
}

/**
 * Selectors that match the picked row (or something inside it, along the path to the click) and not the
 * other side's row. Ranked by stability, by how many rows they split off, and by agreement with the
 * layout (buyer bubbles sit left).
 */
function sideSelectors(
  row: Element,
  pick: Element,
  other: Element,
  rows: Element[],
  sides: (string | null)[],
  wantSide: 'left' | 'right',
  page: ConversationTexts,
): string[] {
  const path = ancestors(pick).slice(0, ancestors(pick).indexOf(row) + 1);
  const seen = new Set<string>();
  const out: SideCandidate[] = [];
  for (const el of path) {
    for (const f of elementFeatures(el, page)) {
      if (f.selector.startsWith('#') || seen.has(f.selector)) continue;
      seen.add(f.selector);
      if (!matchesOrContains(row, [f.selector]) || matchesOrContains(other, [f.selector])) continue;
      const hits = rows.map((r) => matchesOrContains(r, [f.selector]));
      let agree = 0;
      let known = 0;
      hits.forEach((hit, i) => {
        const side = sides[i];
        if (side !== 'left' && side !== 'right') return;
        known += 1;
        if (hit === (side === wantSide)) agree += 1;
      });
      const share = hits.filter(Boolean).length / Math.max(1, rows.length);
      out.push({ selector: f.selector, score: f.weight + (known ? (5 * agree) / known : 0) + (share > 0 && share < 1 ? 1 : 0) });
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, 2).map((c) => c.selector);
}

const MAX_OTHER_KINDS = 8;

/**
 * With buyer ['*'], the marks of rows that are not like the picked buyer row: dates, notices, "Chat was
 * transferred to you by Amy". Their own features the buyer row lacks, and for centred rows any feature inside
 * them that nothing in the buyer row has.
 */
function otherKinds(rows: Element[], buyerRow: Element, sellerSel: string[], sides: (string | null)[], page: ConversationTexts): string[] {
  const inBuyer = (selector: string) => safeMatchesAll(buyerRow, selector) || safeQueryAll(buyerRow, selector).length > 0;
  const out = new Set<string>();
  rows.forEach((row, i) => {
    if (row === buyerRow || matchesOrContains(row, sellerSel)) return;
    const own = elementFeatures(row, page).filter((f) => !f.selector.startsWith('#') && !safeMatchesAll(buyerRow, f.selector));
    for (const f of own) out.add(f.selector);
    if (sides[i] === 'center' && !own.length) {
      for (const el of Array.from(row.querySelectorAll('*')).slice(0, 20)) {
        const inner = elementFeatures(el, page).find((f) => !f.selector.startsWith('#') && !inBuyer(f.selector));
        if (inner) {
          out.add(inner.selector);
          break;
        }
      }
    }
  });
  return [...out].slice(0, MAX_OTHER_KINDS);
}

/** Where the message text sits inside a row, relative to the row. */
function textSelectors(row: Element, pick: Element, other: Element | null, page: ConversationTexts): string[] {
  if (pick === row) return [];
  const out: string[] = [];
  for (const f of elementFeatures(pick, page)) {
    if (f.selector.startsWith('#')) continue;
    const found = findWithin(row, [f.selector]);
    if (found && (found === pick || found.contains(pick)) && (!other || findWithin(other, [f.selector]))) out.push(f.selector);
    if (out.length >= 2) break;
  }
  if (!out.length) {
    const tag = tagOf(pick);
    if (findWithin(row, [tag]) === pick) out.push(tag);
  }
  return out;
}

/** The reply box the agent meant: the editor under the click, the outermost editing host, or the editor inside a wrapper. */
export function inputElement(pick: Element | null | undefined): Element | null {
  if (!pick) return null;
  let el: Element | null = pick.closest('textarea, input') ?? pick.closest('[contenteditable]');
  if (el && !isTextField(el) && !isEditingHost(el)) el = null;
  while (el && !isTextField(el) && el.parentElement && isEditingHost(el.parentElement)) el = el.parentElement;
  if (el) return el;
  return asReplyBox(pick)?.host ?? null;
}

function inputSelectors(input: Element, page: ConversationTexts): string[] {
  const out: string[] = [];
  const unique = uniqueSelector(input, input.ownerDocument, page);
  if (unique) out.push(unique.startsWith('#') ? `${tagOf(input)}${unique}` : unique);
  if (isEditingHost(input)) {
    const plain = `[contenteditable="${input.getAttribute('contenteditable') || 'true'}"]`;
    if (safeQueryAll(input.ownerDocument, plain).length === 1) out.push(plain);
  } else if (safeQueryAll(input.ownerDocument, tagOf(input)).length === 1) out.push(tagOf(input));
  return [...new Set(out)];
}

/**
 * The open conversation as the page shows it: the buyer's name (header, or the re-taught adapter's buyerName)
 * and the thread's messages. Selectors must not hold them, or they match this buyer only.
 */
function conversationTexts(list: Element, picks: TeachPicks, base: ConsoleAdapter | undefined): ConversationTexts {
  const doc = list.ownerDocument;
  const names: string[] = [];
  const nameEl = findGenericNameElement(list);
  if (nameEl) names.push(cleanName(nameEl.textContent ?? ''));
  if (base?.buyerName) names.push(cleanName(readFirstRef(doc, base.buyerName, doc.location?.href ?? '', (el) => el.textContent ?? '')));
  const rows = Array.from(list.children).slice(-60);
  const texts = [picks.buyer, picks.seller, ...rows].map((el) => (el ? oneLine(el.textContent ?? '').slice(0, 200) : ''));
  return { names: names.filter(Boolean), texts: texts.filter(Boolean) };
}

/** The base's paths, plus the page's first path segment when none of them serves the page. */
function servedPaths(paths: string[] | undefined, pagePath: string | undefined): { paths?: string[] } {
  if (!paths?.length) return {};
  if (!pagePath || paths.some((p) => pathMatches(p, pagePath))) return { paths };
  const first = pagePath.split('/')[1];
  // A console at the site root (often hash-routed): the adapter serves the whole host.
  return first ? { paths: [...paths, `/${first}`] } : {};
}

/** Read the three picks into an adapter. Never throws on page markup; problems say what is missing. */
export function deriveAdapter(picks: TeachPicks, target: TeachTarget): TeachResult {
  const problems: TeachProblem[] = [];
  const doc = picks.buyer.ownerDocument;
  let list: Element | null = null;
  let buyerRow: Element | null = null;
  let sellerRow: Element | null = null;
  const seller = picks.seller ?? null;
  if (seller) {
    if (seller === picks.buyer || seller.contains(picks.buyer) || picks.buyer.contains(seller)) problems.push('same-message');
    else {
      list = commonAncestor(picks.buyer, seller);
      buyerRow = list && rowOf(list, picks.buyer);
      sellerRow = list && rowOf(list, seller);
    }
  } else {
    const guess = rowsFromBuyer(picks.buyer);
    list = guess?.list ?? null;
    buyerRow = guess?.row ?? null;
  }

  const input = inputElement(picks.input);
  if (!input) problems.push('no-input');

  const page = list ? conversationTexts(list, picks, target.base) : {};
  const listSel = list ? uniqueSelector(list, doc, page) : null;
  if (!problems.includes('same-message') && (!list || !buyerRow || !listSel)) problems.push('no-list');
  if (!list || !buyerRow || !listSel) return { adapter: null, rows: [], buyerRows: [], sellerRows: [], input, problems };

  const messageRow = rowSelectors(listSel, list, sellerRow ? [buyerRow, sellerRow] : [buyerRow], page);
  const rows = queryFirstList(doc, messageRow);
  const rect = list.getBoundingClientRect();
  const sides = rows.map((r) => rowSide(r, rect));

  let buyer: string[] = [];
  let sellerSel: string[] = [];
  if (sellerRow && seller) {
    buyer = sideSelectors(buyerRow, picks.buyer, sellerRow, rows, sides, 'left', page);
    sellerSel = sideSelectors(sellerRow, seller, buyerRow, rows, sides, 'right', page);
  } else {
    // One side only: the buyer row's own marks, checked against rows on the other side of the layout.
    const otherSide = rows.find((r, i) => r !== buyerRow && sides[i] === 'right');
    if (otherSide) buyer = sideSelectors(buyerRow, picks.buyer, otherSide, rows, sides, 'left', page);
  }
  let notBuyer: string[] | undefined;
  if (!buyer.length && sellerSel.length) {
    // Only the shop's rows are marked: every other row is the buyer's, except rows marked unlike the buyer's.
    buyer = ['*'];
    notBuyer = [...sellerSel, ...otherKinds(rows, buyerRow, sellerSel, sides, page)];
  }
  if (!buyer.length) problems.push('no-sides');

  const messageText = textSelectors(buyerRow, picks.buyer, sellerRow, page);
  const nameEl = findGenericNameElement(list);
  const nameSel = nameEl ? uniqueSelector(nameEl, doc, page) : null;
  const base = target.base;
  const inputSel = input ? inputSelectors(input, page) : [];
  if (input && !inputSel.length) problems.push('no-input');

  const keep = <K extends keyof ConsoleAdapter>(key: K) => (base?.[key] !== undefined ? { [key]: base[key] } : {});
  const adapter: ConsoleAdapter = {
    id: base?.id ?? taughtId(target.host),
    name: (target.name ?? base?.name ?? target.host).slice(0, 60),
    hosts: base?.hosts ?? [target.host.toLowerCase()],
    ...servedPaths(base?.paths, target.path),
    messageRow,
    buyer,
    ...(notBuyer ? { notBuyer } : {}),
    ...(sellerSel.length ? { seller: sellerSel } : {}),
    ...keep('systemText'),
    ...(messageText.length ? { messageText } : {}),
    input: inputSel,
    ...keep('send'),
    ...(nameSel || base?.buyerName ? { buyerName: [...new Set([...(nameSel ? [nameSel] : []), ...(base?.buyerName ?? [])])] } : {}),
    ...keep('order'),
    ...keep('product'),
    ...keep('conversationId'),
  };

  const buyerRows = rows.filter((r) => !matchesOrContains(r, adapter.notBuyer) && matchesOrContains(r, adapter.buyer));
  const sellerRows = rows.filter((r) => !buyerRows.includes(r) && matchesOrContains(r, adapter.seller));
  const blocking = problems.some((p) => p === 'no-sides' || p === 'no-input' || p === 'same-message');
  return { adapter: blocking ? null : adapter, rows, buyerRows, sellerRows, input, problems };
}

/** A short label for an element in the picker ("div.msg-bubble"), for the agent to see what the pointer is on. */
export function describeElement(el: Element): string {
  return simpleSelector(el).slice(0, 60);
}
