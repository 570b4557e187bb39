// Text as the agent would read it: whitespace normalised, very long messages capped, order numbers found.

/** A 10,000-character paste must not freeze matching or the panel: keep this much and say so. */
export const MAX_MESSAGE_CHARS = 4000;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SELECT', 'svg', 'SVG']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);
/** Chinese consoles render emoji as images with alt="[微笑]"; keep those as text. */
const EMOJI_ALT = /^\[[^\]\s]{1,8}\]$/;
/** Marker pushed below a block's children: popping it closes the block with a line break. */
const BLOCK_END = { nodeType: -1 } as unknown as Node;

/** Collapse runs of spaces, trim every line, drop blank lines and zero-width characters. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** One line, single spaces: for names, product titles and merged questions. */
export function oneLine(raw: string): string {
  return normaliseText(raw).replace(/\n/g, ' ');
}

export function capText(text: string, max = MAX_MESSAGE_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  // Do not split a surrogate pair (emoji) in half.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: `${text.slice(0, end)}…`, truncated: true };
}

/**
 * The visible text of an element: line breaks at <br> and block boundaries, buttons and scripts skipped.
 * Stops collecting after `limit` characters so huge messages cost no more than the cap.
 */
export function elementText(el: Element, limit = MAX_MESSAGE_CHARS + 1, skip?: (el: Element) => boolean): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length <= limit) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName;
    if (node !== el && (SKIP_TAGS.has(tag) || element.hasAttribute('hidden') || skip?.(element))) continue;
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    if (tag === 'IMG') {
      const alt = element.getAttribute('alt') ?? '';
      if (EMOJI_ALT.test(alt)) out += alt;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      out += '\n';
      stack.push(BLOCK_END);
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return out;
}


/** elementText, normalised and capped. */
export function readableText(
  el: Element,
  max = MAX_MESSAGE_CHARS,
  skip?: (el: Element) => boolean,
): { text: string; truncated: boolean } {
  const limit = max * 2;
  const raw = elementText(el, limit, skip);
  const capped = capText(normaliseText(raw), max);
  // Collection stopped early: whatever normalisation left, the message was longer than we read.
  if (raw.length > limit && !capped.truncated) return { text: `${capped.text}…`, truncated: true };
  return capped;
}

// Order ids: 8+ characters of digits, capitals and dashes, at least 6 of them digits (PDD 240908-301234567890123,
// Douyin/Kuaishou 16–19 digits, Shopee 240908ABCD1234, TikTok 18 digits).
const ORDER_TOKEN = /(?<![0-9A-Za-z-])[0-9A-Z][0-9A-Z-]{6,38}[0-9A-Z](?![0-9A-Za-z-])/g;
const ORDER_LABEL = /(?:订单(?:编号|号码|号|ID)?|order\s*(?:id|no\.?|number|#))\s*[:：#]?\s*([0-9A-Za-z][0-9A-Za-z-]{6,40})/i;

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n += 1;
  return n;
}

/** The first order-number-looking token in a text (used inside an element known to hold an order). */
export function findOrderToken(text: string): string | undefined {
  for (const m of text.matchAll(ORDER_TOKEN)) if (digitCount(m[0]) >= 6) return m[0];
  return undefined;
}

/** An order number introduced by a label ("订单编号：…", "Order ID: …") anywhere in free text. */
export function findLabelledOrder(text: string): string | undefined {
  const m = ORDER_LABEL.exec(text);
  const token = m?.[1];
  return token && digitCount(token) >= 6 ? token : undefined;
}

/** Buyer names: one line, without counters the consoles append (Kuaishou "下单数(3)"). */
export function cleanName(raw: string): string {
  const line = oneLine(raw)
    .replace(/\s*下单数\s*[(（]\s*\d+\s*[)）]\s*$/, '')
    // Amazon's contact form heading: "Send message to <Name>".
    .replace(/^Send (?:a )?message to\s+/i, '')
    .trim();
  return line.length > 60 ? line.slice(0, 60) : line;
}

const PRICE = /[￥¥$€£]\s*\d|\d\s*元/;
const PRICE_ONLY = /^(?:[￥¥$€£]\s*)?[\d.,]+\s*元?$/;

/**
 * Product card text without the console's lead-in ("买家正在查看商品 …"), ending at its price: a side panel read
 * as the product also holds the order number and more, which are not the product.
 */
export function cleanProduct(raw: string): string {
  const kept: string[] = [];
  for (const line of normaliseText(raw).split('\n')) {
    if (findLabelledOrder(line)) break;
    kept.push(line);
    if (PRICE.test(line) && kept.some((l) => !PRICE_ONLY.test(l))) break;
  }
  return oneLine(kept.join('\n')).replace(/^(?:买家|用户)正在查看(?:商品|宝贝)[:：]?\s*|^咨询宝贝[:：]?\s*/, '');
}
