import { describe, expect, it } from 'vitest';
import { findRepeats, findWaits } from '@/lib/emotion/waits';
import { fold } from '@/lib/emotion/normalize';
import type { Flag } from '@/lib/emotion/lexicon/types';

const waits = (text: string, flags: Flag[] = []) => findWaits(fold(text), new Set(flags)).map((w) => text.slice(w.start, w.end).trim());

describe('waits', () => {
  it('needs a topic, or words that say waiting', () => {
    expect(waits('3天能到吗')).toEqual([]); // a duration asked about, no topic
    expect(waits('等了两个礼拜了')).toEqual(['等了两个礼拜了']);
    expect(waits("It's been a month.")).toEqual(['been a month']);
    expect(waits('it has been about 12 days')).toEqual(['been about 12 days']);
    expect(waits('I have been a member for 5 years')).toEqual([]); // "for" is no waiting word without a topic
    expect(waits("Is it normal to smell? It's been 2 days", ['usage'])).toEqual([]); // days of use
  });

  it('reads 都 after a span as "and still not"', () => {
    expect(waits('卡在中转站三天都没动', ['stuck'])).toEqual(['三天都']);
    expect(waits('三天都可以', ['ship'])).toEqual([]);
  });

  it('counts weeks or months "taken", and an "only" before them is irony', () => {
    const found = findWaits(fold('Only took 3 weeks. Amazing.'), new Set<Flag>());
    expect(found).toHaveLength(1);
    expect(found[0]!.ironic).toBe(true);
    expect(findWaits(fold('It took a month to arrive'), new Set<Flag>())[0]?.ironic).toBe(false);
    expect(waits('Only took 2 days, amazing!')).toEqual([]); // days taken are praise
    expect(waits('took the tablets for 3 weeks', ['afterSales'])).toEqual([]); // use, not a wait
  });

  it('reads Malay and Tagalog spans with their word for "already"', () => {
    expect(waits('order dah seminggu', ['ship'])).toEqual(['dah seminggu']);
    expect(waits('parcel stuck 4 hari dah', ['ship'])).toEqual(['4 hari dah']);
    expect(waits('refund wala pa, 2 weeks na po', ['afterSales'])).toEqual(['2 weeks na']);
    expect(waits('sampai dalam 3 hari?', ['ship'])).toEqual([]); // a duration asked about, nothing waited
    expect(waits('dah seminggu')).toEqual([]); // no topic
  });

  it('finds chasing', () => {
    expect(findRepeats(fold('已经催了三次了'))).toHaveLength(1);
    expect(findRepeats(fold('this is the 4th time I am asking'))).toHaveLength(1);
    expect(findRepeats(fold('asked 1 time'))).toHaveLength(0);
  });
});
