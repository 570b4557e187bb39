// Short messages that say nothing new, and openers that change the subject. Read against the buyer's earlier
// messages: "在吗" after "发错货了" is chasing the wrong item, "对了，有白色吗？" after a gripe has moved on.
// Pure text in, yes or no out.

/** Words a nudge is made of: greetings, "anyone there", "any update", "still waiting", particles. */
const NUDGE_WORDS = [
  // Chinese (folded to Simplified) and Cantonese
  '在吗', '在么', '在嘛', '在不在', '在没在', '有人吗', '有人嘛', '有人在吗', '有没有人', '有冇人', '人呢', '客服呢', '亲', '你好', '您好',
  '请问', '喂', '哈喽', '客服', '回复呢', '回复一下', '回复下', '回一下', '回复', '回个话', '回话', '说话', '理我', '理下我', '还在等', '等回复', '等你回复', '怎么样了',
  '处理得怎么样了', '处理好了没', '现在', '进度呢', '结果呢', '然后呢', '所以呢', '呢', '吗', '啊', '呀', '哦', '嗯', '了', '急', '快点',
  '催一下', '看一下', '点呀', '点啊', '点样', '呀', '啦', '喇',
  // English
  'hello', 'hellooo', 'helloooo', 'hi', 'hey', 'anyone', 'anybody', 'someone', 'there', 'any update', 'any updates', 'update', 'updates',
  'so', 'well', 'and', 'still waiting', 'waiting', 'please', 'pls', 'plz', 'reply', 'respond', 'answer', 'me', 'is', 'are', 'you',
  'ur', 'u', 'here', 'yo', 'ok', 'um', 'uh', 'hmm', 'now', 'again', 'guys', 'seller', 'admin', 'sis', 'po',
];
const NUDGE = new RegExp(
  `^(?:${NUDGE_WORDS.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|[\\s\\p{P}\\p{S}])+$`,
  'iu',
);
/** A nudge is short. */
const NUDGE_CHARS = 24;

/** "在吗", "？？？", "回复呢？", "hello?", "anyone there??", "any update?": nothing new, only waiting. */
export function isNudge(folded: string): boolean {
  const t = folded.trim();
  return t.length > 0 && [...t].length <= NUDGE_CHARS && NUDGE.test(t);
}

const CHASE = /[?？]|在|人|回|等|催|快|急|进度|结果|怎么样|点呀|点啊|hello|hey|anyone|anybody|someone|update|waiting|reply|respond|answer/i;

/** A nudge that asks for an answer ("在吗", "？？", "anyone there?"), not a bare "ok" or "嗯". */
export function isChasing(folded: string): boolean {
  return isNudge(folded) && CHASE.test(folded);
}

/** "对了，…", "另外…", "btw", "anyway", "quick question": the buyer turns to another subject. */
const SWITCH = /^(?:(?:亲|你好|您好|hi|hello|hey|oh|ok|okay|好的|嗯)[\s,，.。!！~]*)?(?:对了|另外|还有个问题|还想问|顺便问|顺便|换个问题|再问一下|再问个|再请问|btw|by the way|anyway|anyways|also|oh and|and also|quick question|different question|unrelated|separate question|on another note|other question|one more question|one more thing)(?![a-z])/i;

export function changesSubject(folded: string): boolean {
  return SWITCH.test(folded.trim());
}
