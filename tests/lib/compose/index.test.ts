import { describe, expect, it } from 'vitest';
import { composeReply } from '@/lib/compose/index';
import { detectEmotion } from '@/lib/emotion/index';
import type { Script } from '@/lib/pack/schema';
import type { EmotionResult } from '@/lib/emotion/types';

const s = (id: string, emotion: Script['emotion'], position: Script['position'], text: string, categories?: string[]): Script => ({
  id,
  emotion,
  position,
  text,
  ...(categories ? { categories } : {}),
});

const scripts: Script[] = [
  s('angry-open', 'angry', 'opener', '非常抱歉给您带来不好的体验，'),
  s('angry-open-ship', 'angry', 'opener', '让您一直等包裹真的很抱歉，', ['物流']),
  s('angry-close', 'angry', 'closer', '我会一直跟进到底。'),
  s('angry-alone', 'angry', 'standalone', '真的非常抱歉，请把订单号发我，我亲自处理。'),
  s('anxious-open', 'anxious', 'opener', '亲别着急，我马上帮您看～'),
  s('threat-open', 'threatening', 'opener', '您的诉求我已经完整记录，'),
  s('neutral-open', 'neutral', 'opener', '亲，您好～'),
  s('positive-open', 'positive', 'opener', '谢谢亲的支持！'),
];

const emotionOf = (label: EmotionResult['main'], score: number, urgency: EmotionResult['urgency'] = 'medium'): EmotionResult => ({
  emotions: [{ label, score, evidence: [] }],
  main: label,
  urgency,
  urgencyReasons: [],
});

