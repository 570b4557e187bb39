import { describe, expect, it } from 'vitest';
import { findMismatches } from '@/lib/emotion/mismatch';
import { detectEmotion } from '@/lib/emotion/index';

// The buyer names what they ordered and what came: a wrong-item case even with no emotion word.

describe('findMismatches', () => {
  it.each(['我买的是白色，发来的是黑色', '拍的是m码 结果发来的是l码', 'i ordered a medium and got an xl', 'ordered 12 cupcakes, got 10', 'i ordered two and got one'])(
    '%s',
    (text) => {
      const found = findMismatches(text);
      expect(found).toHaveLength(1);
      expect(found[0]!.end).toBeGreaterThan(found[0]!.start);
    },
  );
  it.each(['i ordered on monday and got it today, thanks', 'i ordered a lamp and got a lovely note with it', '我买的是白色', 'what did you order?'])('not: %s', (text) => {
    expect(findMismatches(text)).toEqual([]);
  });
});

describe('what came is not what the listing showed', () => {
  it.each(['和描述的不太一样', '跟主播说的不一样', '颜色和图片完全不符'])('%s', (text) => {
    expect(findMismatches(text)).toEqual([{ start: text.search(/[和跟]/), end: text.length }]);
  });
  // feared or asked before buying, or the same as the picture
  it.each(['会不会和图片不一样', '实物跟图片不一样吗', '和图片一样吗', '跟描述的一样'])('not: %s', (text) => {
    expect(findMismatches(text)).toEqual([]);
  });
});

describe('a named mismatch is a wrong-item case', () => {
  it('care and after-sales urgency, with the words as evidence', () => {
    const text = 'I ordered a medium and got an XL';
    const r = detectEmotion(text);
    expect(r.main).toBe('disappointed');
    expect(r.urgency).toBe('medium');
    const ev = r.emotions[0]!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('findMismatches: a count that falls short', () => {
  it.each(['订两盒只寄来一盒', '买了三件只收到两件', '拍了2个 才发来1个'])('%s', (text) => {
    expect(findMismatches(text)).toHaveLength(1);
  });
  it.each(['订了两盒，很快就到了', '买了三件都很喜欢', '买了两件 第二天就到了'])('not: %s', (text) => {
    expect(findMismatches(text)).toEqual([]);
  });
});

describe('findMismatches: a set that came short', () => {
  it('a set of 6 but only got 4', () => {
    expect(findMismatches("it's supposed to be a set of 6 but i only got 4")).toHaveLength(1);
    expect(findMismatches('a set of 6, lovely, got all of them')).toEqual([]);
  });
});

describe('findMismatches: sent one thing instead of another', () => {
  it('received a size 8 instead of the 10 I ordered', () => {
    expect(findMismatches('received a size 8 instead of the 10 i ordered')).toHaveLength(1);
    expect(findMismatches('i chose the blue one instead of the red')).toEqual([]);
  });
});

describe('findMismatches: what came, then what was ordered', () => {
  it('received a grey one, I ordered navy', () => {
    expect(findMismatches('received a grey one, i ordered navy')).toHaveLength(1);
    expect(findMismatches('received it today, i ordered two more')).toEqual([]);
  });

  it.each(['ordered 4 only got 3', 'received 1 box only, i paid for 2', 'i order navy u send black', 'i order size m dapat size l', 'size 8 po order ko pero size 9 dumating'])(
    'Singapore, Malaysia and Philippine English: %s',
    (text) => expect(findMismatches(text)).toHaveLength(1),
  );
  it.each(['i order yesterday you sent tracking', 'ordered 2 and got both, thanks', 'order ko po dumating na'])('not: %s', (text) => {
    expect(findMismatches(text)).toEqual([]);
  });
});
