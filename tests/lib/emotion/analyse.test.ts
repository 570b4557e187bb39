import { describe, expect, it } from 'vitest';
import { detectEmotion } from '@/lib/emotion/index';
import type { EmotionLabel } from '@/lib/pack/schema';

// General rules that keep everyday language from reading as a complaint about the shop.

const labels = (text: string) => detectEmotion(text).emotions.map((e) => e.label);
const careOf = (text: string) => labels(text).filter((l): l is EmotionLabel => ['angry', 'anxious', 'disappointed', 'threatening'].includes(l));

describe('sympathy is not a complaint', () => {
  it.each(['Oh you poor thing', 'Poor guy, he did not deserve that', 'Sorry to hear that', "I'm so sorry for your loss", '心疼快递小哥', '可怜的孩子'])('%s', (text) => {
    expect(careOf(text)).toEqual([]);
  });
  it('the same words about the goods still are', () => {
    expect(labels('The quality is poor')).toContain('disappointed');
    expect(labels('Sorry but this arrived broken')).toContain('disappointed');
    expect(labels('质量太差，心疼我的钱')).toContain('disappointed');
  });
});
