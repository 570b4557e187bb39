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

/** A product word right after the number ("6901234567890 这个条码", "… is the barcode"). */
const productCueAfter = /^[\s,，:：]*(?:这个|这是|是|is\s+the|the)?\s*(?:条码|条形码|商品码|货号|型号|barcode|EAN|UPC|GTIN)/i;

export function hasProductCueAfter(text: string, end: number): boolean {
  return productCueAfter.test(text.slice(end, end + 16));
}

/** GS1 check digit (EAN-13, UPC-A, GTIN-14): weights 3 and 1 from the right, before the check digit. */
export function validGtin(digits: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += Number(digits[i]) * w;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** A product barcode: a valid GTIN with a product word anywhere within 20 characters either side. */
export function isBarcode(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 20), start) + ' ' + text.slice(end, end + 20);
  return validGtin(text.slice(start, end)) && /条码|条形码|商品码|barcode|EAN|UPC|GTIN|扫码|扫出来/i.test(near);
}

// A product id inside a shop link ("item.htm?id=678901234567", "item.jd.com/100012345678.html"): a
// product, never the buyer's order (links to an order page say order/trade and are not exempt).
const productLink = /(?:https?:\/\/|www\.|\.com\/|\.htm|\.html)/i;
const productPath = /(?:item|product|goods|detail|\/dp\/|\/gp\/|sku|spu)/i;

export function isProductLinkId(text: string, start: number): boolean {
  const token = /\S*$/.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  return productLink.test(token + text.slice(start, start + 30)) && productPath.test(token) && !/order|trade|refund|退款|订单/i.test(token);
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
