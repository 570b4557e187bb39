// Quotes in a buyer's message: the shop's promise or stock reply thrown back ("'ships in 24 hours'. Very funny.",
// 又是一个“正在处理”), and praise held up in scare quotes (真是「优质」卖家). Pure text in (folded), spans out.

const QUOTE_CHAR = /['"“”‘’「」『』]/;
/** Cheap first look: most messages have no quote at all. */
export function hasQuote(s: string): boolean {
  return QUOTE_CHAR.test(s);
}

// A quoted phrase (quotes opening after a space or punctuation, so "it's" is not one) that holds a promise or
// the shop's stock reply ("we are checking", 正在处理).
const QUOTED = /(?:^|[\s(:,，：（]|[\u3400-\u9fff])(['"“‘「『])((?:[^'"“”‘’「」『』\n]|(?<=[a-z])['’](?=[a-z])){2,40})(['"”’」』])/g;
// the shop's stock replies: quoted back, they are sarcastic on their own (又是一个“正在处理”)
const STOCK_REPLY = /\b(?:we are checking|we're checking|checking|looking into it|being processed|processing|escalated)\b|处理中|正在处理|在处理|核实|已反馈|反馈给|耐心等待/;
// ... and heard again: the stock reply quoted with "another", 又, 每次 is the complaint
export const STOCK_AGAIN = /又|每次|总是|老是|永远|还是|\b(?:another|again|every time|always|same|yet another)\b/;
const PROMISE = /\b(?:ships?|shipping|shipped|deliver\w*|arrives?|hours?|days?|fast|quick|express|guarantee\w*|original|authentic|genuine|new|free|premium|waterproof|lifetime|quality)\b|包邮|正品|秒发|当天发|极速|小时|全新|保证|原装|防水|顺丰|次日达|质量/;
export function findQuotedPromise(s: string): { start: number; end: number; stock: boolean } | undefined {
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(s); m; m = QUOTED.exec(s)) {
    const stock = STOCK_REPLY.test(m[2]!);
    if (stock || PROMISE.test(m[2]!)) {
      const start = m.index + m[0].length - m[2]!.length - m[3]!.length - m[1]!.length;
      return { start, end: m.index + m[0].length, stock };
    }
  }
  return undefined;
}

// Short quoted words: CJK quotes anywhere, Latin quotes opening after a space or punctuation (so "it's" is none).
const SCARE = /[「『“]([^」』”\n]{1,8})[」』”]|(?:^|[\s(:,，])(["'])([^"'\n]{2,24})\2/g;

/** Spans of short quotes whose words may be ironic praise. */
export function scareQuotes(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  SCARE.lastIndex = 0;
  for (let m = SCARE.exec(s); m; m = SCARE.exec(s)) {
    const inner = m[1] ?? m[3]!;
    // a few words (or six Chinese characters) at most: a longer quote is speech, the shop's words or a review,
    // not a word held up for irony
    if (/[\u3400-\u9fff]/.test(inner) ? inner.length > 6 : inner.split(/\s+/).length > 3) continue;
    const end = m.index + m[0].length;
    // a message that opens with a quote is quoting someone, not holding a word up
    if (!s.slice(0, end - inner.length - 2).trim()) continue;
    out.push({ start: end - inner.length - 1, end: end - 1 });
  }
  return out;
}

// Words the buyer wants written, printed or engraved for someone else (a gift card, a name tag): the feeling in
// them is the card's, not the buyer's. "卡片上写“生日快乐”", 'the note should say: "Happy birthday, Linda"'.
const DICTATES = /(?:写|寫|写上|寫上|写一句|寫一句|帮我写|幫我寫|印上|刻上|刻|绣上|繡上|\b(?:(?:should|to|could|would|will|can you|please|it) (?:say|read)|write|writing|written on|engrave\w*|printed on|print on|embroider\w*|inscription|(?:message|note|card|tag|wording) (?:should be|to be|is|as|that says|saying|reading)|(?:message|note|card|tag|wording))\b)\s*[:：,，]?\s*$/;
const LONG_QUOTE = /(['"“‘「『])([^'"“”‘’「」『』\n]{2,120})(['"”’」』])/g;
/** Spans of quoted words dictated for a card, a print or an engraving. */
export function dictatedQuotes(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  LONG_QUOTE.lastIndex = 0;
  for (let m = LONG_QUOTE.exec(s); m; m = LONG_QUOTE.exec(s)) {
    if (DICTATES.test(s.slice(Math.max(0, m.index - 16), m.index))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