describe('composeReply', () => {
  it('a tone variant replaces the answer and is not opened by a second apology', () => {
    const r = composeReply({
      answer: '已为您加急处理。',
      entry: { tones: { angry: '真的很抱歉让您生气了，已为您加急处理。' } },
      emotion: emotionOf('angry', 0.9),
      scripts,
      locale: 'zh-CN',
    });
    expect(r.parts.map((p) => p.kind)).toEqual(['answer', 'closer']);
    expect(r.text).toBe('真的很抱歉让您生气了，已为您加急处理。我会一直跟进到底。');
  });

  it('opener + answer + closer for an upset buyer, parts visible, Chinese joined without spaces', () => {
    const r = composeReply({ answer: '已为您加急处理。', emotion: detectEmotion('气死了，太过分了'), scripts, locale: 'zh-CN' });
    expect(r.parts.map((p) => p.kind)).toEqual(['opener', 'answer', 'closer']);
    expect(r.parts[0]!.scriptId).toBe('angry-open');
    expect(r.text).toBe('非常抱歉给您带来不好的体验，已为您加急处理。我会一直跟进到底。');
  });

  it('prefers a category-specific script when the entry category starts with it', () => {
    const r = composeReply({ answer: '包裹在路上。', entry: { category: '物流/物流异常' }, emotion: emotionOf('angry', 0.7), scripts, locale: 'zh-CN' });
    expect(r.parts[0]!.scriptId).toBe('angry-open-ship');
    const other = composeReply({ answer: '可以退。', entry: { category: '售后/退款' }, emotion: emotionOf('angry', 0.7), scripts, locale: 'zh-CN' });
    expect(other.parts[0]!.scriptId).toBe('angry-open');
  });

  it('a category-restricted script never goes to an entry without that category', () => {
    const only = [s('ship-only', 'angry', 'opener', '物流专用', ['物流'])];
    const r = composeReply({ answer: 'A', entry: {}, emotion: emotionOf('angry', 0.7), scripts: only, locale: 'en' });
    expect(r.parts.map((p) => p.kind)).toEqual(['answer']);
  });

  it('calm buyers get no apology: neutral gets the light opener, clear praise the positive one', () => {
    const neutral = composeReply({ answer: '48小时内发货。', emotion: detectEmotion('什么时候发货'), scripts, locale: 'zh-CN' });
    expect(neutral.parts.map((p) => p.scriptId ?? p.kind)).toEqual(['neutral-open', 'answer']);
    const praise = composeReply({ answer: '欢迎再来。', emotion: detectEmotion('非常满意，太棒了，谢谢'), scripts, locale: 'zh-CN' });
    expect(praise.parts[0]!.scriptId).toBe('positive-open');
    const noLight = composeReply({ answer: 'A', emotion: emotionOf('neutral', 1), scripts: scripts.filter((x) => x.emotion === 'angry') });
    expect(noLight.parts.map((p) => p.kind)).toEqual(['answer']);
  });

  it('a tone variant replaces the answer for that emotion', () => {
    const entry = { tones: { anxious: '亲，理解您着急，马上发。' } };
    const r = composeReply({ answer: '48小时内发货。', entry, emotion: detectEmotion('急用！什么时候发货'), scripts, locale: 'zh-CN' });
    expect(r.parts.find((p) => p.kind === 'answer')!.text).toBe('亲，理解您着急，马上发。');
    const calm = composeReply({ answer: '48小时内发货。', entry, emotion: detectEmotion('什么时候发货'), scripts, locale: 'zh-CN' });
    expect(calm.parts.find((p) => p.kind === 'answer')!.text).toBe('48小时内发货。');
  });

  it('no entry matched: a threatening or angry high-urgency buyer still gets de-escalation', () => {
    const angry = composeReply({ emotion: detectEmotion('垃圾店，气死我了！！！'), scripts, locale: 'zh-CN' });
    expect(angry.parts).toEqual([{ kind: 'standalone', text: '真的非常抱歉，请把订单号发我，我亲自处理。', scriptId: 'angry-alone' }]);
    // no threatening standalone in this pack: the threat opener, then the anger one, are the fallbacks
    const threat = composeReply({ emotion: emotionOf('threatening', 0.8, 'high'), scripts: scripts.filter((x) => x.position !== 'standalone') });
    expect(threat.parts.map((p) => p.scriptId)).toEqual(['threat-open']);
    // calm and unmatched: nothing to suggest
    expect(composeReply({ emotion: detectEmotion('你好'), scripts }).parts).toEqual([]);
  });

  it('de-escalation comes first even when worry scored higher', () => {
    const emotion: EmotionResult = {
      emotions: [
        { label: 'anxious', score: 0.9, evidence: [] },
        { label: 'threatening', score: 0.5, evidence: [] },
      ],
      main: 'anxious',
      urgency: 'high',
      urgencyReasons: [],
    };
    expect(composeReply({ answer: 'A', emotion, scripts }).parts[0]!.scriptId).toBe('threat-open');
  });

  it('a threat with no threat scripts falls back to anger scripts', () => {
    const r = composeReply({ answer: 'A', emotion: emotionOf('threatening', 0.8, 'high'), scripts: scripts.filter((x) => x.emotion !== 'threatening') });
    expect(r.parts[0]!.scriptId).toBe('angry-open');
  });

  it('English joins with a space and finishes a part that ends mid-sentence; multi-line answers get a blank line', () => {
    const en = [s('o', 'anxious', 'opener', 'I understand, let me check'), s('c', 'anxious', 'closer', 'I will update you.')];
    const r = composeReply({ answer: 'It ships today.', emotion: emotionOf('anxious', 0.6), scripts: en, locale: 'en' });
    expect(r.text).toBe('I understand, let me check. It ships today. I will update you.');
    const multi = composeReply({ answer: 'Step 1.\nStep 2.', emotion: emotionOf('anxious', 0.6), scripts: en, locale: 'en' });
    expect(multi.text).toBe('I understand, let me check.\n\nStep 1.\nStep 2.\n\nI will update you.');
  });

  it('an upset buyer gets the variant for a feeling that needs care, never the one for praise', () => {
    const both: EmotionResult = { emotions: [{ label: 'positive', score: 0.8, evidence: [] }, { label: 'anxious', score: 0.72, evidence: [] }], main: 'positive', urgency: 'high', urgencyReasons: [] };
    const r = composeReply({ answer: '今天就发出。', entry: { tones: { positive: '谢谢亲的夸奖！今天就发出。' } }, emotion: both, scripts, locale: 'zh-CN' });
    expect(r.text).not.toContain('夸奖');
    expect(r.parts[0]).toMatchObject({ kind: 'opener', scriptId: 'anxious-open' });
  });

  it('a variant written for anger does not answer a threat: the threat opener stays on top', () => {
    const threat: EmotionResult = { emotions: [{ label: 'angry', score: 0.9, evidence: [] }, { label: 'threatening', score: 0.7, evidence: [] }], main: 'angry', urgency: 'high', urgencyReasons: [] };
    const r = composeReply({ answer: '已为您加急处理。', entry: { tones: { angry: '真的很抱歉让您生气了，已为您加急处理。' } }, emotion: threat, scripts, locale: 'zh-CN' });
    expect(r.parts.map((p) => p.kind)).toEqual(['opener', 'answer', 'closer']);
    expect(r.parts[0]!.scriptId).toBe('threat-open');
    expect(r.parts[1]!.text).toBe('真的很抱歉让您生气了，已为您加急处理。');
  });

  it('joins by the pack locale written with an underscore (zh_CN), and a bracket or quote ends a sentence only with a stop inside', () => {
    const zh = composeReply({ answer: '亲，一般48小时内发货', emotion: emotionOf('anxious', 0.6), scripts, locale: 'zh_CN' });
    expect(zh.text).toBe('亲别着急，我马上帮您看～亲，一般48小时内发货');
    const en = [s('o', 'anxious', 'opener', 'It ships in 2 days (weekdays)'), s('c', 'anxious', 'closer', 'I will keep an eye on it.')];
    expect(composeReply({ answer: 'Tracking follows by email ("soon.")', emotion: emotionOf('anxious', 0.6), scripts: en, locale: 'en' }).text).toBe(
      'It ships in 2 days (weekdays). Tracking follows by email ("soon.") I will keep an eye on it.',
    );
  });

  it('is deterministic and ignores malformed scripts and input', () => {
    const bad = [...scripts, { id: '', emotion: 'angry', text: 'x' }, null, 'nope'] as unknown as Script[];
    const a = composeReply({ answer: 'A', emotion: emotionOf('angry', 0.7), scripts: bad, locale: 'zh' });
    const b = composeReply({ answer: 'A', emotion: emotionOf('angry', 0.7), scripts: bad, locale: 'zh' });
    expect(a).toEqual(b);
    expect(composeReply(undefined as never)).toEqual({ parts: [], text: '' });
    expect(composeReply({ answer: 'A', emotion: undefined as never, scripts: undefined as never }).text).toBe('A');
  });
});
