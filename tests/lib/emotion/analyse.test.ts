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

describe('"thanks for …" is sarcasm only with a complaint in its own clause', () => {
  it('sarcastic when the thanks is for the problem', () => {
    expect(labels('Thanks for ruining my birthday')).toContain('angry');
    expect(labels('Thanks for sending the wrong size')).toContain('angry');
    expect(labels('thank you for nothing')).toContain('angry');
  });
  it('sincere when the problem is in another clause', () => {
    const worried = labels('Thanks for the quick reply. I was worried it got lost');
    expect(worried).toContain('positive');
    expect(worried).not.toContain('angry');
    expect(labels('thanks for the help, sorry for the trouble')).toContain('positive');
    expect(labels('thanks for the help, sorry for the trouble')).not.toContain('angry');
  });
  it('the Chinese message-wide cues are unchanged', () => {
    expect(labels('质量太差，真是谢谢你们了')).toContain('angry');
  });
});

describe('intensity words before praise are emphasis', () => {
  it('"crazy good" is praise, "this is crazy" is still exasperation', () => {
    expect(labels('This is crazy good')).toEqual(['positive']);
    expect(labels('The delivery was crazy fast')).toEqual(['positive']);
    expect(labels('this is crazy')).toContain('angry');
    expect(careOf('crazy slow shipping').length).toBeGreaterThan(0);
  });
  it('"holy shit" is surprise; the rest of the message decides', () => {
    expect(labels('Holy shit this is amazing')).toEqual(['positive']);
    expect(labels('Holy shit, the screen is cracked')).toContain('disappointed');
  });
  it('Chinese intensifiers after praise stay praise', () => {
    expect(labels('爽死了')).toEqual(['positive']);
    expect(labels('好吃得要命')).toEqual(['positive']);
  });
});

describe('idioms that only look like complaints', () => {
  it.each(['I hate to say it but I love this', 'It was just a joke', 'I wanted it so bad', 'lost track of time'])('%s', (text) => {
    expect(careOf(text)).toEqual([]);
  });
  it('the complaint readings still count', () => {
    expect(labels('That support line is a joke')).toContain('angry');
    expect(labels('I hate this charger')).toContain('angry');
    expect(careOf('my parcel got lost').length).toBeGreaterThan(0);
  });
  it('"I\'m lost" is confusion, not worry', () => {
    expect(labels("I'm totally lost with this setup")).toEqual(['confused']);
  });
  it('tears of being moved are not sadness', () => {
    expect(labels('感动哭了')).toEqual(['positive']);
    expect(labels('看哭了')).toContain('disappointed');
  });
});
