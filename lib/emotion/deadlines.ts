// A date the parcel has to beat: "25号之前", "12月3号前", "before the 25th", "by Dec 3", "by 3 March".
// Weekdays and named days (周五之前, "by Friday", "before Christmas") are lexicon phrases; this finds the dates a
// list cannot. Pure text in, spans out (offsets in the folded text are those of the original).

export interface Deadline {
  start: number;
  end: number;
}

const ZH_NUM = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
// 25号之前 / 12月3号前 / 3月底前; not 三年前 (years ago) or 两天前 (days ago): only 号/日 or a month's end
const zh = new RegExp(`(?:${ZH_NUM}\\s*月\\s*)?(?:${ZH_NUM}\\s*[号日]|底|初)\\s*(?:之前|以前|前)`, 'g');

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '[0-9]{1,2}(?:st|nd|rd|th)?';
const en = new RegExp(`\\b(?:by|before|no later than)\\s+(?:the\\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)\\b(?:\\s+of\\s+${MONTH})?|${MONTH}\\s+${DAY}\\b|${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z]))`, 'g');

/** Dates given as deadlines in the folded (lower-case, Simplified) text. */
export function findDeadlines(s: string): Deadline[] {
  const out: Deadline[] = [];
  for (const re of [zh, en]) {
    if (re === en && !/[a-z]/.test(s)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
