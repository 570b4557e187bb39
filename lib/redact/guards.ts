// Shared tests for things that look like personal data but are not: money, dates, and numbers the
// buyer labelled as product codes.

/** ¥199, 299元, $19.99, RMB 1999… around a digit span. */
export function isMoney(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 4);
  return /(?:[¥￥$€£]|RMB|CNY|USD|HK\$)\s*$/i.test(before) || /^\s*(?:元|块|圆|万|rmb|cny|usd|dollars?|yuan)/i.test(after);
}

/** A digit run that is itself a date or a timestamp: 20261122, 202611221530, 20261122153000. */
export function isDateDigits(digits: string): boolean {
  return /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\d{3})?)?)?$/.test(digits);
}

/** Words that label a number as a product or batch code, never a person's. */
const productCue = /(?:货号|款号|型号|条码|条形码|商品编码|商品编号|商品id|商品ID|批号|批次|SKU|barcode|EAN|UPC|ISBN|GTIN|model|item\s*(?:no\.?|#|id|number))[\s:：#]*$/i;

export function hasProductCue(text: string, start: number): boolean {
  return productCue.test(text.slice(Math.max(0, start - 16), start));
}

/** Whether one of the cue words ends within `window` characters before `start`. */
export function hasCueBefore(text: string, start: number, cue: RegExp, window = 12): boolean {
  return cue.test(text.slice(Math.max(0, start - window), start));
}

export function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}
