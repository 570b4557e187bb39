import { describe, expect, it } from 'vitest';
import { observedFeeling } from '@/lib/emotion/observed';
import { careLabels, detectEmotion } from '@/lib/emotion/index';
import { fold } from '@/lib/emotion/normalize';

const care = (t: string) => detectEmotion(t).emotions.some((e) => (careLabels as readonly string[]).includes(e.label));
const seen = (t: string, word: string, aboutOrder = false) => {
  const s = fold(t);
  const at = s.lastIndexOf(word);
  return observedFeeling(s, at, at + word.length, aboutOrder);
};

describe('observedFeeling: someone else\'s feeling as the writer sees it', () => {
  it('a seeing verb with another subject marks the feeling as observed', () => {
    expect(seen('He seemed pretty frustrated on the call', 'pretty frustrated')).toBe(true);
    expect(seen('You look worried, it will be fine', 'worried')).toBe(true);
    expect(seen('The courier looked really annoyed when I asked him to wait', 'really annoyed')).toBe(true);
    expect(seen('快递小哥看起来很生气', '生气')).toBe(true);
  });
  it('the writer\'s own feeling, a told one, or a judgement of a thing is not observed', () => {
    expect(seen('I look worried in every photo because I am worried', 'worried')).toBe(false);
    expect(seen('My wife is furious, the necklace turned her neck green', 'furious')).toBe(false);
    expect(seen('The box looks damaged', 'damaged')).toBe(false);
    expect(seen('我很生气', '生气')).toBe(false);
  });
});

describe('detectEmotion: observed feelings ask for no soothing', () => {
  it.each([
    'He seemed pretty frustrated on the stream last night',
    'The delivery guy looked nervous, is he new?',
    'Your colleague sounded stressed yesterday, hope she is ok',
  ])('%s', (t) => {
    expect(care(t)).toBe(false);
  });
  it('the buyer\'s own feeling next to it still counts', () => {
    expect(care('He seemed nervous and honestly I am worried too, the parcel is lost')).toBe(true);
  });
});

describe('observedFeeling: what someone else habitually feels', () => {
  it('"gets" with another subject', () => {
    expect(seen('My sister\'s dog gets really anxious in storms', 'really anxious')).toBe(true);
  });
});

describe('observedFeeling: someone else\'s feeling told as a story', () => {
  it('a past "was/were/got" with another subject is a story, unless it is about the order', () => {
    expect(seen('My uncle was so mad when the referee ended the match early', 'so mad')).toBe(true);
    expect(seen('They were really upset after the show got cancelled', 'really upset')).toBe(true);
    expect(seen('My wife was furious when it came broken', 'furious', true)).toBe(false);
    expect(seen('I was so mad when I saw the score', 'so mad')).toBe(false);
  });
  it('asks for no soothing in a comment, but a household\'s anger about the order stays', () => {
    expect(care('My cousin got so angry about the ending that he stopped watching')).toBe(false);
    expect(care('My husband was furious, the parcel came open and the watch is missing')).toBe(true);
  });
});
