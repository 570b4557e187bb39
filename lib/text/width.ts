// Buyers on Chinese phone keyboards often type full-width digits, letters and punctuation (１３８…, ＷＨＥＲＥ, ＠).
// Folding them to ASCII lets one set of patterns see both; each fold is one UTF-16 unit for one, so offsets
// still line up with the original text.

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
