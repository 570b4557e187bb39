// Someone else's feeling as the writer sees it: "he seemed pretty frustrated", "you look worried", "the driver looked
// panicked", 他看起来很生气. It is reported, not felt by the writer, so it asks for no soothing. Only seeing words
// (seem, look, sound, appear, 看起来, 好像), "gets" for a habit ("my sister's dog gets anxious in storms") and a story told
// in the past ("my brother was pissed when he found out") mark it: "my wife is furious" is the household's anger, told
// by the buyer, and stays, as does a story about the order ("my wife was furious when it came broken").
// Pure text in (folded, lower case), a yes/no out.

/** A subject other than the writer, a seeing verb and any intensifiers, right before the feeling word. */
const OBSERVER_EN = /\b(?:he|she|they|you|u|him|her|them|it|everyone|everybody|people|[a-z]+'s [a-z]+|(?:the|my|his|her|their|your|our|this|that)(?: [a-z]+){1,2}|\[name\])\s+(?:seems?|seemed|looks?|looked|sounds?|sounded|appears?|appeared|gets)(?:\s+to be)?\s+$/;
/** Someone else's feeling told as past: "my brother was pissed", "they were so upset", "[NAME] got mad". */
const TOLD_PAST_EN = /\b(?:he|she|they|everyone|everybody|people|someone|somebody|[a-z]+'s [a-z]+|(?:my|his|her|their|our|the)(?: [a-z]+){1,2}|\[name\])\s+(?:was|were|got|became|went)\s+$/;
const OBSERVER_ZH = /(?:他|她|他们|她们|你|人家|对方|快递员|小哥|师傅|孩子|宝宝|老公|老婆)(?:好像|似乎|看起来|看上去)(?:有点|挺|很|好|非常|特别)?$/;

/** A feeling word (with its intensifier) that names a state of mind, not a judgement of a thing ("rude", "broken"). */
const FEELING = /^(?:(?:so|really|pretty|very|quite|a bit|a little|kinda|kind of|super|visibly|clearly|genuinely|rather|fairly|extremely|totally)\s+)*(?:angry|mad|furious|upset|frustrated|annoyed|irritated|pissed|nervous|anxious|worried|scared|afraid|frightened|terrified|panicked|panicky|stressed|stressed out|sad|depressed|disappointed|heartbroken|concerned|unhappy|miserable|lonely)$|^(?:生气|着急|紧张|害怕|担心|难过|伤心|失望|不开心|不高兴|焦虑)$/;

export function observedFeeling(s: string, start: number, end: number, aboutOrder = false): boolean {
  if (!FEELING.test(s.slice(start, end))) return false;
  const before = s.slice(Math.max(0, start - 40), start);
  if (OBSERVER_EN.test(before)) return true;
  // a story about someone else; about the order it is the household's complaint ("my wife was furious when it came broken")
  if (!aboutOrder && TOLD_PAST_EN.test(before)) return true;
  return OBSERVER_ZH.test(s.slice(Math.max(0, start - 8), start));
}
