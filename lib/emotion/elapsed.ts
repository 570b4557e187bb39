// A wait told as two dates, the order's and today's: "3号下的单，今天都20号了", "双十一买的 现在都十二月了",
// "pre-ordered in March and it's now June", "ordered on Monday, it's Friday now"; or a promised date and today's
// ("预售说15号发，今天17号了"), or the day a return was sent back ("sent it back on the 3rd… it's now the 20th").
// No word says "waited"; the two dates do. Pure text in (folded: lower-case, Simplified), spans out with the days
// between them.

/** What the first date was: the order, a promised dispatch or delivery, or a return sent back for a refund. */
export type ElapsedKind = 'order' | 'promise' | 'return';

export interface Elapsed {
  start: number;
  end: number;
  days: number;
  kind: ElapsedKind;
}

interface When {
  month?: number;
  day?: number;
  weekday?: number;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 20, 二十, 十二, 二十三, 十 → a number; anything else → undefined. */
function cnNumber(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (/^[0-9]+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGIT[s] : undefined;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CN_DIGIT[s.slice(ten + 1)];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

const ZN = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
const WEEKDAY_ZH = '一二三四五六日天';
// 12月3号 / 12月 / 3号 / 双十一 / 618 / 元旦 / 周一
const ZH_DATE = `(?:(${ZN})\\s*月\\s*(?:(${ZN})\\s*[号日]|[中底初]|上旬|中旬|下旬)?|(${ZN})\\s*[号日]|(双\\s*(?:十一|11|十二|12)|618|元旦)|(?:周|星期|礼拜)([${WEEKDAY_ZH}]))`;
const zhThen = new RegExp(`${ZH_DATE}\\s*(?:就|已经|已)?\\s*(?:下的单|下单|下了单|买的|买了|买咗|拍的|拍了|付的款|付了款|订的|订了|订咗|预订的|预定的|落的单|落单|落咗单|落嘅单)`, 'g');
const zhPromise = new RegExp(`(?:说|说好|承诺|预计|答应|显示|写着|写的|写|话|话好)\\s*的?\\s*${ZH_DATE}\\s*(?:之?前)?\\s*就?\\s*(?:发货|发|出货|寄出|寄|到货|到|送到)?`, 'g');
const zhReturn = new RegExp(`${ZH_DATE}\\s*(?:就)?\\s*(?:寄回|退回|寄返|退的货|退货|申请的退款|申请退款|申请退货)`, 'g');
const zhNow = new RegExp(`(?:今天|今日|现在|而家|宜家|都)\\s*(?:都|已经|已|经已|就)?\\s*快?\\s*(?:是|系|到|到了)?\\s*${ZH_DATE}`, 'g');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS_EN = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|t|ober|ember|\\.)?';
const WEEKDAY = '(mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|urday)?';
// "March 3" / "March" / "the 3rd" / "3rd of March" / "3 March" / "Monday"
const EN_DATE = `(?:${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?|(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?|(\\d{1,2})\\s+${MONTH}|${WEEKDAY})`;
const enThen = new RegExp(`\\b(?:pre-?ordered|ordered|bought|purchased|paid|placed\\s+(?:the|my|an|this)?\\s*order)\\b(?:\\s+(?:it|this|them|these|one))?\\s+(?:back\\s+)?(?:(?:on|in)\\s+)?(?:the\\s+)?${EN_DATE}(?![a-z])`, 'g');
const enPromise = new RegExp(`\\b(?:said|promised|supposed\\s+to\\s+(?:arrive|ship|come|be\\s+here)|was\\s+due|due|estimated|expected)\\b[^.!?]{0,16}?\\b(?:on|by)\\s+(?:the\\s+)?${EN_DATE}(?![a-z])`, 'g');
const enReturn = new RegExp(`\\b(?:sent\\s+(?:it|them)\\s+back|returned\\s+(?:it|them)|shipped\\s+(?:it|them)\\s+back|posted\\s+(?:it|them)\\s+back|mailed\\s+(?:it|them)\\s+back|requested\\s+a\\s+refund|asked\\s+for\\s+a\\s+refund)\\s+(?:(?:on|in)\\s+)?(?:the\\s+)?${EN_DATE}(?![a-z])`, 'g');
const enNow = new RegExp(`\\b(?:it'?s|it\\s+is|today\\s+is|today'?s|and\\s+now)\\s+(?:now\\s+|already\\s+)?(?:the\\s+)?${EN_DATE}(?![a-z])`, 'g');

function zhWhen(m: RegExpExecArray): When | undefined {
  if (m[1]) return { month: cnNumber(m[1]), day: cnNumber(m[2]) };
  if (m[3]) return { day: cnNumber(m[3]) };
  if (m[4]) {
    const f = m[4].replace(/\s/g, '');
    return f === '618' ? { month: 6, day: 18 } : f === '元旦' ? { month: 1, day: 1 } : /十一|11/.test(f) ? { month: 11, day: 11 } : { month: 12, day: 12 };
  }
  // 周日 and 周天 are both Sunday
  if (m[5]) return { weekday: Math.min(WEEKDAY_ZH.indexOf(m[5]) + 1, 7) };
  return undefined;
}

function enWhen(m: RegExpExecArray): When | undefined {
  const month = (g: string | undefined) => (g ? MONTHS.indexOf(g) + 1 : undefined);
  if (m[1]) return { month: month(m[1]), day: m[2] ? Number(m[2]) : undefined };
  if (m[3]) return { day: Number(m[3]), month: month(m[4]) };
  if (m[5]) return { day: Number(m[5]), month: month(m[6]) };
  if (m[7]) return { weekday: WEEKDAYS_EN.indexOf(m[7].slice(0, 3)) + 1 };
  return undefined;
}

const valid = (w: When) =>
  (w.month === undefined || (w.month >= 1 && w.month <= 12)) && (w.day === undefined || (w.day >= 1 && w.day <= 31)) && (w.month ?? w.day ?? w.weekday) !== undefined;

/** Days from `then` to `now`, assuming `now` is the next such date after `then`; undefined when they do not compare. */
export function daysBetween(then: When, now: When): number | undefined {
  if (then.weekday || now.weekday) {
    if (!then.weekday || !now.weekday) return undefined;
    return (now.weekday - then.weekday + 7) % 7 || 7;
  }
  if (then.month !== undefined && now.month !== undefined) {
    const months = (now.month - then.month + 12) % 12;
    const days = months * 30 + ((now.day ?? 15) - (then.day ?? 15));
    return days > 0 ? days : undefined;
  }
  // a month on one side only: a day of the month on both sides is still comparable ("12月3号下单, 今天20号")
  if (then.day === undefined || now.day === undefined) return undefined;
  const d = now.day - then.day;
  return d > 0 ? d : d + 30;
}

/** Two days or more between an order, promise or return date and the date the buyer says it is now. */
export function findElapsed(s: string): Elapsed[] {
  const out: Elapsed[] = [];
  const pairs: [RegExp, ElapsedKind, RegExp, (m: RegExpExecArray) => When | undefined][] = [];
  // each language's patterns only when there is text of it to look at (every Chinese date holds a Han character)
  if (/[\u3400-\u9fff]/.test(s)) pairs.push([zhThen, 'order', zhNow, zhWhen], [zhPromise, 'promise', zhNow, zhWhen], [zhReturn, 'return', zhNow, zhWhen]);
  if (/[a-z]/.test(s)) pairs.push([enThen, 'order', enNow, enWhen], [enPromise, 'promise', enNow, enWhen], [enReturn, 'return', enNow, enWhen]);
  for (const [thenRe, kind, nowRe, when] of pairs) {
    thenRe.lastIndex = 0;
    const then = thenRe.exec(s);
    if (!then) continue;
    const t = when(then);
    nowRe.lastIndex = then.index + then[0].length;
    const now = nowRe.exec(s);
    const n = now && when(now);
    if (!t || !n || !valid(t) || !valid(n)) continue;
    const days = daysBetween(t, n);
    if (days !== undefined && days >= 2) out.push({ start: then.index, end: now!.index + now![0].length, days, kind });
  }
  // one wait per message: the first kind found (an order date and a promise in one message are the same wait)
  return out.slice(0, 1);
}
