import { describe, expect, it } from 'vitest';
import { changesSubject, isChasing, isNudge } from '@/lib/emotion/nudges';
import { fold } from '@/lib/emotion/normalize';

describe('nudges: short messages that say nothing new', () => {
  it.each(['在吗', '？？？', '回复呢？', '有人吗？？', '亲在吗', '在嗎在嗎', 'hello?', 'anyone there??', 'any update?', '?', 'ok'])('%s', (t) => {
    expect(isNudge(fold(t))).toBe(true);
  });
  it.each(['发错货了', '单号是123456', '这个有白色吗', 'where is my order?', 'thanks!', '', '   ', '在吗 我的快递三天没动了'])('not a nudge: %s', (t) => {
    expect(isNudge(fold(t))).toBe(false);
  });
  it('a nudge that asks for an answer is chasing; a bare ok is not', () => {
    expect(isChasing(fold('在吗'))).toBe(true);
    expect(isChasing(fold('anyone there?'))).toBe(true);
    expect(isChasing(fold('ok'))).toBe(false);
    expect(isChasing(fold('嗯'))).toBe(false);
  });
});

describe('openers that change the subject', () => {
  it.each(['对了，这款有没有大容量的？', '另外想问下有没有白色', 'Anyway, do you have it in blue?', 'btw does it come with a case', 'Quick question, does it have pockets?'])('%s', (t) => {
    expect(changesSubject(fold(t))).toBe(true);
  });
  it.each(['这款有没有大容量的？', '还是坏的', 'the second one is broken too'])('not a change of subject: %s', (t) => {
    expect(changesSubject(fold(t))).toBe(false);
  });
});
