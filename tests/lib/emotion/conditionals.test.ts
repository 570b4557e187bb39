import { describe, expect, it } from 'vitest';
import { findConditionals } from '@/lib/emotion/conditionals';
import { fold } from '@/lib/emotion/normalize';

const found = (text: string) => findConditionals(fold(text)).map((c) => text.slice(c.start, c.end));

describe('conditions: a feeling inside one is imagined', () => {
  it.each([
    ['If it arrives damaged, can I return it?', 'If it arrives damaged'],
    ['is it refundable if my flight gets cancelled?', 'if my flight gets cancelled'],
    ["if it doesn't fit I'll send it back", "if it doesn't fit"], // the main clause ends it
    ['Unless it breaks, keep it', 'Unless it breaks'],
    ['如果买回来尺寸不合适可以退吗', '如果买回来尺寸不合适可以退吗'],
    ['要是坏了就寄回来', '要是坏了'],
    ['万一漏发了，怎么办', '万一漏发了'],
    ['丢件的话有赔偿吗', '丢件'], // 的话 closes a condition
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    'it looks as if it was used', // "as if" mocks
    'even if it is late I still want it', // concedes
    'wondering if you can help, the pocket ripped', // means whether
    "why have a call back option if you don't call back?", // a grievance at the seller
    "If I'd known it would break in a week I'd never have bought it", // regret for a real past
    "If this is how you treat customers I'm done", // rhetoric
    'If only it had come on time', // a wish
    '如果再不发货我就投诉', // 再不: the delay is already real
    '还没发货',
    '问三遍了都是同样的话术', // 话术 is a word, not 的话
  ])('not a condition: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
