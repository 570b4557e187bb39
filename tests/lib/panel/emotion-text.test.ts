import { describe, expect, it } from 'vitest';
import { detectConversation, detectEmotion } from '@/lib/emotion';
import { carriedOver, isEarlierWhy, reasonIn, whyIn } from '@/lib/panel/emotion-text';

const cjk = /[\u4e00-\u9fff]/;

describe('emotion texts in the UI language', () => {
  it('a Latin-letter message gets its urgency reasons in Chinese in a zh panel, and back', () => {
    const e = detectEmotion('This is RIDICULOUS!!! I will file a chargeback and leave 1 star');
    expect(e.urgencyReasons.length).toBeGreaterThan(0);
    expect(e.urgencyReasons.join('')).not.toMatch(cjk); // the detector writes in the buyer's language
    const zh = e.urgencyReasons.map((r) => reasonIn(r, 'zh'));
    for (const r of zh) expect(r).toMatch(cjk);
    expect(zh.map((r) => reasonIn(r, 'en'))).toEqual(e.urgencyReasons);
  });

  it('evidence notes too, and text it does not know is shown as it came', () => {
    const e = detectEmotion('垃圾店铺！！！');
    const notes = e.emotions.flatMap((x) => x.evidence.map((v) => v.why)).filter((w): w is string => !!w);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(whyIn(n, 'en')).not.toMatch(cjk);
    expect(reasonIn('something else', 'zh')).toBe('something else');
    expect(whyIn(undefined, 'zh')).toBeUndefined();
  });

  it('tells evidence carried over from an earlier message', () => {
    const c = detectConversation(['再不发货我就投诉你们！！！', '好的']);
    const evidence = c.emotions.flatMap((x) => x.evidence);
    expect(evidence.some((v) => isEarlierWhy(v.why))).toBe(true);
    expect(detectEmotion('再不发货我就投诉你们！！！').emotions.flatMap((x) => x.evidence).some((v) => isEarlierWhy(v.why))).toBe(false);
  });

  it('anger carried over from earlier messages while the current one is calm', () => {
    const calmNow = ['再不发货我就投诉你们！！！垃圾店铺', '好的，那我等等'];
    expect(carriedOver(detectConversation(calmNow), detectEmotion(calmNow[1]!))).toBe(true);
    expect(carriedOver(detectConversation(['This is RIDICULOUS!!! I will report you', 'ok thanks']), detectEmotion('ok thanks'))).toBe(true);
    const angryNow = ['你好', '再不发货我就投诉你们！！！'];
    expect(carriedOver(detectConversation(angryNow), detectEmotion(angryNow[1]!))).toBe(false);
    expect(carriedOver(detectConversation(['你好', '什么时候发货']), detectEmotion('什么时候发货'))).toBe(false);
  });
});
