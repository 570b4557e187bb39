import { isNameWordEn, isNameZh, startsWithSurname } from './name-words';
import type { Candidate } from './types';

// Names buyers give without a form word: introductions ("我是李雷", "I'm Jessica", "This is Sarah
// Connor"), sign-offs ("Thanks, Mike", "Regards, Emily Chen") and a surname before 先生/女士
// ("王先生您好"). Each needs a name-like word that is not an everyday one: "我是学生", "I'm Sorry",
// "I am Waiting" and "Thanks, everyone" name nobody.

// 我是 + a 2–3 character run that ends the clause (a particle may follow): "我是李雷，", "我是王刚呀".
const zhSelf = /我是\s*([\u4e00-\u9fa5]{2,4})(?=$|[^\u4e00-\u9fa5])/dg;
const particles = /[啊呀哦呢啦哈吧嘛]$/;
// A surname right before an honorific, not inside a word ("谢谢先生" thanks a man; "您好王先生" greets one).
const zhHonorific = /(欧阳|司马|诸葛|上官|慕容|东方|皇甫|令狐|公孙|夏侯|司徒|端木|南宫|[\u4e00-\u9fa5])(?=先生|女士|小姐|太太)/g;
const beforeHonorific = /(?:^|[^\u4e00-\u9fa5]|[好是叫找给和跟问亲])$/;

const enIntro = /(?<![A-Za-z])(?:I'm|I’m|I am|this is)\s+/gi;
const enSignOff = /(?:^|[\n.!?]\s*)(?:many thanks|thank you|thanks|thx|best regards|kind regards|warm regards|regards|cheers|sincerely|best)\s*[,，!.-]?\s*/gi;
const capWords = /^[A-Z][A-Za-z'-]*(?:[ \t]+[A-Z][A-Za-z'-]*){0,2}/;

/** Length of the capitalised name at `start` (up to three words), stopping at the first everyday word. */
function capNameAt(text: string, start: number): number {
  const run = capWords.exec(text.slice(start))?.[0] ?? '';
  let len = 0;
  for (const w of run.split(/[ \t]+/)) {
    if (!isNameWordEn(w)) break;
    len = run.indexOf(w, len) + w.length;
  }
  return len;
}

export function detectNameIntros(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ kind: 'name', start, end, score: 50, detector: 'name-intro' });
  for (const m of text.matchAll(zhSelf)) {
    const [start] = m.indices?.[1] ?? [0];
    const run = (m[1] ?? '').replace(particles, '');
    if (isNameZh(run)) push(start, start + run.length);
  }
  for (const m of text.matchAll(zhHonorific)) {
    const run = m[1] ?? '';
    if (startsWithSurname(run) && beforeHonorific.test(text.slice(Math.max(0, m.index - 1), m.index))) push(m.index, m.index + run.length);
  }
  for (const m of text.matchAll(enIntro)) {
    const start = m.index + m[0].length;
    const len = capNameAt(text, start);
    if (len) push(start, start + len);
  }
  for (const m of text.matchAll(enSignOff)) {
    const start = m.index + m[0].length;
    const len = capNameAt(text, start);
    // A sign-off name ends the message or its line: "Thanks, Mike" but not "Thanks, Amazon sent it".
    if (len && /^[ \t]*[.!]?[ \t]*(?:$|\n)/.test(text.slice(start + len))) push(start, start + len);
  }
  return out;
}
