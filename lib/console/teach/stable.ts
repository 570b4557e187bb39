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
  /** The value is only the stable start of the attribute (`[name^="value"]`): the rest names this conversation. */
  prefix?: true;
  /** Higher = more likely to survive a redesign. */
  weight: number;
}

/**
 * What the page shows of the open conversation: the buyer's name and the messages. An attribute holding them
 * ("Conversation with Maria Gonzalez", "发送给 TK小学生") matches this buyer only, and breaks on the next one.
 */
export interface ConversationTexts {
  names?: readonly string[];
  texts?: readonly string[];
}

/** Attributes people write sentences in: accessible names and hints, often addressed to the buyer. */
const FREE_TEXT_ATTR = /^(?:aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|placeholder)$/i;
/** "Conversation with Maria", "Reply to Ken…", "Message from @ken": a name after the preposition. */
const ADDRESSED = /\b(?:with|to|from|for|by)\s+(?=@|\p{Lu})|@(?=\w)/u;

/**
 * Where a value stops naming a kind of element and starts naming this conversation (a buyer's name, a message,
 * a counter in a sentence): its index, 0 when all of it does, -1 when none of it does.
 */
export function conversationStart(value: string, attr: string, page: ConversationTexts = {}): number {
  const lower = value.toLowerCase();
  const starts: number[] = [];
  // Latin words only whole ("Al" is not in "normal"); CJK has no word boundaries.
  const find = (t: string) => {
    const needle = t.toLowerCase();
    if (needle.length > lower.length) return;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = /^[a-z0-9]/.test(needle) ? '(?<![a-z0-9])' : '';
    const after = /[a-z0-9]$/.test(needle) ? '(?![a-z0-9])' : '';
    const m = new RegExp(`${before}${escaped}${after}`).exec(lower);
    if (m) starts.push(m.index);
  };
  for (const raw of page.names ?? []) {
    const name = raw.trim();
    if (name.length < 2) continue;
    find(name);
    // "Maria" alone in "Chat with Maria" when the header says "Maria Gonzalez".
    for (const part of name.split(/\s+/)) if (part.length >= 3 && part !== name) find(part);
  }
  const free = FREE_TEXT_ATTR.test(attr);
  if (!free) return starts.length ? Math.min(...starts) : -1;
  for (const raw of page.texts ?? []) {
    const text = raw.trim();
    if (text.length < 4) continue;
    find(text);
    // A message's first words as a row's label ("Hi, where is my…").
    const head = lower.replace(/[…\s.]+$/, '');
    if (head.length >= 6 && text.toLowerCase().includes(head)) starts.push(0);
  }
  const digit = value.search(/\d/);
  if (digit >= 0) starts.push(digit);
  const addressed = ADDRESSED.exec(value);
  if (addressed) starts.push(addressed.index + addressed[0].length);
  return starts.length ? Math.min(...starts) : -1;
}

/** The element's attributes a selector may rely on, best first. */
export function stableAttributes(el: Element, page?: ConversationTexts): AttrFeature[] {
  const out: AttrFeature[] = [];
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (IGNORED_ATTR.test(name)) continue;
    const isData = name.startsWith('data-');
    const isAria = name === 'role' || name.startsWith('aria-');
    const isFormish = name === 'name' || name === 'placeholder' || name === 'type';
    if (!isData && !isAria && !isFormish) continue;
    const from = name === 'role' || name === 'type' ? -1 : conversationStart(attr.value, name, page);
    if (from >= 0) {
      // Only the part before the buyer's name or message can be named: "[aria-label^="Conversation with"]".
      const head = attr.value.slice(0, from).trim();
      const base = TEST_ATTR.test(name) || isData ? 5 : isFormish ? 2 : 3;
      if (head.length >= 3 && isStableValue(head)) out.push({ name, value: head, prefix: true, weight: base });
      else out.push({ name, weight: base - 1 });
      continue;
    }
    const stable = isStableValue(attr.value);
    if (TEST_ATTR.test(name)) out.push(stable ? { name, value: attr.value, weight: 9 } : { name, weight: 5 });
    else if (name === 'role') {
      if (stable) out.push({ name, value: attr.value, weight: 7 });
    } else if (isData) out.push(stable ? { name, value: attr.value, weight: 8 } : { name, weight: 5 });
    else if (stable) out.push({ name, value: attr.value, weight: isFormish ? 4 : 6 });
  }
  return out.sort((a, b) => b.weight - a.weight);
}
