import { T2S } from '../text/t2s';

// Buyers on phone keyboards often type full-width digits and letters (１３８…, ＠). Folding them to
// ASCII lets one set of patterns see both; each fold is one UTF-16 unit for one, so offsets still line
// up with the original text.

export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

// Buyers in Taiwan, Hong Kong and Macau write Traditional characters (臺北市…號, 聯絡人, 訂單編號): the
// patterns are written in Simplified, so text is folded with the project's one-to-one table first.
// Every entry maps one UTF-16 unit to one, so offsets still line up.
export function foldScript(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/** The text every detector sees: half-width, Simplified, same length and offsets as the original. */
export function foldForDetection(text: string): string {
  return foldScript(foldWidth(text));
}
