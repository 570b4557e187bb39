import { foldWidth } from '../text/width';

// Shouting in capitals: several words of three or more letters, all upper case, that are not the usual
// acronyms (ASAP, UPS, USB...). Checked on the original text (folding lower-cases it).

const acronyms = new Set(
  'ASAP USA UK EU UPS DHL USPS FEDEX TNT EMS OK TV PC ID USB FAQ DIY LED LCD HDMI SMS PDF DVD CEO VIP FYI ETA GPS IOS PSA RSVP AKA NBA NFL NHL MLB BBC CNN NASA FBI CIA IRS DMV ATM PIN SIM URL API APP IMO IMHO TBH BTW LOL LMAO OMG WTF SKU COD DM PM AM NYC LA GOP MP AI VR AR RIP PS PS4 PS5 XBOX BBQ DNA HIV COVID NHS IT HR PR QA CPU GPU RAM SSD HDD BMW IKEA HP LG JBL AMD ASUS MSI'.split(
    ' ',
  ),
);

export interface Shout {
  start: number;
  end: number;
}

const word = /[A-Za-z][A-Za-z']*/g;

export function findShouting(original: string): Shout | undefined {
  // full-width capitals are shouting too (ＷＨＥＲＥ ＩＳ ＭＹ ＯＲＤＥＲ); the fold keeps offsets into the original
  const text = foldWidth(original);
  if (!/[A-Z]{3}/.test(text)) return undefined;
  let words = 0;
  let caps = 0;
  let first = -1;
  let last = -1;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    // bracketed placeholders a console puts for media ([IMAGE], [STICKER]) are not shouting
    if (w.length < 3 || (m.index > 0 && text.charCodeAt(m.index - 1) === 91)) continue;
    words++;
    if (w === w.toUpperCase() && !acronyms.has(w.replaceAll("'", ''))) {
      caps++;
      if (first < 0) first = m.index;
      last = m.index + w.length;
    }
  }
  if (caps >= 4 || (caps >= 2 && caps * 2 >= words)) return { start: first, end: last };
  return undefined;
}
