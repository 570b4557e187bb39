// Exasperation said without a feeling word: "can you stop sending me texts", "please stop calling", "Wrong size.
// Again.", "Every. Single. Time.". Pure text in (folded, lower case), spans out.

/**
 * A plea to stop doing something, with a verb in -ing: "please stop sending", "can people stop posting". A bare
 * "stop asking them" is advice more often than a plea. Not a device that stopped ("it stopped charging": past
 * tense, no plea) nor an order to be held ("please stop the shipment", "can you stop shipping it?": a cancellation).
 */
const STOP_DOING = /\b(?:please|pls|plz|can you|can u|could you|will you|would you|can we|can people|can they|can everyone|can the [a-z]+)\s+(?:please\s+|pls\s+|just\s+)?stop (?!shipping|processing|delivering|working|charging\b)([a-z]{3,}ing)\b/g;
/**
 * The same thing every time, said as a sentence of its own: "Every. Single. Time.", "Literally every month.", "I swear
 * it's every time". Told inside a sentence ("I cry every time") it is a habit, not a grumble.
 */
const EVERY_TIME = /(?:^|[.!?\n]\s*)((?:(?:literally|like|and|i swear(?: it's)?|seriously|yep|yup),? )?every\.? (?:single\.? |damn\.? |fucking\.? |freaking\.? |bloody\.? )?(?:time|day|week|month|year|thread|game|season|episode)\b[.!?]*)(?=\s*$|\s*\n)/g;
/** "Again." as a sentence of its own, after something else went wrong: said on its own, it is the complaint. */
const AGAIN_ALONE = /[.!?]\s*(again[.!?]+)(?=\s|$)/g;

export function findExasperation(s: string): { start: number; end: number; weight: number }[] {
  const out: { start: number; end: number; weight: number }[] = [];
  STOP_DOING.lastIndex = 0;
  for (let m = STOP_DOING.exec(s); m; m = STOP_DOING.exec(s)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length - 5, end, weight: 1.5 });
  }
  AGAIN_ALONE.lastIndex = 0;
  for (let m = AGAIN_ALONE.exec(s); m; m = AGAIN_ALONE.exec(s)) {
    const end = m.index + m[0].length;
    // the word "again" counts already (1): together a clear complaint, not yet strong anger
    out.push({ start: end - m[1]!.length, end, weight: 1 });
  }
  EVERY_TIME.lastIndex = 0;
  for (let m = EVERY_TIME.exec(s); m; m = EVERY_TIME.exec(s)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end, weight: 1.5 });
  }
  return out;
}
