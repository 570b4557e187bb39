import { describe, expect, it } from 'vitest';
import { findExasperation } from '@/lib/emotion/exasperation';
import { detectEmotion } from '@/lib/emotion/index';
import { fold } from '@/lib/emotion/normalize';

const found = (t: string) => findExasperation(fold(t)).map((e) => fold(t).slice(e.start, e.end));
const labels = (t: string) => detectEmotion(t).emotions.map((e) => e.label);

describe('findExasperation', () => {
  it('a plea to stop doing something', () => {
    expect(found('Can you please stop sending me the same survey')).toEqual(['stop sending']);
    expect(found('can people stop posting spoilers')).toEqual(['stop posting']);
    expect(found('Please stop calling me at 7am')).toEqual(['stop calling']);
  });
  it('not a cancellation, a device that stopped, or bare advice', () => {
    expect(found('Can you stop shipping it? I moved')).toEqual([]);
    expect(found('please stop the shipment')).toEqual([]);
    expect(found('It stopped charging after a week')).toEqual([]);
    expect(found('Stop worrying, it will come')).toEqual([]);
  });
  it('the same thing every time, as a sentence of its own', () => {
    expect(found('The lift is out on our floor. Every. Single. Time.')).toEqual(['every. single. time.']);
    expect(found('Late bus, cold coffee. I swear it\'s every day')).toEqual(["i swear it's every day"]);
    expect(found('I laugh at that scene every time')).toEqual([]);
    expect(found('Every time I open the app it asks me to log in')).toEqual([]);
  });
  it('"Again." as a sentence of its own', () => {
    expect(found('Wrong size. Again.')).toEqual(['again.']);
    expect(found('Can I order again?')).toEqual([]);
  });
});

describe('detectEmotion: exasperation without a feeling word', () => {
  it.each([
    'Can you please stop sending me the same survey',
    'Did you even read my message? I said the lid is missing',
    'Answer my question for once',
    'The courier left it in the rain. Again.',
  ])('%s', (t) => {
    expect(labels(t)).toContain('angry');
  });
  it('"again" said once, in passing, is no complaint on its own', () => {
    expect(labels('I would buy it again')).not.toContain('angry');
  });
});
