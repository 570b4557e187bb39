// Sarcasm said with a shape rather than a listed cue: a closing one-word verdict after a letdown ("$70 and it launched
// broken. Cool."), "oh good, another reboot". Reddit's "/s" is left out: it marks jokes as often as annoyance.
// Pure text in (folded, lower case), spans out; analyse.ts turns praise in the message into the complaint it mocks.

export interface Irony {
  start: number;
  end: number;
  /** True when the span is a verdict that needs a letdown before it to be ironic ("Got the job. Awesome." is sincere). */
  needsLetdown: boolean;
}

/** "oh good, another…", "oh look, more…", "great, yet another…": praise greeting one more of something unwanted. */
const ANOTHER = /\b((?:(?:oh|ah|wow|well|yay),?\s*(?:good|great|cool|look|joy|wonderful|perfect|fantastic|lovely|nice|boy|sweet|awesome|yes)[,.!]*\s+(?:another|yet another|more|one more))|(?:(?:good|great|cool|wonderful|perfect|fantastic|lovely|awesome)[,.!]*\s+yet another))\b/g;
/** A closing sentence of praise alone: "Cool.", "cool cool cool", "Groundbreaking.", "Can't wait.", "My favorite." */
const VERDICT = /(?:^|[.!?\n]\s*|,\s+)((?:(?:oh|just|very|so|really|real|truly|how)\s+)?(?:cool(?: cool)*|great|brilliant|groundbreaking|neat|lovely|fantastic|wonderful|perfect|amazing|awesome|riveting(?: stuff)?|stunning|incredible|fun|nice|love to see it|my favou?rite|can't wait|cant wait|helpful|genius|bravo|stellar|sure|sure thing|classic|that'll fix it|that will fix it|that'll help|good times|fun times|yay|hooray|great stuff|what a time to be alive)[.!]*\s*)$/;
/** What makes a closing verdict ironic on its own: one more of the same, the same again, a price. */
const LETDOWN = /\b(?:another|yet another|again|every (?:single )?(?:time|year|day|week|month)|nobody asked|no one asked|of course)\b|[$£€]\s?\d/;

export function findIrony(s: string): Irony[] {
  const out: Irony[] = [];
  ANOTHER.lastIndex = 0;
  for (let m = ANOTHER.exec(s); m; m = ANOTHER.exec(s)) {
    // only as an opener: "the great thing about another…" is no greeting
    const before = s.slice(0, m.index).trim();
    if (before && !/[.!?\n]$/.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[1]!.length, needsLetdown: false });
  }
  const v = VERDICT.exec(s);
  if (v && v.index > 0) {
    const start = s.length - v[1]!.length;
    out.push({ start, end: s.length, needsLetdown: !LETDOWN.test(s.slice(0, start)) });
  }
  return out;
}
