import type { Candidate } from './types';

// Names the buyer labels: 收件人/收货人/联系人/姓名/我叫 X, "my name is X", "Name: X".
// A Chinese name is 2–4 characters (or a surname before 先生/女士). After an explicit "：/是/为" any
// characters count; right after the cue word the name must start with a common surname (after 我叫,
// ending at punctuation also does), since "收件人显示的是…" and "联系人名单" are not names.

const zhCue = /(?:收件人|收货人|联系人|寄件人|签收人|姓名|名字|(我叫))(是|为|叫|\s*[:：])?\s*/g;
const zhName = /^[\u4e00-\u9fa5·]{1,4}/;
// Characters that end a name: particles and the words of the sentence around it.
const notInName = /[的了是不没有吗呢吧啊呀哦么要改写错填在和与你我他她这那个请帮给把就都也还能可会很太非常时电话手机地址收谢麻烦显示]/;
const honorific = /^(?:先生|女士|小姐|老师)/;
const boundary = /^(?:$|[\s,，。.!！?？;；:：、)）]|先生|女士|小姐|电话|手机|联系|地址)/;
// The most common Chinese surnames (single and compound): general knowledge, not fitted to any data.
// Surnames that are also everyday words after these cues (时, 和, 全, 应, 明, 成…) are left out.
const surnames = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝'.split(''),
);
const compoundSurnames = /^(?:欧阳|司马|诸葛|上官|慕容|东方|皇甫|令狐|公孙|夏侯|尉迟|长孙|宇文|司徒|端木|独孤|南宫|西门)/;

const enCue = /(?:my name is|my name's|name\s*:|recipient\s*:?|addressee\s*:?|attn\.?\s*:?)\s*/gi;
const enName = /^[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2}/;

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
    const name = enName.exec(text.slice(start))?.[0];
    if (name) out.push({ kind: 'name', start, end: start + name.length, score: 55, detector: 'name-cue' });
  }
  return out;
}
