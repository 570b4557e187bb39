import { describe, expect, it } from 'vitest';
import { findIrony } from '@/lib/emotion/irony';
import { careLabels, detectEmotion } from '@/lib/emotion/index';
import { fold } from '@/lib/emotion/normalize';

// lib/emotion/irony.ts: sarcasm said with a shape rather than a listed cue.
const found = (t: string) => findIrony(fold(t)).map((i) => [fold(t).slice(i.start, i.end).trim(), i.needsLetdown]);
const labels = (t: string) => detectEmotion(t).emotions.map((e) => e.label);
const care = (t: string) => labels(t).some((l) => (careLabels as readonly string[]).includes(l));

describe('findIrony', () => {
  it('"oh good, another…" as an opener', () => {
    expect(found('Oh good, another update that moves every button')).toEqual([['oh good, another', false]]);
    expect(found('Wow, great, yet another password rule')).toEqual([['wow, great, yet another', false]]);
    expect(found('The great thing about another season is more episodes')).toEqual([]);
    expect(found('Great, another win for the home team!')).toEqual([]);
  });
  it('a closing verdict of praise alone, ironic on its own after one more of the same or a price', () => {
    expect(found('Rent went up another 12%. Cool cool cool.')).toEqual([['cool cool cool.', false]]);
    expect(found('£9 for a sandwich at the station. Brilliant.')).toEqual([['brilliant.', false]]);
    expect(found('Finished my first 10k today. Awesome!')).toEqual([['awesome!', true]]);
    expect(found('great movie')).toEqual([]);
  });
  it('Reddit\'s "/s" is not read as anger: it marks jokes as often', () => {
    expect(found('yeah because that always works /s')).toEqual([]);
  });
});

describe('detectEmotion: shaped sarcasm is the complaint', () => {
  it.each([
    'Oh good, another "quick survey" after every call. Can\'t wait.',
    'Delivery fee is now 12 dollars. Another 2 dollars on top. Neat.',
    'The app logged me out again. Great.',
  ])('%s', (t) => {
    expect(labels(t)[0]).toBe('angry');
  });
  it.each(['Finished my first 10k today. Awesome!', 'Got the keys to our new place. Cool.', 'Tried the new recipe. Amazing.'])(
    'sincere after good news: %s',
    (t) => {
      expect(care(t)).toBe(false);
    },
  );
});
