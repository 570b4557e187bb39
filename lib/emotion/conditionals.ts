// A condition is imagined, not felt: "if it arrives damaged, can I return it?", "is it refundable if my flight
// gets cancelled?", "要是不合适能换吗". A feeling word inside the condition tells nothing about the buyer now.
// The clause runs from the "if" to the first comma, stop, "then" or main clause ("... I'll", "...我就").
// Pure text in, spans out, on the folded (lower-case, Simplified) text.

export interface Conditional {
  start: number;
  end: number;
}

const EN_IF = /(^|[^a-z'])(if|unless|in case)(?![a-z'])/g;
// "as if" mocks, "even if" concedes, "what if" is its own lexicon phrase, "wondering if" means whether
const EN_NOT_A_CONDITION = /(?:^|[^a-z'])(?:as|even|what|wonder|wondering|wondered|check|checking|see|know|tell|sure|unsure|ask|asking|idea)\s+$/;
// "if only": a wish; "if you don't / can't": a grievance at the seller ("why have a call back option if you
// don't call back"); "if I'd known": regret about a real past; "if this is how you treat customers": rhetoric
const EN_REAL = /^(?:if\s+(?:only|not)\b|if\s+(?:you|u|ur|y'all|your\s+[a-z]+)\s+(?:don't|dont|can't|cant|won't|wont|didn't|didnt|do not|cannot|can not|will not|did not|never|keep|kept|are not|aren't|couldn't|could not)\b|if\s+(?:i|we)\s+(?:had|'d|knew)\b|if\s+i'd\b|if\s+(?:this|that)(?:\s+is|'s)\s+(?:how|what|the way)\b)/;
const EN_END = /[,.;:!?\n]|\bthen\b|\b(?:i|we)(?:'ll| will| would|'d|'m going| am going| won't| will not)\b/;

// 如果/要是/万一/假如: not 再不/还不/又 (如果再不发货我就投诉 is about a delay that is already real)
const ZH_IF = /如果|要是|万一|假如|假设|倘若/g;
const ZH_END = /[，,。.！!？?；;\n]|就/;
const ZH_REAL = /再|还|又|一直|已经/;

// 丢件的话有赔偿吗: "的话" closes a condition that opens at the start of its clause
const ZH_DEHUA = /的话(?![术题费语筒说剧])/g; // not 同样的话术, 打的话费
const ZH_CLAUSE_START = /[，,。.！!？?；;\n\s]/;

/** A time limit inside a condition is real ("if it doesn't arrive by Friday, cancel it"); other worries are not. */
export const DEADLINE = /\b(?:by|before|until|till|no later than)\b|\b(?:today|tonight|tomorrow)\b|之前|以前|今天|今晚|明天|马上|立刻/;

/** Spans of conditions ("if" clauses) in the folded text. */
export function findConditionals(s: string): Conditional[] {
  const out: Conditional[] = [];
  EN_IF.lastIndex = 0;
  for (let m = EN_IF.exec(s); m; m = EN_IF.exec(s)) {
    const start = m.index + m[1]!.length;
    if (EN_NOT_A_CONDITION.test(s.slice(Math.max(0, start - 12), start))) continue;
    const rest = s.slice(start);
    if (EN_REAL.test(rest)) continue;
    // the clause's own first words never end it ("if i will be home", "if it's late, ...")
    const from = m[2]!.length + 1;
    const stop = rest.slice(from).search(EN_END);
    let end = stop < 0 ? s.length : start + from + stop;
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
    out.push({ start, end });
  }
  ZH_IF.lastIndex = 0;
  for (let m = ZH_IF.exec(s); m; m = ZH_IF.exec(s)) {
    const from = m.index + m[0].length;
    const stop = s.slice(from).search(ZH_END);
    const end = stop < 0 ? s.length : from + stop;
    if (ZH_REAL.test(s.slice(from, end))) continue;
    out.push({ start: m.index, end });
  }
  ZH_DEHUA.lastIndex = 0;
  for (let m = ZH_DEHUA.exec(s); m; m = ZH_DEHUA.exec(s)) {
    let start = m.index;
    while (start > 0 && !ZH_CLAUSE_START.test(s[start - 1]!)) start--;
    const clause = s.slice(start, m.index);
    if (!clause || ZH_REAL.test(clause) || out.some((c) => c.start <= start && c.end >= m!.index)) continue;
    out.push({ start, end: m.index });
  }
  return out;
}
