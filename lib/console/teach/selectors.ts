// CSS selectors built from an element's stable features (./stable.ts), never from positions: a
// `:nth-child(7)` names one message today and another tomorrow.
import { safeQueryAll } from '../dom';
import { moduleClassBases, stableAttributes, stableClasses, isStableId, type ConversationTexts } from './stable';

/** CSS.escape for identifiers (happy-dom and old engines lack it). */
export function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i]!;
    const code = ch.charCodeAt(0);
    const first = i === 0;
    if (/[A-Za-z_\u00a0-\uffff]/.test(ch) || ch === '-' || (!first && /[0-9]/.test(ch))) out += ch;
    else if (/[0-9]/.test(ch)) out += `\\${code.toString(16)} `;
    else out += `\\${ch}`;
  }
  return out;
}

export const cssString = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** One way to name an element on its own, with how much it can be trusted. */
export interface Feature {
  selector: string;
  weight: number;
}

/**
 * Every stable simple selector of an element (no tag unless it is the only thing), best first. `page`: the open
 * conversation's name and messages, which no attribute value in a selector may hold.
 */
export function elementFeatures(el: Element, page?: ConversationTexts): Feature[] {
  const out: Feature[] = [];
  const id = el.getAttribute('id');
  if (id && isStableId(id)) out.push({ selector: `#${cssIdent(id)}`, weight: 10 });
  for (const a of stableAttributes(el, page)) {
    const op = a.prefix ? '^=' : '=';
    out.push({ selector: a.value === undefined ? `[${a.name}]` : `[${a.name}${op}${cssString(a.value)}]`, weight: a.weight });
  }
  for (const c of stableClasses(el)) out.push({ selector: `.${cssIdent(c)}`, weight: 6 });
  for (const base of moduleClassBases(el)) out.push({ selector: `[class*=${cssString(base)}]`, weight: 3 });
  return out.sort((a, b) => b.weight - a.weight);
}

export const tagOf = (el: Element) => el.tagName.toLowerCase();

/** The best short selector for an element among its siblings' kind: tag plus its strongest feature. */
export function simpleSelector(el: Element, page?: ConversationTexts): string {
  const best = elementFeatures(el, page)[0];
  if (!best) return tagOf(el);
  return best.selector.startsWith('#') ? best.selector : `${tagOf(el)}${best.selector}`;
}

function isOnly(root: ParentNode, selector: string, el: Element): boolean {
  const found = safeQueryAll(root, selector);
  return found.length === 1 && found[0] === el;
}

const MAX_UP = 6;

/**
 * A selector that finds exactly this element in the document: its own features first, then two of them
 * together, then anchored under the nearest ancestor that can be named uniquely. Null when the page
 * offers nothing stable to hold on to.
 */
export function uniqueSelector(el: Element, root: ParentNode = el.ownerDocument, page?: ConversationTexts): string | null {
  const own = ownUnique(el, root, page);
  if (own) return own;
  // Anchor under an ancestor: "#composer textarea", "[role=log] > div".
  const self = simpleSelector(el, page);
  const parts = [self];
  for (let up = 0, node = el.parentElement; node && up < MAX_UP; up += 1, node = node.parentElement) {
    const anchor = ownUnique(node, root, page);
    if (anchor) {
      for (const candidate of [`${anchor} ${self}`, `${anchor} ${parts.join(' ')}`, `${anchor} > ${parts.join(' > ')}`]) {
        if (isOnly(root, candidate, el)) return candidate;
      }
    }
    parts.unshift(simpleSelector(node, page));
  }
  return null;
}

function ownUnique(el: Element, root: ParentNode, page?: ConversationTexts): string | null {
  const features = elementFeatures(el, page);
  const tag = tagOf(el);
  for (const f of features) {
    if (isOnly(root, f.selector, el)) return f.selector;
    if (!f.selector.startsWith('#') && isOnly(root, `${tag}${f.selector}`, el)) return `${tag}${f.selector}`;
  }
  for (let i = 0; i < features.length; i += 1) {
    for (let j = i + 1; j < features.length; j += 1) {
      const pair = `${tag}${features[i]!.selector}${features[j]!.selector}`;
      if (isOnly(root, pair, el)) return pair;
    }
  }
  return null;
}
