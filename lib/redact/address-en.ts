import type { Candidate } from './types';

// English street addresses: house number + 1–4 name words + street suffix, then optionally a unit,
// city, state and ZIP/postcode. Name words must not be sentence words ("2 items on the way" is not
// an address). Postcodes on their own count only after a postcode word.
// "N Words Suffix" alone is too often a product ("2 Tennis Court shoes", "4 Timing Belt Drive kits"):
// it counts only with something only addresses have — a unit, ", City", a ZIP/postcode, a city line
// below it — or after an address word ("ship to", "my address is").

const suffix =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Crescent|Close|Grove|Gardens|Row|Mews|Trail|Alley|Plaza';
const street = new RegExp(
  `(?<![\\w.])\\d{1,6}[A-Za-z]?(?:-\\d{1,6})?\\s+((?:(?:[A-Za-z][A-Za-z'.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}?)(?:${suffix})\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?`,
  'gi',
);
const sentenceWords = new Set(
  'the a an on in of to for my your our their his her its is are was it and or but by at with from this that these those all any some more other another same same items item pcs pieces days weeks hours minutes times dollars bucks orders order boxes pairs sets units only just about over under than per each every no not hour hours minute minutes min mins second seconds day week month year mile miles km kilometer kilometers meter meters block blocks'.split(
    ' ',
  ),
);
// After the street: ", Apt 4B", ", London NW1 6XE", ", San Francisco, CA 94107". Case-sensitive on purpose.
const unit = /,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat|Room|Rm|Floor|Fl|#)\.?\s*#?[A-Za-z0-9-]{1,6}\b/y;
const city = /,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}/y;
const state = /,?\s*[A-Z]{2}\b/y;
const postcode = /,?\s*(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/y;
// Four-digit postcodes (AU, NZ, CH, AT…) only right after a city, where they cannot be anything else.
const postcodeAfterCity = /,?\s*(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/y;
const unitBefore = /(?:Apt|Apartment|Unit|Suite|Flat|Room)\.?\s*#?[A-Za-z0-9-]{1,6},?\s*$/i;
const poBox = /\bP\.?\s?O\.?\s*Box\s+\d{1,6}\b/gi;
// The next line of a US-style address ("123 Main St\nSpringfield, IL 62704"), and a PO box's city, state and ZIP.
const cityLine = /[ \t]*\r?\n[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/y;
const cityStateZip = /,?\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/y;
const addressCue =
  /(?:address(?:\s+is)?|addr|ship(?:ped|ping)?(?:\s+(?:it|them))?\s+to|send(?:\s+(?:it|them))?\s+to|deliver(?:ed|y)?(?:\s+(?:it|them))?\s+to|mail(?:\s+it)?\s+to|return(?:ed)?(?:\s+it)?\s+to|live\s+(?:at|on)|located\s+at|moved\s+to|drop(?:\s+it)?\s+off\s+at|leave\s+it\s+at)\s*[:：]?\s*$/i;
// Malaysian addresses put the street word first: "No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur".
const jalan =
  /(?<![\w.])(?:No\.?\s*)?\d{1,5}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh)\s+[A-Z0-9][\w'/-]*(?:[ \t]+[A-Z0-9][\w'/-]*){0,4}/g;
const myPostcodeCity = /,?\s*\d{5}\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}/y;
const cuedPostcode = /(?:zip(?:\s*code)?|post\s*code|postal\s*code)[\s:#]*(?:is\s*)?(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/dgi;

function extend(text: string, end: number, re: RegExp): number {
  re.lastIndex = end;
  const m = re.exec(text);
  return m ? end + m[0].length : end;
}

export function detectAddressEn(text: string): Candidate[] {
  const out: Candidate[] = [];
  street.lastIndex = 0;
  for (let m = street.exec(text); m; m = street.exec(text)) {
    const words = (m[1] ?? '').trim().toLowerCase().split(/\s+/);
    if (words.some((w) => sentenceWords.has(w))) continue;
    let start = m.index;
    const before = unitBefore.exec(text.slice(Math.max(0, start - 20), start));
    if (before) start -= before[0].length;
    const streetEnd = m.index + m[0].length;
    let end = extend(text, streetEnd, unit);
    const afterCity = extend(text, end, city);
    if (afterCity > end) {
      end = extend(text, extend(text, afterCity, state), postcodeAfterCity);
    } else end = extend(text, extend(text, end, postcode), cityLine);
    const confirmed = before || end > streetEnd || addressCue.test(text.slice(Math.max(0, start - 40), start));
    if (confirmed) out.push({ kind: 'address', start, end, score: 50, detector: 'address-en' });
  }
  poBox.lastIndex = 0;
  for (let m = poBox.exec(text); m; m = poBox.exec(text)) {
    const end = extend(text, m.index + m[0].length, cityStateZip);
    out.push({ kind: 'address', start: m.index, end, score: 50, detector: 'address-en' });
  }
  jalan.lastIndex = 0;
  for (let m = jalan.exec(text); m; m = jalan.exec(text)) {
    const end = extend(text, m.index + m[0].length, myPostcodeCity);
    out.push({ kind: 'address', start: m.index, end, score: 50, detector: 'address-en' });
  }
  cuedPostcode.lastIndex = 0;
  for (let m = cuedPostcode.exec(text); m; m = cuedPostcode.exec(text)) {
    const at = m.indices?.[1];
    if (at) out.push({ kind: 'address', start: at[0], end: at[1], score: 80, detector: 'address-en' });
  }
  return out;
}
