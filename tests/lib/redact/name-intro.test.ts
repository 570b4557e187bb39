import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('name-intro', () => {
  it('masks names in introductions and greetings', () => {
    expect(masked('我是李雷')).toBe('我是〔name〕');
    expect(masked('你好，我是王刚呀')).toBe('你好，我是〔name〕呀');
    expect(masked('王先生您好')).toBe('〔name〕先生您好');
    expect(masked('您好欧阳女士')).toBe('您好〔name〕女士');
    expect(masked('This is Sarah Connor')).toBe('This is 〔name〕');
    expect(masked("I'm Jessica")).toBe("I'm 〔name〕");
    expect(masked("I'm Jessica, order never came")).toBe("I'm 〔name〕, order never came");
    expect(masked('I am David Lee')).toBe('I am 〔name〕');
  });

  it('masks a name that signs off a message or a line', () => {
    expect(masked('Thanks, Mike')).toBe('Thanks, 〔name〕');
    expect(masked('Regards, Emily Chen')).toBe('Regards, 〔name〕');
    expect(masked('Where is it?\nBest regards,\nKelly Moore')).toBe('Where is it?\nBest regards,\n〔name〕');
  });

  it('keeps everyday words where a name could be', () => {
    const keep = [
      "I'm Happy",
      "I'm Sorry",
      'I am Waiting',
      'I am Happy to help',
      "I'm Chinese",
      'This is Ridiculous',
      'This is Urgent',
      'This is the second time',
      'Thanks, everyone',
      'Thanks, Everyone!',
      'Thanks Again',
      'best of luck',
      '我是学生',
      '我是新手',
      '我是第一次',
      '我是顾客',
      '我是高手',
      '我是江苏人',
      '我是江苏的',
      '我是周一下的单',
      '我是马上要用的',
      '谢谢先生',
      '这位先生',
      '各位女士',
    ];
    for (const t of keep) expect(masked(t)).toBe(t);
  });
});
