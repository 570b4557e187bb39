import { describe, expect, it } from 'vitest';
import { detectConversation, detectEmotion } from '@/lib/emotion/index';
import { trendOf } from '@/lib/emotion/conversation';

describe('detectConversation', () => {
  it('escalating anger raises urgency and says why', () => {
    const msgs = ['请问什么时候发货', '怎么还没发货', '都三天了还不发货，气死我了！！'];
    const r = detectConversation(msgs);
    expect(r.trend).toBe('escalating');
    expect(r.urgency).toBe('high');
    expect(r.urgencyReasons.join('')).toMatch(/越来越激动/);
  });
  it('a rising temperature alone lifts urgency: the last message by itself is only medium', () => {
    const msgs = ['你好', '有点不满意', '很不满意，太差了'];
    expect(detectEmotion(msgs[2]!).urgency).toBe('medium');
    const r = detectConversation(msgs);
    expect(r.trend).toBe('escalating');
    expect(r.urgency).toBe('high');
  });
  it('a buyer who got angrier and stays angry is escalating: the last message alone is only medium', () => {
    const msgs = ['the charger stopped working', 'have you read my message?', 'useless.'];
    expect(detectEmotion(msgs[2]!).urgency).toBe('medium');
    const r = detectConversation(msgs);
    expect(r.trend).toBe('escalating');
    expect(r.urgency).toBe('high');
    expect(detectConversation(['充电器坏了', '无语', '垃圾']).urgency).toBe('high');
  });
  it('a first complaint after a greeting is not escalation', () => {
    const r = detectConversation(['在吗', '很失望']);
    expect(r.trend).toBe('steady');
    expect(r.urgency).toBe(detectEmotion('很失望').urgency);
  });
  it('a buyer who calms down reads as calming, and the earlier anger stays visible without offsets', () => {
    const r = detectConversation(['垃圾店，气死我了', '好的，谢谢你']);
    expect(r.trend).toBe('calming');
    const angry = r.emotions.find((e) => e.label === 'angry');
    expect(angry).toBeDefined();
    for (const ev of angry!.evidence) expect([ev.start, ev.end]).toEqual([-1, -1]);
    expect(r.emotions.find((e) => e.label === 'positive')!.evidence[0]!.start).toBeGreaterThanOrEqual(0);
  });
  it('steady when nothing changes; one message equals detectEmotion', () => {
    expect(detectConversation(['有货吗', '包邮吗']).trend).toBe('steady');
    const one = detectConversation(['质量太差了']);
    const { trend, ...rest } = one;
    expect(trend).toBe('steady');
    expect(rest).toEqual(detectEmotion('质量太差了'));
  });
  it('a threat from two messages ago still counts', () => {
    const r = detectConversation(['再不处理我就投诉', '单号是123456', '在吗']);
    expect(r.emotions.map((e) => e.label)).toContain('threatening');
    expect(r.urgency).toBe('high');
  });
  it('a buyer who says the problem is over leaves nothing to carry: no earlier worry, no stuck parcel', () => {
    const r = detectConversation(['where is my parcel??', 'it has been 10 days, still not here', 'found it, it was at my neighbour. thanks!']);
    expect(r.urgency).toBe('low');
    expect(r.main).toBe('positive');
    expect(r.emotions.map((e) => e.label)).not.toContain('anxious');
    const zh = detectConversation(['快递十天了还没到', '虚惊一场，原来放在驿站了']);
    expect(zh.urgency).toBe('low');
  });
  it('a threat is over once the buyer says the refund came', () => {
    const r = detectConversation(['再不退款我就投诉', '退款收到了，谢谢']);
    expect(r.urgency).toBe('low');
    expect(r.emotions.map((e) => e.label)).not.toContain('threatening');
  });
  it('chasing several times raises urgency', () => {
    const r = detectConversation(['什么时候到', '快点发货', '怎么还没到', '到底什么时候到']);
    expect(r.urgency).toBe('high');
  });
  it('a nudge after a threat keeps the threat standing: not calming', () => {
    for (const last of ['回复呢？', '？', 'so?', '请问现在处理得怎么样了']) {
      const r = detectConversation(['三天了还不发货，我已经投诉到平台了', '你们看着办', last]);
      expect(r.trend, last).toBe('steady');
      expect(r.main, last).toBe('threatening');
      expect(r.urgency, last).toBe('high');
    }
  });
  it('chasing an open problem is impatience, and the problem still sets urgency', () => {
    const r = detectConversation(['发错货了', '在吗', '在吗']);
    expect(r.main).toBe('anxious');
    expect(r.urgency).toBe('medium');
    const ev = r.emotions.find((e) => e.label === 'anxious')!.evidence[0]!;
    expect(ev).toMatchObject({ text: '在吗', start: 0, end: 2 });
    // the usage problem three messages back is still the case
    expect(detectConversation(['这个路由器连不上网', '试了好多次', '在吗', '有人吗？？']).urgency).toBe('medium');
    // a food-safety report stays high however the buyer chases it
    expect(detectConversation(['my food order arrived spoiled, it smells off and my kid ate some', 'hello?', '?']).urgency).toBe('high');
    // chasing nothing is not impatience
    expect(detectConversation(['这个有白色吗', '在吗']).emotions.map((e) => e.label)).not.toContain('anxious');
  });
  it('chasing again, more insistently, is growing impatience; the same words again are not', () => {
    for (const chat of [['收到的衣服有破洞', '怎么处理', '？', '？？？'], ['我的快递三天没动了', '在吗', '在吗在吗'], ['Hi, the zipper broke on my bag', 'Hello?', '??', '???']]) {
      expect(detectConversation(chat).trend).toBe('escalating');
    }
    expect(detectConversation(['发错货了', '在吗', '在吗']).trend).toBe('steady');
    expect(detectConversation(['这个有白色吗', '在吗', '在吗在吗']).trend).not.toBe('escalating'); // nothing open to chase
    // impatience shows in the trend, but the problem still sets urgency
    expect(detectConversation(['这个路由器连不上网', '试了好多次', '在吗', '有人吗？？']).urgency).toBe('medium');
  });
  it('chasing five or more times keeps the problem chased in sight (nudges do not push it out of the window)', () => {
    for (const k of [3, 5, 8]) {
      const r = detectConversation(['收到的杯子是碎的，怎么处理', ...Array<string>(k).fill('在吗')]);
      expect(r.main, `${k} nudges`).toBe('anxious');
      expect(r.urgency, `${k} nudges`).toBe('high');
    }
    // five things said, then nudges: the oldest thing said drops out, not the newest
    const said = ['这个有白色吗', '好的', '那我拍了', '地址填好了', '发错货了，我要的是白色'];
    expect(detectConversation([...said, '在吗', '在吗', '在吗', '在吗']).urgency).toBe('high');
  });

  it('louder and louder hellos after a question with nothing wrong are waiting, not getting angrier', () => {
    for (const chat of [['do you have this in white?', 'hello?', 'hello??', 'hello???'], ['这个有白色吗', '在吗', '在吗在吗', '在吗在吗在吗']]) {
      const r = detectConversation(chat);
      expect(r.trend, chat[0]).not.toBe('escalating');
      expect(r.urgency, chat[0]).toBe('medium');
    }
    // after an open problem, the same hellos are chasing it
    expect(detectConversation(['my order is 2 weeks late', 'hello?', 'hello??', 'hello???']).urgency).toBe('high');
  });

  it('a buyer already high for a product that smoked shows that reason before the chasing', () => {
    const r = detectConversation(['电水壶插上电就冒烟了，吓死我了', '在吗', '在吗', '在吗']);
    expect(r.urgency).toBe('high');
    expect(r.urgencyReasons[0]).toMatch(/安全|冒烟|危险/);
  });

  it('a punctuation-only last message is answered in the language of the chat', () => {
    const r = detectConversation(['我的訂單怎麼還沒出貨？', '有人嗎', '？？？']);
    expect(r.urgencyReasons.join('')).toMatch(/[\u4e00-\u9fff]/);
  });
  it('a buyer who changes the subject after a gripe has moved on', () => {
    const r = detectConversation(['上次买的杯子有裂缝，补发的还没到', '有点无语', '对了，这款保温杯有没有大容量的？']);
    expect(r.urgency).toBe('low');
    expect(r.main).toBe('neutral');
    expect(r.trend).toBe('calming');
    // a new complaint after "对了" is still a complaint
    expect(detectConversation(['这件有黑色吗', '对了上周买的裤子到现在都没发货，太慢了吧']).urgency).toBe('high');
  });
  it('calm questions, then a clear complaint: the temperature rose, but urgency is the complaint\'s own', () => {
    const msgs = ['亲这个零食保质期多久', '买三包有优惠吗', '等等，我上次买的那包里面有虫子！！你们怎么回事'];
    const r = detectConversation(msgs);
    expect(r.trend).toBe('escalating');
    expect(r.urgency).toBe(detectEmotion(msgs[2]!).urgency);
    expect(r.urgencyReasons.join('')).not.toMatch(/越来越激动/);
  });
  it('a message with no feeling in between does not make a steady gripe look like a jump', () => {
    expect(detectConversation(['收到的花都蔫了', '本来是送女朋友的生日礼物', '心情全毁了，唉']).trend).toBe('steady');
  });
  it('empty or bad input does not throw', () => {
    expect(detectConversation([]).main).toBe('neutral');
    expect(detectConversation(undefined as unknown as string[]).trend).toBe('steady');
    expect(detectConversation([null as unknown as string, '谢谢']).main).toBe('positive');
  });
  it('trendOf', () => {
    expect(trendOf([0, 0.2, 0.7])).toBe('escalating');
    expect(trendOf([0.8, 0.7, 0.1])).toBe('calming');
    expect(trendOf([0.5, 0.5])).toBe('steady');
    expect(trendOf([0.55, 0.55, 0.55])).toBe('steady'); // the same mood throughout is no trend
    expect(trendOf([0.3, 0.55, 0.55])).toBe('escalating');
    expect(trendOf([0.9])).toBe('steady');
  });
});
