import { describe, expect, it } from 'vitest';
import type { PackRow, ScriptRow } from '@/lib/db/types';
import { detectEmotion } from '@/lib/emotion';
import { deEscalation, proposeReply, replyLang, scriptsFor } from '@/lib/panel/reply';
import type { Suggestion } from '@/lib/panel/suggest';

const pack = (id: string, locale: string) => ({ id, locale }) as PackRow;
const script = (packId: string, id: string, emotion: ScriptRow['emotion'], position: 'opener' | 'closer' | 'standalone', text: string): ScriptRow => ({
  key: `${packId}/${id}`, packId, emotion, script: { id, emotion, position, text },
});
const packs = [pack('zh', 'zh-CN'), pack('en', 'en')];
const scripts = [
  script('zh', 'a-open', 'angry', 'opener', '非常抱歉让您生气了，'),
  script('zh', 'a-close', 'angry', 'closer', '有问题随时找我{{agent}}。'),
  script('zh', 'a-alone', 'angry', 'standalone', '真的非常抱歉，{{agent}}马上为您处理。'),
  script('zh', 't-alone', 'threatening', 'standalone', '您的诉求我已记录，{{agent}}会负责到底。'),
  script('en', 'a-open', 'angry', 'opener', 'I am so sorry about this.'),
];
const suggestion: Suggestion = {
  key: 'zh/ship', packId: 'zh', score: 1, why: [], stale: false, productMatch: false,
  entry: { id: 'ship', title: '发货', questions: ['什么时候发货'], answer: '订单{{order}}今天发出。' },
};

describe('proposeReply', () => {
  it('opens and closes an upset buyer\'s reply with its own pack\'s scripts, variables filled everywhere', () => {
    const r = proposeReply(suggestion, detectEmotion('气死了！！！怎么还没发货'), scripts, packs, { order: '123', agent: '小美' }, 'zh-CN');
    expect(r.composed.parts.map((p) => p.kind)).toEqual(['opener', 'answer', 'closer']);
    expect(r.text).toBe('非常抱歉让您生气了，订单123今天发出。有问题随时找我小美。');
    expect(r.composed.parts[2]!.text).toBe('有问题随时找我小美。');
  });

  it('a calm question gets the plain answer, and a missing variable stays visible', () => {
    const r = proposeReply(suggestion, detectEmotion('什么时候发货'), scripts, packs, {}, 'zh-CN');
    expect(r.text).toBe('订单{{order}}今天发出。');
    expect(r.filled.missing).toEqual(['order']);
  });
});

describe('placeholders left unfilled', () => {
  it('are counted in the opener and closer too, not only in the answer (the default scripts use {{agent}})', () => {
    const r = proposeReply(suggestion, detectEmotion('气死了！！！怎么还没发货'), scripts, packs, { order: '123' }, 'zh-CN');
    expect(r.text).toContain('{{agent}}');
    expect(r.filled.missing).toEqual([]);
    expect(r.missing).toEqual(['agent']);
  });

  it('are counted in the calming reply inserted on its own', () => {
    const calm = deEscalation(detectEmotion('气死了！！！你们是骗子吧'), scripts, packs, '气死了', {}, 'zh')!;
    expect(calm.text).toContain('{{agent}}');
    expect(calm.missing).toEqual(['agent']);
    expect(deEscalation(detectEmotion('气死了！！！你们是骗子吧'), scripts, packs, '气死了', { agent: '小美' }, 'zh')!.missing).toEqual([]);
  });

  it('in a tone variant that replaces the answer, the variant\'s placeholders count and the unused answer\'s do not', () => {
    const withTone: Suggestion = { ...suggestion, entry: { ...suggestion.entry, tones: { angry: '{{buyer}}，实在抱歉，今天一定发出。' } } };
    const r = proposeReply(withTone, detectEmotion('气死了！！！怎么还没发货'), scripts, packs, { agent: '小美' }, 'zh-CN');
    expect(r.text).toContain('{{buyer}}');
    expect(r.missing).toEqual(['buyer']);
  });
});

describe('scriptsFor and deEscalation', () => {
  it('without an entry, uses the scripts of packs in the question\'s language', () => {
    expect(scriptsFor(scripts, packs, undefined, 'where is it').map((s) => s.text)).toEqual(['I am so sorry about this.']);
    expect(scriptsFor(scripts, packs, undefined, '在哪').length).toBe(4);
  });

  it('calms a threatening buyer first, and leaves a calm one alone', () => {
    const calm = deEscalation(detectEmotion('再不处理我就去12315投诉你们'), scripts, packs, '再不处理我就去12315投诉你们', { agent: '小美' });
    expect(calm?.text).toContain('小美');
    expect(deEscalation(detectEmotion('请问有优惠券吗'), scripts, packs, '请问有优惠券吗', {})).toBeNull();
  });

  it('calms in Chinese on a Chinese console even when the buyer typed Latin letters, in English on an English one', () => {
    const angry = 'WTF!!! I will report you, refund NOW';
    expect(replyLang(angry, 'pinduoduo')).toBe('zh');
    expect(replyLang(angry, 'tiktok')).toBe('en');
    expect(replyLang('退款呢', 'amazon')).toBe('zh');
    // A page read by the layout detector is named in Chinese ("Amazon · 通用识别"): the name is not a language.
    expect(replyLang(angry, 'generic')).toBe('en');
    expect(replyLang(angry, 'Amazon · 通用识别')).toBe('en');
    const emotion = detectEmotion(angry);
    const zh = deEscalation(emotion, scripts, packs, angry, { agent: '小美' }, replyLang(angry, 'pinduoduo'));
    expect(zh?.text).toMatch(/[\u4e00-\u9fff]/);
    const en = deEscalation(emotion, scripts, packs, angry, {}, replyLang(angry, 'tiktok'));
    expect(en?.text ?? '').not.toMatch(/[\u4e00-\u9fff]/);
  });
});
