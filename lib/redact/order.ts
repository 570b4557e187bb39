import { digitCount, hasProductCue, hasProductCueAfter, isBarcode, isDateDigits, isMoney, isProductLinkId } from './guards';
import { spans, type Candidate } from './types';

// Order numbers. After an order word (订单号, 单号, order #…) any code with 6+ digits; without one,
// the shapes platforms use (Amazon 3-7-7, Pinduoduo date-dash-digits) and bare digit runs of 12 or
// more that are not money, a date/timestamp, a number the buyer labelled as a product code (before or
// after it), a barcode (valid GTIN next to a barcode word), or a product id in a shop link.
const cued = /(?:订单编号|订单号码?|订单|單號|单号|order\s*(?:no\.?|number|id|#)?|ord#|#)[\s:：#]*(?:是|为|is)?\s*([A-Za-z0-9][A-Za-z0-9-]{4,40})(?![A-Za-z0-9-])/dgi;
const amazon = /(?<![\dA-Za-z-])\d{3}-\d{7}-\d{7}(?![\dA-Za-z-])/g;
const pdd = /(?<![\dA-Za-z-])\d{6}-\d{12,18}(?![\dA-Za-z-])/g;
const bare = /(?<![\dA-Za-z.,-])\d{12,30}(?![\dA-Za-z-]|[.,]\d)/g;

export function detectOrder(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, match } of spans(cued, text, 1)) {
    if (digitCount(match[1] ?? '') >= 6) out.push({ kind: 'order', start, end, score: 85, detector: 'order' });
  }
  for (const { start, end } of spans(amazon, text)) out.push({ kind: 'order', start, end, score: 60, detector: 'order' });
  for (const { start, end } of spans(pdd, text)) out.push({ kind: 'order', start, end, score: 50, detector: 'order' });
  for (const { start, end, match } of spans(bare, text)) {
    if (isMoney(text, start, end) || isDateDigits(match[0]) || hasProductCue(text, start) || hasProductCueAfter(text, end)) continue;
    if (isBarcode(text, start, end) || isProductLinkId(text, start)) continue;
    out.push({ kind: 'order', start, end, score: 30, detector: 'order' });
  }
  return out;
}
