import { T2S_PAIRS } from '../text/t2s';

// Length-preserving folding: every UTF-16 unit maps to exactly one unit, so an offset in the folded text
// is the same offset in the buyer's original message (the side panel highlights evidence with it).
// Folds: ASCII and full-width letters to lower case, full-width punctuation to ASCII, curly quotes to
// straight ones, Traditional to Simplified Chinese.

const table = new Uint16Array(0x10000);
for (let c = 0; c < table.length; c++) table[c] = c;
for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
// Full-width ASCII block (！ → !, Ａ → a)
for (let c = 0xff01; c <= 0xff5e; c++) {
  const ascii = c - 0xfee0;
  table[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
}
const same: [string, string][] = [
  ['\u3000', ' '],
  ['。', '.'],
  ['、', ','],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201b', "'"],
  ['\u2032', "'"],
  ['`', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u00a0', ' '],
];
for (const [from, to] of same) table[from.charCodeAt(0)] = to.charCodeAt(0);
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) table[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);

/** Fold one UTF-16 unit. */
export function foldCode(c: number): number {
  return table[c] ?? c;
}

/** Fold a whole message; the result has the same length as the input. */
export function fold(text: string): string {
  let out = '';
  const n = text.length;
  // Chunks keep String.fromCharCode's argument list small on very long messages.
  const chunk = new Array<number>(Math.min(n, 4096));
  for (let i = 0; i < n; i += 4096) {
    const end = Math.min(n, i + 4096);
    chunk.length = end - i;
    for (let j = i; j < end; j++) chunk[j - i] = table[text.charCodeAt(j)] ?? 0;
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}
