import { compoundSurnames, isNameWordEn, surnames } from './name-words';
import type { Candidate } from './types';

// Names the buyer labels: 收件人/收货人/联系人/姓名/我叫 X, "my name is X", "Name: X".
// A Chinese name is 2–4 characters (or a surname before 先生/女士). After an explicit "：/是/为" any
// characters count; right after the cue word the name must start with a common surname (after 我叫,
// ending at punctuation also does), since "收件人显示的是…" and "联系人名单" are not names.
// "收件人改成 刘德华" (a change) and "签收人是我老公王刚" (a relative first) name someone too.

const relative = '(?:我的?)?(?:老公|老婆|爱人|先生|太太|媳妇|爸爸?|妈妈?|父亲|母亲|儿子|女儿|哥哥?|姐姐?|弟弟?|妹妹?|朋友|同事|室友|家人|亲戚)';
const zhCue = new RegExp(
  `(?:收件人|收件者|收货人|联系人|联络人|连络人|寄件人|签收人|姓名|名字|(我叫))(是|为|叫|\\s*[:：])?\\s*(?:(?:改成|改为|换成|写成)\\s*)?(?:${relative}\\s*)?`,
  'g',
);
const zhName = /^[\u4e00-\u9fa5·]{1,4}/;
// Characters that end a name: particles and the words of the sentence around it.
const notInName = /[的了是不没有吗呢吧啊呀哦么要改写错填在和与你我他她这那个请帮给把就都也还能可会很太非常时电话手机地址收谢麻烦显示]/;
const honorific = /^(?:先生|女士|小姐|老师)/;
const boundary = /^(?:$|[\s,，。.!！?？;；:：、)）]|先生|女士|小姐|电话|手机|联系|地址)/;
const enCue = /(?:my name is|my name's|name\s*:|recipient\s*:?|addressee\s*:?|attn\.?\s*:?)\s*/gi;
const enName = /^[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2}/;
// After an English cue the buyer may not capitalise ("my name is john smith"): up to three words,
// stopping at the first everyday word ("my name is not important" names nobody).
const enWords = /^[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,2}/;

function enNameAt(text: string, start: number): number {
  const words = enWords.exec(text.slice(start))?.[0].split(/\s+/) ?? [];
  let len = 0;
  for (const [i, w] of words.entries()) {
    if (!isNameWordEn(w)) break;
    len += (i ? text.slice(start + len).search(/\S/) : 0) + w.length;
  }
  return len;
}

/** explicit: after "：/是/为" (anything goes); self: after 我叫 (a surname or a clean end will do). */
function zhNameAt(text: string, start: number, explicit: boolean, self: boolean): number {
  let name = zhName.exec(text.slice(start))?.[0] ?? '';
  const cut = name.search(notInName);
  if (cut >= 0) name = name.slice(0, cut);
  const h = name.search(/先生|女士|小姐|老师/);
  if (h >= 0) name = name.slice(0, h);
  const rest = text.slice(start + name.length);
  if (name.length === 1) return honorific.test(rest) && surnames.has(name) ? 1 : 0;
  if (name.length < 2) return 0;
  if (explicit || surnames.has(name[0] ?? '') || compoundSurnames.test(name) || (self && boundary.test(rest))) return name.length;
  return 0;
}

export function detectNameCues(text: string): Candidate[] {
  const out: Candidate[] = [];
  zhCue.lastIndex = 0;
  for (let m = zhCue.exec(text); m; m = zhCue.exec(text)) {
    const start = m.index + m[0].length;
    // "收货人：Lily Chen": a Latin name after a Chinese cue.
    const latin = enName.exec(text.slice(start))?.[0];
    const len = latin ? latin.length : zhNameAt(text, start, m[2] !== undefined, m[1] !== undefined);
    if (len) out.push({ kind: 'name', start, end: start + len, score: 55, detector: 'name-cue' });
  }
  enCue.lastIndex = 0;
  for (let m = enCue.exec(text); m; m = enCue.exec(text)) {
    const start = m.index + m[0].length;
    const len = enNameAt(text, start);
    if (len) out.push({ kind: 'name', start, end: start + len, score: 55, detector: 'name-cue' });
  }
  return out;
}
