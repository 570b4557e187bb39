import type { Flag } from './lexicon/types';

// "等了三天", "下单一周了还没发货", Cantonese "等咗成个星期", "3 weeks ago", "waiting for 10 days": a stretch of time the buyer has
// already waited. Only counts when the message is about an order, delivery, refund or problem (a pre-sale
// "几天能到?" or "delivery takes 3 days?" names a duration without having waited it).

const zh = /(等了|等咗|等|咗|已经|都|过了|整整|超过|足足|快|差不多|好)?\s*([0-9]+|[一二两三四五六七八九十几半多]+|成)\s*个?多?\s*整?\s*(?:天|日|周|星期|礼拜|月|小时|钟头|个钟|工作日|分钟)(多了|了|喇|啦|都(?=没|沒|未|还|唔|冇))?/g;
const en =
  /\b(for|over|waited|waiting|been|than|almost|nearly|past|last|took|already)?\s*(?:about\s+|around\s+|roughly\s+|like\s+)?(\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of|a|an)\s+(?:more\s+)?(?:business\s+|working\s+|whole\s+|full\s+)?(days?|weeks?|months?|hours?|hrs?|minutes|mins?)\b(\s+(?:ago|now|later|late|already|and still))?/g;

/** The message is about a return or refund, not a parcel still on its way ("七天无理由还能退吗 今天第六天"). */
export function aboutReturnOnly(flags: ReadonlySet<Flag>): boolean {
  return flags.has('afterSales') && !flags.has('ship') && !flags.has('stuck');
}

// Malay and Tagalog, with their word for "already" on either side: "order dah seminggu", "5 hari dah", "2 weeks na
// po", "grabe na 3 weeks"; Singlish "2 weeks liao"
const sea =
  /\b(dah|sudah|udah|lebih|na)?\s*(?:(\d+|satu|dua|tiga|empat|lima|isang|dalawang|tatlong|ilang)\s*(hari|minggu|bulan|araw|linggo|buwan|days?|weeks?|months?)|(se(?:hari|minggu|bulan)))\b(\s+(?:dah|sudah|na|liao|already))?/g;

// words before a span that say it was waited ("waited 3 days", "been a month", "took 3 weeks"); "for"/"over" too
// make "a week" a span
const WAITING_WORDS = new Set(['waited', 'waiting', 'been', 'took']);
const SPAN_WORDS = new Set([...WAITING_WORDS, 'for', 'over']);

// words that say the buyer has been waiting, whatever for
const EXPLICIT = /第\s*([0-9]+|[二三四五六七八九十]+)\s*(?:天|日)|等了|等咗|等\s*([0-9]|[一二两三四五六七八九十几半成])|\bwaited\b|\bwaiting\b|\bbeen\b|\btook\b/;

// "sat at the depot since Monday", "no update since last week": a wait counted from a day
const enSince = /\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week|last\s+month|the\s+\d{1,2}(?:st|nd|rd|th))\b/g;

// "现在都第8天了", "而家第七日喇": the Nth day since ordering
const zhNthDay = /(?:现在|而家|今天|今日|已经|都)\s*(?:都|已经|已)?\s*第\s*([0-9]+|[二三四五六七八九十]+)\s*(?:天|日)/g;

// worn, used, eaten, applied for a while (著咗两日, 用了三天)
const ZH_USING = /(?:用|穿|着|著|戴|食|吃|搽|擦|玩|试|试用)(?:咗|了)?\s*$/;

