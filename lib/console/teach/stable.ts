// Which parts of an element's markup survive a console's next deploy. Build tools hash class names
// (CSS modules, styled-components, emotion), frameworks number ids, and state classes come and go with a
// hover or a selection: a taught selector built on those breaks within days.

/** Classes that say what an element is *now* (hovered, open, selected), not what it is. */
const STATE_CLASS =
  /^(?:is-|has-)|^(?:active|selected|current|hover|hovered|focus|focused|open|opened|show|shown|hide|hidden|visible|invisible|disabled|enabled|checked|expanded|collapsed|loading|loaded|unread|animate|animated|fade|fade-in|fade-out|in|out|first|last|odd|even|clearfix|transition|fl|fr|pull-left|pull-right|ng-star-inserted)$/i;
/** CSS-in-JS and framework-generated class prefixes (emotion, styled-components, styled-jsx, Svelte, Angular, Vue transitions). */
const GENERATED_PREFIX = /^(?:css|sc|jsx|jss|emotion|styled|svelte|tw|makeStyles|ng-tns|v-enter|v-leave)-/i;
/** A CSS-modules class: readable base, generated suffix ("Msg_item__a1B2c", "styles_right__3kd9F", "nameLine-Q8PQwE"). */
const MODULE_CLASS = /^([A-Za-z][\w-]*?[A-Za-z])(?:__|_|-)([A-Za-z0-9]{5,})$/;

const hasDigit = (s: string) => /\d/.test(s);
const upperCount = (s: string) => s.match(/[A-Z]/g)?.length ?? 0;

/** One `-`/`_` separated part of a token looks machine-made: letters and digits mixed, or a long number. */
function randomSegment(segment: string): boolean {
  if (segment.length >= 5 && hasDigit(segment) && /[A-Za-z]/.test(segment)) return true;
  if (/^\d{4,}$/.test(segment)) return true;
  // "bdVaJa": short with many capitals (camelCase words have few: "messageNotMe").
  return segment.length >= 5 && segment.length <= 12 && upperCount(segment) >= 2 && upperCount(segment) / segment.length >= 0.3;
}

/** "iD7SHBvMhm4OhfCsBGr1", "css-1x2y3z", "sc-abc123", "E2MWg3w8y6", "msg_1790317002572" → true. */
export function isHashedToken(token: string): boolean {
  if (!token) return true;
  if (GENERATED_PREFIX.test(token)) return true;
  if (hasDigit(token) && upperCount(token) >= 2) return true;
  if (/[^\w-]/.test(token)) return true; // ":r1:", "a.b": generated or awkward to quote
  return token.split(/[-_]+/).some(randomSegment);
}

export function isStateClass(token: string): boolean {
  return STATE_CLASS.test(token);
}

/** Classes worth naming in a selector: not hashed, not a passing state. */
export function stableClasses(el: Element): string[] {
  const out: string[] = [];
  for (const c of Array.from(el.classList)) {
    if (c.length > 40 || isStateClass(c) || isHashedToken(c)) continue;
    out.push(c);
  }
  return out;
}

/** The readable base of CSS-modules classes ("Msg_item__a1B2c" → "Msg_item__"), matched with `[class*=…]`. */
export function moduleClassBases(el: Element): string[] {
  const out: string[] = [];
  for (const c of Array.from(el.classList)) {
    const m = MODULE_CLASS.exec(c);
    if (!m || !randomSegment(m[2]!) || GENERATED_PREFIX.test(c)) continue;
    const base = c.slice(0, c.length - m[2]!.length);
    if (base.length >= 4 && !isHashedToken(base.replace(/[-_]+$/, ''))) out.push(base);
  }
  return out;
}

/** Ids that are names, not counters: "replyTextarea" yes; "middlePanel_list_1790317002572", ":r1:" no. */
export function isStableId(id: string): boolean {
  return id.length > 0 && id.length <= 60 && !isHashedToken(id) && !/\d{4,}/.test(id);
}

/** Attribute values that name a kind ("customer", "chat.input") rather than one instance ("m-1001", a uuid). */
export function isStableValue(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 60 || /["\\\n]/.test(v)) return false;
  if (/\d{3,}/.test(v) || /[0-9a-f]{8}-[0-9a-f]{4}/i.test(v)) return false;
  return !v.split(/[\s.:/]+/).some((part) => part && isHashedToken(part) && hasDigit(part));
}

/** Attributes never worth naming: styling, framework bookkeeping, per-instance values. */
const IGNORED_ATTR = /^(?:class|style|id|data-v-.*|data-reactid|data-reactroot|data-react.*|_ngcontent.*|_nghost.*|data-index|data-key|data-offset-key|tabindex|href|src|srcset|alt|title|width|height|draggable|spellcheck|autocomplete|dir|lang|hidden|aria-hidden|aria-describedby|aria-labelledby|aria-controls|aria-owns|aria-activedescendant|aria-selected|aria-expanded|aria-checked|aria-pressed|contenteditable)$/i;
/** data-* attributes test suites and QA teams keep stable on purpose: named first. */
const TEST_ATTR = /^data-(?:testid|test-id|test|qa|qa-id|cy|e2e|automation-id|role|type|kind|sender|from|author|side|direction|source|owner|msg-type|message-type)$/i;

export interface AttrFeature {
  name: string;
  /** undefined: only the attribute's presence is stable. */
  value?: string;
  /** Higher = more likely to survive a redesign. */
  weight: number;
}

/** The element's attributes a selector may rely on, best first. */
export function stableAttributes(el: Element): AttrFeature[] {
  const out: AttrFeature[] = [];
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (IGNORED_ATTR.test(name)) continue;
    const isData = name.startsWith('data-');
    const isAria = name === 'role' || name.startsWith('aria-');
    const isFormish = name === 'name' || name === 'placeholder' || name === 'type';
    if (!isData && !isAria && !isFormish) continue;
    const stable = isStableValue(attr.value);
    if (TEST_ATTR.test(name)) out.push(stable ? { name, value: attr.value, weight: 9 } : { name, weight: 5 });
    else if (name === 'role') {
      if (stable) out.push({ name, value: attr.value, weight: 7 });
    } else if (isData) out.push(stable ? { name, value: attr.value, weight: 8 } : { name, weight: 5 });
    else if (stable) out.push({ name, value: attr.value, weight: isFormish ? 4 : 6 });
  }
  return out.sort((a, b) => b.weight - a.weight);
}
