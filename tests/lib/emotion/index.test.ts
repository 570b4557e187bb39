import { describe, expect, it } from 'vitest';
import { detectEmotion, type EmotionResult } from '@/lib/emotion/index';
import type { EmotionLabel } from '@/lib/pack/schema';

const labels = (r: EmotionResult) => r.emotions.map((e) => e.label);
const has = (text: string, label: EmotionLabel) => labels(detectEmotion(text)).includes(label);
const care = (r: EmotionResult) => r.emotions.some((e) => ['angry', 'anxious', 'disappointed', 'threatening'].includes(e.label));

/** Every located evidence span must be exactly the text it claims, in the original message. */
function expectEvidenceLocated(text: string, r: EmotionResult) {
  for (const e of r.emotions)
    for (const ev of e.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
}

describe('detectEmotion: each label', () => {
  it.each<[EmotionLabel, string]>([
    ['angry', '你们这什么破服务，气死我了'],
    ['angry', 'This is ridiculous, worst service ever'],
    ['anxious', '急用！今天必须发货，拜托了'],
    ['anxious', 'I need it by Friday, please ship ASAP'],
    ['disappointed', '质量太差了，很失望'],
    ['disappointed', 'So disappointed, the strap broke after one day'],
    ['confused', '这个怎么安装啊，说明书看不懂'],
    ['confused', "I'm confused, what does this setting mean?"],
    ['threatening', '再不处理我就去12315投诉你们'],
    ['threatening', 'I will file a chargeback and leave a bad review'],
    ['positive', '东西很好，非常满意，谢谢'],
    ['positive', 'Love it, thank you so much!'],
  ])('%s: %s', (label, text) => {
    const r = detectEmotion(text);
    expect(labels(r)).toContain(label);
    expectEvidenceLocated(text, r);
  });

  it('neutral only when nothing else, with a score and no evidence', () => {
    const r = detectEmotion('请问这款有蓝色的吗');
    expect(r.emotions).toHaveLength(1);
    expect(r.emotions[0]).toMatchObject({ label: 'neutral', evidence: [] });
    expect(r.main).toBe('neutral');
    expect(detectEmotion('很好用').emotions.some((e) => e.label === 'neutral')).toBe(false);
  });

  it('sorts by score and names the main label', () => {
    const r = detectEmotion('太失望了，我要投诉！！！');
    const scores = r.emotions.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(r.main).toBe(r.emotions[0]!.label);
    for (const s of scores) expect(s).toBeGreaterThan(0), expect(s).toBeLessThanOrEqual(1);
  });

  it('offensive language is anger, with the word as evidence', () => {
    const text = '你们是不是傻逼';
    const r = detectEmotion(text);
    expect(r.main).toBe('angry');
    expect(r.emotions[0]!.evidence.map((e) => e.text)).toContain('傻逼');
  });

  it('common review phrasings land where a person would put them', () => {
    expect(has('不值这个价', 'disappointed')).toBe(true);
    expect(care(detectEmotion('物流太慢了'))).toBe(true);
    expect(labels(detectEmotion('还行'))).toEqual(['neutral']);
  });
});

describe('detectEmotion: negation', () => {
  it('不生气 / 别着急 are not anger or worry', () => {
    expect(has('我不生气', 'angry')).toBe(false);
    expect(has('不着急，慢慢来', 'anxious')).toBe(false);
    expect(has('不急的', 'anxious')).toBe(false);
  });
  it('double negation: 没有不满意 is not disappointment', () => {
    expect(has('没有不满意', 'disappointed')).toBe(false);
    expect(has('不满意', 'disappointed')).toBe(true);
  });
  it('"not bad" is mildly good, "not happy" is let down', () => {
    expect(has('not bad at all', 'disappointed')).toBe(false);
    expect(has('not bad', 'positive')).toBe(true);
    expect(has('I am not happy with this', 'disappointed')).toBe(true);
    expect(has('I am not happy with this', 'positive')).toBe(false);
  });
  it('a negated service event is a problem: 没收到, never arrived', () => {
    expect(has('还没收到货', 'anxious')).toBe(true);
    expect(has('My parcel never arrived', 'anxious')).toBe(true);
    expect(has('My parcel arrived', 'anxious')).toBe(false);
  });
  it('no threat when the buyer says they will not complain', () => {
    expect(has('放心，我不会投诉的', 'threatening')).toBe(false);
    expect(has("Don't worry, I won't leave a bad review", 'threatening')).toBe(false);
  });
  it('no threat in a promise not to complain, however far the "not" stands from the review', () => {
    for (const t of ["I don't want to leave a bad review", "I'm not going to report you, just tell me when it ships", '我不会给你们差评的', '我不是要差评，就是想问问'])
      expect(has(t, 'threatening'), t).toBe(false);
    // still threats: a condition, an ultimatum, "won't hesitate"
    for (const t of ["won't hesitate to report you", "don't make me leave a bad review", "I don't want to, but I will leave a bad review", '不退款就差评', '再不处理就投诉', '不给个说法我就曝光'])
      expect(has(t, 'threatening'), t).toBe(true);
  });

  it('a lawyer or the 12345 hotline threatens only when the buyer brings them in', () => {
    for (const t of ['我是律师，想买一件西装', 'order 12345', '订单号12345678901']) expect(has(t, 'threatening'), t).toBe(false);
    for (const t of ['我已经找了律师', '等律師信啦', '再拖落去我就搵律師發信俾你', '你们不退款我就打12345', '打12345投诉你们']) expect(has(t, 'threatening'), t).toBe(true);
  });

  it('the negation shown in the evidence span', () => {
    const text = '我不满意';
    const ev = detectEmotion(text).emotions.find((e) => e.label === 'disappointed')!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toContain('不满意');
    const text2 = 'not happy';
    const ev2 = detectEmotion(text2).emotions.find((e) => e.label === 'disappointed')!.evidence[0]!;
    expect(ev2).toMatchObject({ text: 'not happy', start: 0, end: 9 });
  });
});

describe('detectEmotion: intensity', () => {
  const score = (text: string, label: EmotionLabel) => detectEmotion(text).emotions.find((e) => e.label === label)?.score ?? 0;
  it('intensifiers raise, diminishers lower', () => {
    expect(score('非常失望', 'disappointed')).toBeGreaterThan(score('失望', 'disappointed'));
    expect(score('有点失望', 'disappointed')).toBeLessThan(score('失望', 'disappointed'));
    expect(score('extremely annoyed', 'angry')).toBeGreaterThan(score('annoyed', 'angry'));
    expect(score('a bit annoyed', 'angry')).toBeLessThan(score('annoyed', 'angry'));
  });
  it('repeated punctuation raises and is shown as evidence', () => {
    expect(score('太差了！！！', 'disappointed')).toBeGreaterThan(score('太差了', 'disappointed'));
    const r = detectEmotion('太差了！！！');
    expect(r.emotions[0]!.evidence.some((e) => e.text === '！！！')).toBe(true);
  });
  it('？？？ after a complaint reads as exasperation; on its own as confusion', () => {
    expect(score('质量太差了？？？', 'angry')).toBeGreaterThan(0);
    expect(has('这是什么？？？', 'confused')).toBe(true);
  });
  it('shouting in capitals adds anger to a complaint', () => {
    const r = detectEmotion('WHERE IS MY REFUND, IT HAS BEEN WEEKS');
    expect(labels(r)).toContain('angry');
    expect(r.emotions.find((e) => e.label === 'angry')!.evidence.some((e) => e.why === 'shouting in capitals')).toBe(true);
    // acronyms are not shouting
    expect(has('Please ship by UPS ASAP', 'angry')).toBe(false);
  });
  it('shouting typed with a Chinese keyboard in full-width capitals is shouting too, located in the original', () => {
    const text = 'ＷＨＥＲＥ ＩＳ ＭＹ ＯＲＤＥＲ！！！ this is ＲＩＤＩＣＵＬＯＵＳ';
    const full = detectEmotion(text);
    const half = detectEmotion('WHERE IS MY ORDER!!! this is RIDICULOUS');
    expect(full.urgency).toBe(half.urgency);
    const shout = full.emotions.find((e) => e.label === 'angry')!.evidence.find((e) => e.why === 'shouting in capitals')!;
    expect(text.slice(shout.start, shout.end)).toBe(shout.text);
    expect(shout.text.startsWith('ＷＨＥＲＥ')).toBe(true);
  });
  it('contrast: what follows 但是 / but decides', () => {
    expect(score('包装有点简陋，但是东西很好用', 'positive')).toBeGreaterThan(score('包装有点简陋，但是东西很好用', 'disappointed'));
    expect(has('The box looks nice but the item is broken', 'disappointed')).toBe(true);
  });
  it('sarcasm: praise next to a complaint turns into anger', () => {
    expect(has('呵呵，真棒，又发错货了', 'angry')).toBe(true);
    expect(has('great, just great. it broke again', 'angry')).toBe(true);
    expect(has('great, just great. it broke again', 'positive')).toBe(false);
    // the same praise with no complaint stays praise
    expect(has('真棒，谢谢', 'positive')).toBe(true);
  });
  it('time pressure: 今天必须, 马上, ASAP, by Friday, and days waited', () => {
    expect(has('今天必须给我发出去', 'anxious')).toBe(true);
    expect(has('马上要用', 'anxious')).toBe(true);
    expect(has('need this by Friday', 'anxious')).toBe(true);
    const r = detectEmotion('下单五天了还没发货');
    expect(labels(r)).toContain('anxious');
    expect(r.urgency).toBe('high');
    expect(r.emotions[0]!.evidence.map((e) => e.text)).toContain('五天了');
  });
  it('chasing again counts as impatience: 问了好几遍, asked 3 times', () => {
    expect(has('问了好几遍了', 'anxious')).toBe(true);
    expect(has('I have asked 3 times already', 'anxious')).toBe(true);
    expect(has('I asked 1 time', 'anxious')).toBe(false);
  });
});

describe('detectEmotion: scripts and languages', () => {
  it('Traditional Chinese folds to the same words, offsets into the original', () => {
    for (const text of ['氣死我了，還沒發貨', '質量太差，很失望', '我要去消基會投訴', '謝謝，非常滿意']) {
      const r = detectEmotion(text);
      expect(care(r) || labels(r).includes('positive')).toBe(true);
      expectEvidenceLocated(text, r);
    }
    expect(detectEmotion('氣死我了，還沒發貨').urgency).toBe('high');
    expect(has('謝謝，非常滿意', 'positive')).toBe(true);
  });
  it('mixed Chinese and English', () => {
    const r = detectEmotion('我的 order 还没到，really disappointed');
    expect(labels(r)).toEqual(expect.arrayContaining(['disappointed', 'anxious']));
    expect(r.urgencyReasons[0]).toMatch(/[\u4e00-\u9fff]/); // mostly Chinese → Chinese reasons
  });
  it('reasons come in the message language', () => {
    expect(detectEmotion('I will report you to the BBB').urgencyReasons.join(' ')).toMatch(/complaint/);
    expect(detectEmotion('我要举报你们').urgencyReasons.join('')).toMatch(/投诉|举报/);
  });
  it('a question where an order is says so as its reason', () => {
    expect(detectEmotion('where is my order?').urgencyReasons).toEqual(['asks where an order is']);
    expect(detectEmotion('快递到哪了').urgencyReasons).toEqual(['查询订单或物流进度']);
  });
  it('emoji-only and emoticon-only messages', () => {
    expect(detectEmotion('😡😡😡').main).toBe('angry');
    expect(detectEmotion('😭').main).toBe('disappointed');
    expect(detectEmotion('👍').main).toBe('positive');
    expect(detectEmotion(':(').main).toBe('disappointed');
    expect(detectEmotion('[怒][怒]').main).toBe('angry');
    const r = detectEmotion('❤️');
    expect(r.main).toBe('positive');
    expectEvidenceLocated('❤️', r);
  });
  it('a URL is not a frown', () => {
    expect(labels(detectEmotion('see https://example.com/item'))).toEqual(['neutral']);
  });
  it('hashtags are read word by word', () => {
    expect(has('@shop #nothappy #worstservice', 'angry') || has('@shop #nothappy #worstservice', 'disappointed')).toBe(true);
  });
});

describe('detectEmotion: odd input', () => {
  it('empty, blank and non-string input: neutral, low, no throw', () => {
    for (const x of ['', '   ', '\n', undefined as unknown as string, null as unknown as string, 42 as unknown as string]) {
      const r = detectEmotion(x);
      expect(r.main).toBe('neutral');
      expect(r.urgency).toBe('low');
      expect(r.urgencyReasons.length).toBeGreaterThan(0);
    }
  });
  it('very long messages: still found, evidence located, bounded', () => {
    const filler = '这是一段很长的描述，和情绪无关。'.repeat(3000);
    const text = filler + '气死我了，我要投诉' + filler;
    const r = detectEmotion(text);
    expect(labels(r)).toEqual(expect.arrayContaining(['angry', 'threatening']));
    expectEvidenceLocated(text, r);
    const many = detectEmotion('差评！'.repeat(5000));
    for (const e of many.emotions) expect(e.evidence.length).toBeLessThanOrEqual(6);
  });
  it('the same word many times adds less each time', () => {
    const once = detectEmotion('急').emotions[0]!.score;
    const thrice = detectEmotion('急急急急急急急急').emotions[0]!.score;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(1);
  });
});

describe('detectEmotion: rhetorical jabs at the shop (Chinese)', () => {
  it.each(['你们客服是死了吗？？？', '你们怎么回事', '你们干什么吃的', '怎么又是你们家的问题', '这次就算了，下次注意'])('%s is anger', (text) => {
    expect(detectEmotion(text).main).toBe('angry');
  });
});

describe('detectEmotion: a size question before buying is not a size complaint', () => {
  it('偏大还是偏小？ vs 偏小，穿不上', () => {
    expect(care(detectEmotion('这个尺码偏大还是偏小'))).toBe(false);
    expect(detectEmotion('这个尺码偏大还是偏小').urgency).toBe('low');
    expect(labels(detectEmotion('衣服偏小，穿不上'))).toContain('disappointed');
  });
});

describe('detectEmotion: everyday English beyond shopping words', () => {
  it.each<[EmotionLabel, string]>([
    ['angry', 'That was cruel and condescending'],
    ['angry', 'Who cares, seriously'],
    ['angry', "For god's sake, here we go again"],
    ['angry', "What's wrong with you people"],
    ['anxious', 'I was horrified, this is really disturbing'],
    ['anxious', "I'm losing my mind over this"],
    ['disappointed', 'Feeling hopeless and helpless'],
    ['disappointed', 'So dissapointed with this'],
    ['angry', "I'm sooooo maaad"],
  ])('%s: %s', (label, text) => {
    expect(labels(detectEmotion(text))).toContain(label);
  });
  it('praise said through a negation is praise', () => {
    for (const t of ["Couldn't be better, thanks", "Can't complain, arrived early", 'No complaints at all'])
      expect(labels(detectEmotion(t))).toEqual(['positive']);
  });
  it('repeated question marks about an order are impatience; about anything else, puzzlement', () => {
    expect(detectEmotion('have you shipped my order yet???').main).toBe('anxious');
    expect(detectEmotion('我的快递呢？？？').main).toBe('anxious');
    expect(detectEmotion('我的包裹呢').main).toBe('anxious');
    expect(detectEmotion('请问发什么快递呢').main).toBe('neutral');
    expect(detectEmotion('is this the blue one???').main).toBe('confused');
  });
  it('surprise is not praise: "wow" takes its side from the rest of the message', () => {
    expect(labels(detectEmotion('Wow'))).toEqual(['neutral']);
    expect(care(detectEmotion('Wow ..... 40 minutes on hold for customer service'))).toBe(true);
  });
  it('service and product failures in buyers\' words', () => {
    expect(care(detectEmotion('The courier was uncooperative and would not wait'))).toBe(true);
    expect(care(detectEmotion('The speaker arrived but it has no sound'))).toBe(true);
    expect(detectEmotion('The headphones keep cutting out').urgency).toBe('medium');
  });
  it('a negated promise to come back is a threat, the promise itself is praise', () => {
    expect(labels(detectEmotion("I won't buy from you again"))).toContain('threatening');
    expect(labels(detectEmotion('Will definitely buy from you again!'))).toEqual(['positive']);
    expect(care(detectEmotion('Third delivery and you never get my order right'))).toBe(true);
    expect(care(detectEmotion("I can't get anyone on the phone about my refund"))).toBe(true);
  });
  it('politeness is not a feeling, while the same words about the order still are', () => {
    expect(care(detectEmotion('Sorry for the late reply, yes please send it'))).toBe(false);
    expect(labels(detectEmotion("I'm afraid I ordered the wrong size, can I exchange?"))).not.toContain('anxious');
    expect(labels(detectEmotion("I'm afraid it will break in the post"))).toContain('anxious');
  });
  it('a "not" does not reach into a clause of its own', () => {
    expect(labels(detectEmotion("I can't tell you how good this kettle is"))).toEqual(['positive']);
    expect(labels(detectEmotion("Not exaggerating, it's excellent"))).toEqual(['positive']);
    // within one clause it still does
    expect(labels(detectEmotion("I don't think it works"))).toContain('disappointed');
  });
  it('not knowing something is not a problem with the order', () => {
    expect(care(detectEmotion("I didn't know you ship to Canada, I'll order two"))).toBe(false);
    // while a negated event still is
    expect(care(detectEmotion("I didn't receive my order"))).toBe(true);
  });
  it('praise outweighs a larger gripe only when the gripe is not about the order or the product', () => {
    expect(labels(detectEmotion('Terrible weather today. Love the dress, thanks'))).toEqual(['positive']);
    expect(care(detectEmotion('Love the dress, thank you! but the delivery was so late'))).toBe(true);
  });
  it('laughter softens a gripe but keeps deadlines and threats', () => {
    const plain = detectEmotion('my package went to the wrong city, so bad').emotions.find((e) => e.label === 'disappointed')!.score;
    const joking = detectEmotion('lol my package went to the wrong city, so bad').emotions.find((e) => e.label === 'disappointed')?.score ?? 0;
    expect(joking).toBeLessThan(plain);
    expect(labels(detectEmotion('lol whatever, I will file a chargeback'))).toContain('threatening');
  });
});

describe('detectEmotion: points of the issue checked one by one', () => {
  const score = (text: string, label: EmotionLabel) => detectEmotion(text).emotions.find((e) => e.label === label)?.score ?? 0;
  it('English profanity is anger, and emphasis before praise is not', () => {
    const r = detectEmotion('this is fucking useless');
    expect(r.main).toBe('angry');
    expect(r.emotions[0]!.evidence.some((e) => /fucking/i.test(e.text))).toBe(true);
    expect(labels(detectEmotion('fucking awesome, thanks'))).toEqual(['positive']);
  });
  it.each(['我要去工商局告你们', '再不处理就曝光你们', 'My lawyer will contact you', 'I will buy elsewhere from now on'])('threat: %s', (text) => {
    expect(labels(detectEmotion(text))).toContain('threatening');
  });
  it('Traditional Chinese negation: 我不生氣 is not anger', () => {
    expect(labels(detectEmotion('我不生氣'))).not.toContain('angry');
  });
  it('Chinese intensifiers before a word raise it (非常生气, 太生气了 over 生气)', () => {
    expect(score('非常生气', 'angry')).toBeGreaterThan(score('生气', 'angry'));
    expect(score('太生气了', 'angry')).toBeGreaterThan(score('生气', 'angry'));
  });
  it('sarcasm turns the praise itself into anger (呵呵，真棒，又发错货了)', () => {
    const r = detectEmotion('呵呵，真棒，又发错货了');
    expect(labels(r)).not.toContain('positive');
    expect(r.main).toBe('angry');
  });
  it('a defect found on arrival is a medium-urgency disappointment', () => {
    for (const t of ['收到的杯子有裂缝', '表带断了', 'The speaker arrived but it has no sound']) {
      const r = detectEmotion(t);
      expect(labels(r)).toContain('disappointed');
      expect(r.urgency).toBe('medium');
    }
  });
  it('capitals alone are emphasis; a waiting complaint in capitals is read', () => {
    expect(care(detectEmotion('WHY IS THIS STILL NOT HERE'))).toBe(true);
  });
});

describe('urgency', () => {
  it('high: threat, strong anger, stuck shipment, with reasons', () => {
    expect(detectEmotion('再不退款就去工商局举报').urgency).toBe('high');
    expect(detectEmotion('气死我了！！！垃圾店').urgency).toBe('high');
    expect(detectEmotion('物流好几天不动了').urgency).toBe('high');
    expect(detectEmotion('Still waiting for my order, it has been 3 weeks').urgency).toBe('high');
  });
  it('high: a refund or repair the buyer has waited days for, with its own reason', () => {
    const r = detectEmotion('申请退款三天了没人处理');
    expect(r.urgency).toBe('high');
    expect(r.urgencyReasons).toContain('退款或售后等了很久');
    expect(detectEmotion('I returned it two weeks ago and still no refund').urgency).toBe('high');
    // a return question with no wait stays medium
    expect(detectEmotion('How do I return it?').urgency).toBe('medium');
  });
  it('medium: after-sales and usage problems', () => {
    const r = detectEmotion('收到的杯子有裂缝，怎么申请换货');
    expect(r.urgency).toBe('medium');
    expect(r.urgencyReasons.join('')).toMatch(/售后/);
    expect(detectEmotion('How do I pair it with my phone? It does not connect').urgency).toBe('medium');
  });
  it('low: pre-sale questions and small talk', () => {
    const r = detectEmotion('有现货吗？包邮吗');
    expect(r.urgency).toBe('low');
    expect(r.urgencyReasons).toEqual(['售前咨询']);
    expect(detectEmotion('Hi, how are you').urgency).toBe('low');
    // a pre-sale question about delivery time is not an overdue shipment
    expect(detectEmotion('几天能到？').urgency).toBe('low');
  });
});

describe('detectEmotion: a problem the buyer says is over', () => {
  it('a worry followed by "it came today" is no longer urgent, and counts little', () => {
    const before = detectEmotion('I was so worried about it!!');
    const after = detectEmotion('I was so worried about it!! but it came today, thank you');
    expect(care(before)).toBe(true);
    expect(care(after)).toBe(false);
    expect(after.urgency).toBe('low');
    expect(after.main).toBe('positive');
  });
  it('虚惊一场 / 原来放在驿站: the scare was mistaken', () => {
    const r = detectEmotion('吓死我了，还以为丢了，原来放在驿站了');
    expect(care(r)).toBe(false);
    expect(r.urgency).not.toBe('high');
  });
  it('what comes after the cue still counts: it arrived, but broken', () => {
    const r = detectEmotion('it came today but the screen is cracked');
    expect(has('it came today but the screen is cracked', 'disappointed')).toBe(true);
    expect(r.urgency).toBe('medium');
  });
  it('a negated cue is not a resolution: 还没找到', () => {
    expect(care(detectEmotion('快递丢了，还没找到'))).toBe(true);
  });
});

describe('detectEmotion: yes/no questions are not negations', () => {
  it.each(['新疆能发不', '有货不？', '能到不啊', 'do I send it back or not?'])('%s', (text) => {
    expect(care(detectEmotion(text))).toBe(false);
  });
  it('but 发不了 (cannot ship) and a 不 before a word still negate', () => {
    expect(care(detectEmotion('为什么发不了'))).toBe(true);
    expect(care(detectEmotion('质量不好'))).toBe(true);
  });
  it('能不能快点 is impatience, not "not fast"', () => {
    expect(labels(detectEmotion('能不能快点'))).toContain('anxious');
  });
});

describe('urgency: what did not arrive', () => {
  it('a reset link or code that never arrives is a login problem (medium), not a stuck parcel (high)', () => {
    for (const text of ['the reset link never arrives', "verification code never arrived, can't log in", '验证码一直收不到']) {
      const r = detectEmotion(text);
      expect(r.urgency, text).toBe('medium');
    }
    expect(detectEmotion('my parcel never arrived').urgency).toBe('high');
  });
  it('a long wait for a parcel, however it is said, is an overdue shipment', () => {
    expect(detectEmotion('發貨了嗎 等咗好耐').urgency).toBe('high');
    expect(detectEmotion('why is my order taking forever').urgency).toBe('high');
    expect(detectEmotion('this is taking forever').urgency).toBe('medium');
  });
});

describe('detectEmotion: asking about a problem before buying', () => {
  it.each(['如果收到有破损可以退吗？想先问清楚再下单', 'if it arrives damaged can i return it? just checking before i order', '万一不合适能退吗'])('%s: no care, low', (text) => {
    const r = detectEmotion(text);
    expect(care(r)).toBe(false);
    expect(r.urgency).toBe('low');
  });
  it('the same problem after buying is an after-sales case', () => {
    const r = detectEmotion('收到有破损，可以退吗');
    expect(care(r)).toBe(true);
    expect(r.urgency).toBe('medium');
  });
  it('a threat stays a threat even in a hypothetical', () => {
    expect(labels(detectEmotion('万一再发错我就投诉'))).toContain('threatening');
  });
});

describe('detectEmotion: praise and a complaint in one breath (Chinese)', () => {
  it('真棒 又发错货了 is the complaint', () => {
    const r = detectEmotion('真棒 又发错货了');
    expect(care(r)).toBe(true);
    expect(labels(r)).not.toContain('positive');
  });
  it('a comma makes it a sincere "but": 真棒，就是快递慢了点', () => {
    expect(detectEmotion('真棒，就是快递慢了点').main).toBe('positive');
    expect(detectEmotion('衣服真棒 很喜欢').main).toBe('positive');
  });
});

describe('urgency: nothing left to do', () => {
  it('谢啦 问题解决了 is small talk, not an after-sales case, and the reason says so', () => {
    const r = detectEmotion('谢啦 问题解决了');
    expect(r.urgency).toBe('low');
    expect(r.main).toBe('positive');
    expect(r.urgencyReasons).toEqual(['买家说问题已解决']);
    expect(detectEmotion('found it, it was with my neighbour. thanks!').urgencyReasons).toEqual(['the buyer says it is sorted']);
  });
  it('but 还没解决 is still a case', () => {
    expect(detectEmotion('还没解决').urgency).toBe('medium');
  });
  it('"any discount if I buy 3??" is keen, not confused', () => {
    const r = detectEmotion('any discount if i buy 3??');
    expect(labels(r)).not.toContain('confused');
    expect(r.urgency).toBe('low');
  });
});

describe('detectEmotion: an eye-roll makes the praise in its message sarcastic', () => {
  it('wherever the praise sits', () => {
    const r = detectEmotion('wow great job guys, only took a month to ship 🙄');
    expect(r.main).toBe('angry');
    expect(labels(r)).not.toContain('positive');
    expect(care(detectEmotion('amazing quality, broke on day one 🙃'))).toBe(true);
  });
  it('a smile does not, and 🙃 alone next to praise is playful', () => {
    expect(detectEmotion('thanks so much, love it! 🙂').main).toBe('positive');
    expect(detectEmotion('love it 🙃').main).toBe('positive');
  });
});

describe('detectEmotion: praise does not talk away a threat or a fault after "but"', () => {
  it('a fault reported after "but" still needs care, however warm the praise before it', () => {
    const r = detectEmotion('Love it, fits perfectly, looks amazing, but the zip broke');
    expect(care(r)).toBe(true);
    expect(r.urgency).toBe('medium');
  });
  it('a threat stands next to praise', () => {
    expect(labels(detectEmotion('Best purchase ever, it died after two days. Never buying from you again.'))).toContain('threatening');
  });
  it('a gripe in passing is still outweighed: 很好用，就是有点贵', () => {
    expect(care(detectEmotion('很好用，就是有点贵'))).toBe(false);
  });
});

describe('detectEmotion: applause for a failure', () => {
  it('is sarcasm when a complaint sits in the message without a "but"', () => {
    expect(detectEmotion('great job guys, wrong item again').main).toBe('angry');
    const zh = detectEmotion('发货速度真是快啊，下单十天了还没发，佩服佩服');
    expect(labels(zh)).toContain('angry');
    expect(labels(zh)).not.toContain('positive');
  });
  it('is sincere with a "but", with no complaint, or with only a question', () => {
    expect(detectEmotion('Great job, arrived early, but the box was a bit dented').main).toBe('positive');
    expect(detectEmotion('great job, thank you so much').main).toBe('positive');
    expect(detectEmotion('效率真高，昨天下单今天就到了').main).toBe('positive');
    expect(labels(detectEmotion('nice job! how long did it take to ship?'))).not.toContain('angry');
  });
});