// "not working since yesterday": how long a fault has lasted
const FAULT_BEFORE = /(?:not working|stopped working|isn't working|doesn't work|won't turn on|not charging|broken|dead)\s*$/;
const BOUGHT = /\b(?:bought|purchased)\b[^.!?]{0,20}$/;

const SINCE_DELIVERY = /(签收|收到|到货|收货)(后|了)?(第)?\s*$/;
// ...unless it is the shop that signed for the buyer's return ("退货都签收三天了"): then the buyer waits for the refund
const RETURN_RECEIVED = /(?:退货|退回|寄回|退的货|退回去的|寄回去的)[^，。！？,.!?\s]{0,4}(?:签收|收到|收货)/;
// "tried the serum for 2 weeks", "been using it for a month": how long the buyer has used it, not waited
const USING = /\b(?:tried|trying|used|using|use|wore|worn|wearing|had it|had them|owned|applied|applying|taking|took)\b[^.!?]{0,20}$/;

export interface Wait {
  start: number;
  end: number;
  /** "Only took 3 weeks": said with a straight face, meant as a complaint */
  ironic?: boolean;
}

/** Waits in the folded (lower-case, Simplified) text; offsets are the same in the original. */
export function findWaits(s: string, flags: ReadonlySet<Flag>): Wait[] {
  const topic = flags.has('ship') || flags.has('stuck') || flags.has('afterSales') || flags.has('time');
  // with no topic, only words that say waiting ("等了三天", "it's been a month") name a wait, and not in a question
  // about using the product ("is it normal to smell? it's been 2 days")
  if (!topic && (flags.has('usage') || flags.has('preSale') || flags.has('digital') || !EXPLICIT.test(s))) return [];
  const out: Wait[] = [];
  zh.lastIndex = 0;
  for (let m = zh.exec(s); m; m = zh.exec(s)) {
    const before = m[1];
    const after = m[3];
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // minutes matter for a delivery on its way (food), not for a phone queue
    if (m[0].includes('分钟') && !flags.has('ship')) continue;
    // 著咗两日 / 用了三天: days of use, not of waiting
    if (ZH_USING.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 签收第六天 / 收到三天了 counts from delivery: the parcel came, nobody is waiting for it
    if (SINCE_DELIVERY.test(s.slice(Math.max(0, m.index - 4), start)) && !RETURN_RECEIVED.test(s.slice(Math.max(0, m.index - 10), start))) continue;
    // 快一个月了 counts, 快递 never reaches here (no number), 几天能到 has no waiting cue
    if (!topic && !before?.startsWith('等')) continue;
    if (before || after) out.push({ start, end: m.index + m[0].length });
  }
  // not the days left of a return window ("七天无理由还能退吗 今天第六天")
  zhNthDay.lastIndex = 0;
  if (!aboutReturnOnly(flags))
    for (let m = zhNthDay.exec(s); m; m = zhNthDay.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
  // Latin digits and words only when there is Latin text to look at
  if (/[a-z]/.test(s)) {
    en.lastIndex = 0;
    for (let m = en.exec(s); m; m = en.exec(s)) {
      const before = m[1];
      const after = m[4];
      if (!before && !after) continue;
      if (!topic && !WAITING_WORDS.has(before!)) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      // "only took 2 days" is praise; weeks and months taken are a late parcel ("Only took 3 weeks. Amazing.")
      if (before === 'took' && !/^(week|month)/.test(m[3]!)) continue;
      // minutes matter for a delivery on its way (food), not for a phone queue; "ordered 5 min ago" is no wait yet
      if (m[3]!.startsWith('min') && (!flags.has('ship') || (after?.includes('ago') && !/\bstill\b|\byet\b/.test(s)))) continue;
      // "order placed 2 hours ago, has it shipped yet?" is no wait yet either
      if (/^(hour|hr)/.test(m[3]!) && after?.includes('ago') && !/\bstill\b/.test(s)) continue;
      // "bought 8 months ago" for a warranty claim is the product's age; a parcel still awaited is a wait
      if (!flags.has('ship') && !flags.has('stuck') && BOUGHT.test(s.slice(Math.max(0, m.index - 30), m.index + 1))) continue;
      if (before !== 'took' && USING.test(s.slice(Math.max(0, m.index - 40), start))) continue;
      // "a day" / "an hour" only with a clear cue ("for a week", "a week ago")
      if ((m[2] === 'a' || m[2] === 'an') && !after && !SPAN_WORDS.has(before!)) continue;
      out.push({ start, end: m.index + m[0].length, ironic: before === 'took' && /\bonly\s+$/.test(s.slice(Math.max(0, m.index - 6), m.index)) });
    }
    sea.lastIndex = 0;
    if (topic) {
      for (let m = sea.exec(s); m; m = sea.exec(s)) {
        // a span with no word for "already" is a duration ("sampai dalam 3 hari?"), not a wait
        if (!m[1] && !m[5]) continue;
        const start = m.index + (m[0].length - m[0].trimStart().length);
        if (out.some((w) => w.start < m!.index + m![0].length && start < w.end)) continue;
        out.push({ start, end: m.index + m[0].length });
      }
    }
    // a parcel waited for since a day; "not working since yesterday" is how long a fault has lasted
    if (flags.has('ship') || flags.has('stuck')) {
      enSince.lastIndex = 0;
      for (let m = enSince.exec(s); m; m = enSince.exec(s)) if (!FAULT_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

// "催了三次", "问了好几遍", "asked 3 times": the buyer has chased before.
const zhRepeat = /(催|问|找|打|联系|说|发|反映)了?\s*([0-9]+|[两三四五六七八九十几多好]+)\s*(次|遍|回)/g;
const enRepeat = /\b(asked|called|emailed|messaged|contacted|chased|tried|written|wrote|complained)\b[^.!?]{0,24}?\b(\d+|three|four|five|several|many|multiple|countless)\s+times\b/g;
// "第三次问了", "this is the 4th time I'm asking"
const zhNth = /第\s*([0-9]+|[二三四五六七八九十几]+)\s*次\s*(催|问|找|联系|反映|说|来问|发消息)/g;
const enNth = /\b(?:the\s+)?(\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|tenth)\s+time\s+(?:i'?m\s+|i\s+am\s+|i'?ve\s+|i\s+have\s+)?(?:asking|asked|messaging|messaged|contacting|contacted|chasing|writing|calling|called|emailing)\b/g;

export function findRepeats(s: string): Wait[] {
  const out: Wait[] = [];
  for (const re of [zhRepeat, enRepeat, zhNth, enNth]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // 两次 is the minimum that counts as chasing again; "1 time" is not
      if (m[2] === '1' || m[2] === '一') continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
