import { T2S } from '../text/t2s';
import { foldWidth } from '../text/width';

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

// Digits written to dodge a platform's number filter: Chinese numerals (幺 is how 1 is read out in
// phone numbers) and circled digits. One unit for one, so offsets hold. Only phone detection uses it:
// elsewhere 一 and 三 are words ("一两三天", "三四件").
const digitForms: Record<string, string> = { 〇: '0', 零: '0', 幺: '1', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', '⓪': '0' };
for (let d = 1; d <= 9; d++) {
  for (const base of [0x2460, 0x2776, 0x2780]) digitForms[String.fromCharCode(base + d - 1)] = String(d);
}

export function foldDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += digitForms[text[i] ?? ''] ?? text[i];
  return out;
}
