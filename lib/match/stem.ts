// English stemming: Martin Porter's 1980 algorithm, written here so matching needs no dependency.
// "cancelling", "cancelled" and "cancel" meet at "cancel"; "deliveries" and "delivery" at "deliveri".
// Stems are only compared with other stems, never shown (the `why` terms show the buyer's own words).

const cache = new Map<string, string>();

/** Irregular forms Porter cannot reach ("sent" → send, "bought" → buy). Common verbs only. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `bought:buy brought:bring sent:send got:get gotten:get gave:give given:give took:take taken:take made:make
  came:come went:go gone:go left:leave lost:lose told:tell said:say found:find thought:think chose:choose
  chosen:choose wrote:write written:write spent:spend paid:pay sold:sell kept:keep held:hold knew:know known:know
  saw:see seen:see put:put cut:cut broke:break broken:break stole:steal stolen:steal forgot:forget forgotten:forget
  began:begin begun:begin did:do done:do had:have has:have was:be were:be been:be is:be are:be am:be
  wore:wear worn:wear tore:tear torn:tear threw:throw thrown:throw meant:mean felt:feel heard:hear
  understood:understand won:win shown:show ran:run built:build fell:fall fallen:fall drove:drive driven:drive
  ate:eat eaten:eat chose:choose rang:ring rung:ring hung:hang dealt:deal shipped:ship`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);
const CACHE_MAX = 20_000;

function isCons(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 ? true : !isCons(w, i - 1);
  return true;
}

/** m() in Porter's paper: the number of vowel-consonant sequences in w[0..end). */
function measure(w: string, end: number): number {
  let n = 0;
  let i = 0;
  while (i < end && isCons(w, i)) i++;
  while (i < end) {
    while (i < end && !isCons(w, i)) i++;
    if (i >= end) break;
    n++;
    while (i < end && isCons(w, i)) i++;
  }
  return n;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isCons(w, i)) return true;
  return false;
}

function endsDoubleCons(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isCons(w, n - 1);
}

/** cvc: consonant-vowel-consonant ending, the last not w, x or y (hop → hope). */
function endsCvc(w: string, end = w.length): boolean {
  if (end < 3) return false;
  const c = w[end - 1];
  return isCons(w, end - 3) && !isCons(w, end - 2) && isCons(w, end - 1) && c !== 'w' && c !== 'x' && c !== 'y';
}

/** Replace suffix `s` by `r` when the stem before it has measure > m. Returns null if `s` is not the suffix. */
function swap(w: string, s: string, r: string, m: number): string | null {
  if (!w.endsWith(s)) return null;
  const stemLen = w.length - s.length;
  return measure(w, stemLen) > m ? w.slice(0, stemLen) + r : w;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate',
  'iti', 'ous', 'ive', 'ize'];

function porter(word: string): string {
  let w = word;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  let tidy = false;
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2);
    tidy = true;
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3);
    tidy = true;
  }
  if (tidy) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleCons(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w, w.length) === 1 && endsCvc(w)) w += 'e';
  }
  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
  // Steps 2 and 3: derivational suffixes, when the stem is long enough (m > 0).
  for (const step of [STEP2, STEP3]) {
    for (const [s, r] of step) {
      if (w.endsWith(s)) {
        w = swap(w, s, r, 0) ?? w;
        break;
      }
    }
  }
  // Step 4: drop a suffix when m > 1.
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue;
    const stemLen = w.length - s.length;
    // -ion only goes after s or t (adoption → adopt, not onion → on).
    const ok = s !== 'ion' || /[st]$/.test(w.slice(0, stemLen));
    if (ok && measure(w, stemLen) > 1) w = w.slice(0, stemLen);
    break;
  }
  // Step 5: final e and ll.
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (measure(w, w.length) > 1 && w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

/** Stem a lower-case English word. Short words and anything with non a-z letters are returned as is. */
export function stem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = porter(IRREGULAR.get(word) ?? word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, out);
  return out;
}
