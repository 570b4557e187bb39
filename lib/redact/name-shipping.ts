import { isNameZh } from './name-words';
import { detectPhoneCn } from './phone-cn';
import type { Candidate } from './types';

// The shipping block buyers paste from an address book: "张伟，13812345678，浙江省…". A 2–3
// character run that starts with a surname, stands alone (nothing Chinese before it) and comes right
// before a mobile number is the recipient's name; "电话 138…" and "我的手机138…" are not.

const sep = /[\s,，;；:：、/|]/;
const han = /[\u4e00-\u9fa5]/;

export function detectShippingNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const phone of detectPhoneCn(text)) {
    let end = phone.start;
    while (end > 0 && sep.test(text[end - 1] ?? '')) end--;
    let start = end;
    while (start > 0 && end - start < 4 && han.test(text[start - 1] ?? '')) start--;
    if (han.test(text[start - 1] ?? '')) continue;
    if (isNameZh(text.slice(start, end))) out.push({ kind: 'name', start, end, score: 50, detector: 'name-shipping' });
  }
  return out;
}
