// Selector helpers that never throw: a stale or invalid selector in one adapter must not break reading.

/** `selector`, `selector@attribute` (read the attribute) or `?param` (read a URL query parameter). */
export interface SelectorRef {
  selector: string;
  attr?: string;
  param?: string;
}

export function parseRef(ref: string): SelectorRef {
  if (ref.startsWith('?')) return { selector: '', param: ref.slice(1) };
  const at = ref.lastIndexOf('@');
  if (at > 0) {
    const attr = ref.slice(at + 1);
    // `a[href*="@x"]` keeps its @: only a bare attribute name after the last @ counts.
    if (/^[\w:-]+$/.test(attr)) return { selector: ref.slice(0, at), attr };
  }
  return { selector: ref };
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The elements of the first selector that matches anything (selectors are alternatives, best first). */
export function queryFirstList(root: ParentNode, selectors: readonly string[] | undefined): Element[] {
  for (const selector of selectors ?? []) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

export function queryOne(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/**
 * The last element of the first selector that matches (in a thread, the newest card), widened to the
 * outermost match: `[class*="productCard"]` also matches the card's own title and price parts.
 */
export function queryLast(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = safeQueryAll(root, selector);
    let el = found[found.length - 1];
    if (!el) continue;
    for (let up = el.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) el = up;
    return el;
  }
  return null;
}

/** The element itself or one of its descendants matches one of the selectors. */
export function matchesOrContains(el: Element, selectors: readonly string[] | undefined): boolean {
  for (const selector of selectors ?? []) {
    if (safeMatches(el, selector) || safeQuery(el, selector)) return true;
  }
  return false;
}

export function findWithin(el: Element, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    if (safeMatches(el, selector)) return el;
    const inner = safeQuery(el, selector);
    if (inner) return inner;
  }
  return null;
}

/** Query parameter from the search part or from a hash router's `#/path?x=1`. */
export function urlParam(url: string, name: string): string | null {
  try {
    const parsed = new URL(url);
    const direct = parsed.searchParams.get(name);
    if (direct) return direct;
    const q = parsed.hash.indexOf('?');
    return q >= 0 ? new URLSearchParams(parsed.hash.slice(q + 1)).get(name) : null;
  } catch {
    return null;
  }
}

/** The raw text a ref points at: attribute value, URL parameter or the element's text content. */
export function readRef(root: ParentNode, ref: string, url: string, textOf: (el: Element) => string): string {
  const { selector, attr, param } = parseRef(ref);
  if (param !== undefined) return urlParam(url, param) ?? '';
  for (const el of safeQueryAll(root, selector)) {
    const value = attr ? el.getAttribute(attr) ?? '' : textOf(el);
    if (value.trim()) return value;
  }
  return '';
}

export function readFirstRef(root: ParentNode, refs: readonly string[] | undefined, url: string, textOf: (el: Element) => string): string {
  for (const ref of refs ?? []) {
    const value = readRef(root, ref, url, textOf);
    if (value.trim()) return value;
  }
  return '';
}

/** Attribute names referenced as `selector@attr`: the watcher observes changes to these. */
export function refAttributes(refs: readonly string[] | undefined): string[] {
  const names: string[] = [];
  for (const ref of refs ?? []) {
    const { attr } = parseRef(ref);
    if (attr) names.push(attr);
  }
  return names;
}
