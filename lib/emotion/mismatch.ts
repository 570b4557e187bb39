// "我买的是白色，发来的是黑色", "I ordered a medium and got an XL": the buyer names what they ordered and
// what came. No emotion word is needed for this to be a wrong-item case. Works on the folded text (lower
// case, Simplified), so offsets are the original's.

// "我买的是白色，发来的是黑色": what was bought, then what came
const zh = /(买|拍|要|订|选|点)的是[^，。！？,.!?\n]{1,12}?[，,\s]*(?:(结果)?(发来|寄来|收到|给我发|到手|来)的(是|却是|居然是|竟然是)|结果(?:发来|寄来|发了|寄了|来了)(?=[^，。！？,.!?\s]))/g;
// "收到的是黑色，我拍的是白色": what came, then what was bought
const zhCameFirst = /(发来|寄来|收到|到手)的(是|却是)[^，。！？,.!?\n]{1,12}[，,\s]*(但|可|可是)?我(买|拍|要|订|选|点|下单)的(是|明明是)/g;
// "订两盒只寄来一盒": a count ordered and a smaller count that came
const zhCount = /(订|买|拍|下单)了?\s*([0-9]+|[两二三四五六七八九十几]+)\s*(盒|件|个|双|包|瓶|份|套|只|条|箱|本|支|袋)[^，。！？,.!?\n]{0,8}?[，,\s]*(只|才)(寄来|发来|收到|到了|来了|给了|发了)/g;
// "和描述的不太一样", "跟主播说的不一样": what came is not what the listing or the live stream showed
const zhDescribed = /(?:和|跟|与|同)(?:商品|宝贝)?(?:描述|图片|图|照片|宣传|详情页|详情|视频|直播间|主播说|主播讲|介绍|说明|页面|买家秀)(?:上|里|中)?(?:的|说的|写的)?(?:完全|根本|有点|有些|不太|太|很|一点都|一点也)?(?:不|没)太?(?:一样|符|相符|像)/g;
// …unless it is only asked about or feared before buying: 会不会和图片不一样, 实物跟图片不一样吗
const ASKED_BEFORE = /会|怕|担心|是否/;
const ASKED_AFTER = /^[的啊呀]?[吗嘛么]/;
// "a set of 6 but I only got 4"
const enSet = /\b(?:set|pack|box|bundle) of (?:\d+|two|three|four|five|six|eight|ten|twelve)\b[^.!?\n]{0,30}?\bonly (?:got|received|came with|had) (?:\d+|one|two|three|four|five)\b/g;
// "received a size 8 instead of the 10 I ordered"
const enInstead = /\b(?:received|got|was sent|sent me|they sent)\b[^.!?\n]{1,30}?\binstead of\b/g;
// "received a blue one, I ordered sage green"
const enOrderedAfter = /\b(?:received|got)\s+(?:a|an|the|one|\d+)\b[^.!?\n]{0,30}?[,;]\s*(?:but\s+)?i ordered\b/g;
// "I ordered a medium and got an XL": what came must be named ("got an XL", "got 10", "got the wrong one"), so
// "ordered Monday and got it today" is not one
const en = /\bi?\s*ordered\b[^.!?\n]{1,40}?(?:\b(?:and|but)\s+|,\s*)(?:i\s+)?(?:only\s+)?(?:got|received|was sent|they sent)\s+(?:a|an|\d+|one|two|three|only|the wrong|a different|someone)\b/g;

// "order 2 only got 1", "paid for 3 but received 2", "received 1 pair only but i paid for 2": a count short
const N = '(?:\\d+|one|two|three|four|five|six|ten)';
const enCount = new RegExp(`\\b(?:order(?:ed)?|paid for|bought)\\s+${N}\\b[^.!?\\n]{0,30}?\\bonly\\s+(?:got|received|receive|came|sent|dapat|sampai)\\s+${N}\\b|\\b(?:got|received|receive)\\s+${N}\\b[^.!?\\n]{0,12}?\\bonly\\b[^.!?\\n]{0,12}?\\b(?:paid for|ordered|order)\\s+${N}\\b`, 'g');
// "i order grey u send beige", Malay "i order maroon dapat navy": what was ordered, then what the shop sent
const enOrderSend = /\bi\s+order(?:ed)?\s+(?!(?:on|at|in|it|this|that|the|yesterday|today|last|already|liao|since|from|before|for|online|again|and|but)\b)[a-z0-9]+(?:\s+[a-z0-9]+)?\s*,?\s*(?:but\s+)?(?:u|you|they|seller)\s+(?:send|sent|gave|give|deliver)\s+(?:me\s+)?[a-z0-9]+|\bi\s+order(?:ed)?\s+[a-z0-9]+(?:\s+[a-z0-9]+)?\s+dapat\s+[a-z0-9]+/g;
// Tagalog "M po order ko pero L dumating": what was ordered, "but" what came
const tlOrdered = /\border\s+ko\b[^.!?\n]{0,20}?\bpero\b[^.!?\n]{1,24}?\b(?:dumating|ang dumating|yung dumating|binigay|pinadala|natanggap ko)\b/g;

const EXTRA = /free|gift|bonus|note|card|sample|extra|discount|coupon|voucher|赠品|小礼物|礼物|贺卡|优惠券/;

export interface Span {
  start: number;
  end: number;
}

export function findMismatches(s: string): Span[] {
  const out: Span[] = [];
  for (const re of [zh, zhCameFirst, zhCount, enSet, enInstead, enOrderedAfter, en, enCount, enOrderSend, tlOrdered]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const end = m.index + m[0].length;
      // "…and got a free gift / a lovely note with it": an extra, not a wrong item
      if (EXTRA.test(s.slice(end, end + 24))) continue;
      out.push({ start: m.index + (m[0].length - m[0].trimStart().length), end });
    }
  }
  zhDescribed.lastIndex = 0;
  for (let m = zhDescribed.exec(s); m; m = zhDescribed.exec(s)) {
    const end = m.index + m[0].length;
    if (ASKED_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index)) || ASKED_AFTER.test(s.slice(end, end + 2))) continue;
    out.push({ start: m.index, end });
  }
  return out;
}
