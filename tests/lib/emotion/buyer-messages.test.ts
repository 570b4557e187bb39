import { describe, expect, it } from 'vitest';
import { detectEmotion } from '@/lib/emotion/index';
import type { Urgency } from '@/lib/emotion/index';

// Everyday buyer messages, written for this product (not taken from any dataset), with what an experienced
// agent would read in them: does the buyer need a careful reply, how urgent is it, and, where it is
// clear-cut, the main feeling. A change to the lexicon or the rules that breaks one of these is a change
// agents would notice.

type Case = [text: string, care: boolean, urgency: Urgency, main?: string];

const cases: Case[] = [
  // pre-sale and small talk: no care, low
  ['亲，这款还有货吗', false, 'low', 'neutral'],
  ['拍了两件能便宜点吗', false, 'low'],
  ['几号能发货啊', false, 'low'],
  ['尺码怎么选，我一米六五，一百斤', false, 'low'],
  ['能不能开个发票', false, 'low'],
  ['好的亲，谢谢，辛苦了', false, 'low', 'positive'],
  ['宝贝收到了，孩子很喜欢，五星好评', false, 'low', 'positive'],
  ['Is this available in size M?', false, 'low', 'neutral'],
  ['Do you ship to Canada?', false, 'low'],
  ['Thanks, got it today, looks great!', false, 'low', 'positive'],
  ["It's fine, no worries, I'll wait.", false, 'low'],
  // waiting and chasing: anxious, high when overdue
  ['都五天了物流一直没更新，怎么回事', true, 'high', 'anxious'],
  ['已经催了三次了，还不发货', true, 'high', 'anxious'],
  ['等了半个月了，你们是不是忘了发了', true, 'high', 'anxious'],
  ["My order hasn't arrived and it's been two weeks.", true, 'high', 'anxious'],
  ["I need it before Saturday, it's a gift. Can you expedite?", true, 'high', 'anxious'],
  ["The package says delivered but it's not here.", true, 'high'],
  ['Still waiting for my refund...', true, 'medium', 'anxious'],
  ['我等着急用，今天能发出去吗？拜托了', true, 'high', 'anxious'], // needed urgently, today: a deadline
  // defects and wrong items: disappointed, medium
  ['收到了，颜色和图片差好多，有点失望', true, 'medium', 'disappointed'],
  ['安装好了但是打不开，按了没反应', true, 'medium', 'disappointed'],
  ['发错货了，我要的是黑色的', true, 'medium', 'disappointed'],
  ['The zipper broke the first time I used it.', true, 'medium', 'disappointed'],
  ['Could you please send a replacement? The glass was cracked.', true, 'medium', 'disappointed'],
  ['I want a refund. The color is nothing like the photos.', true, 'medium', 'disappointed'],
  ['我不想要了，怎么退', false, 'medium'],
  ['这个怎么用啊，看不懂说明书', false, 'medium', 'confused'],
  // anger and threats: high
  ['你们这是卖假货吧，我要去平台投诉', true, 'high'],
  ['再不给我解决我就给差评了', true, 'high'],
  ['你们家东西太垃圾了，再也不买了', true, 'high', 'angry'],
  ['快递员态度太差了，直接扔门口', true, 'high', 'angry'],
  ['退款申请了一周了还没到账，你们到底处理不处理', true, 'high'],
  ["This is ridiculous. I've emailed three times and no one answers.", true, 'high', 'angry'],
  ["If I don't get a response today I'm filing a chargeback.", true, 'high', 'threatening'],
  ['Why was I charged twice?!', true, 'high', 'angry'],
  ['Great, another delay. Just what I needed.', true, 'high', 'angry'],
  ["I've been a loyal customer for years and this is how you treat me?", true, 'high', 'angry'],
  ["I'll be reporting this to the BBB", true, 'high', 'threatening'],
  ['Seriously? Three weeks and nothing??', true, 'high', 'angry'],
  ['你们是不是不想做生意了', true, 'high', 'angry'],
  ['都说了几遍了，地址写错了，你们能不能认真点', true, 'high'],
  ['我已经在12315投诉了', true, 'high', 'threatening'],
  ['垃圾！！！退钱！！！', true, 'high', 'angry'],
  // the rest of the second batch
  ['Package arrived damaged, box crushed and the lamp is in pieces 😡', true, 'high'],
  ['Tracking hasn\'t updated since Monday, should I be worried?', true, 'high', 'anxious'],
  ["I'm disappointed, expected better from your brand", true, 'medium', 'disappointed'],
  ['It works but the battery drains really fast', true, 'medium'],
  ['东西收到了，但是少了一个螺丝', true, 'medium', 'disappointed'],
  ['The instructions make no sense, which cable goes where?', false, 'medium', 'confused'],
  ['Hi! Quick question about the warranty', false, 'medium', 'neutral'],
  ['OK thanks for letting me know', false, 'low', 'positive'],
  ['No rush, whenever you get a chance', false, 'low', 'neutral'],
  ['Absolutely love the quality, will order more 😍', false, 'low', 'positive'],
  ['好评！下次还来买', false, 'low', 'positive'],
  // third batch: Traditional and Cantonese, repeats, deadlines, negation, sarcasm
  ['還沒出貨嗎？等很久了', true, 'high', 'anxious'],
  ['東西壞了，要怎麼退', true, 'medium', 'disappointed'],
  ['客服都不回訊息', true, 'medium', 'angry'],
  ['搞咩啊，等咗成個禮拜', true, 'high'], // waited a whole week, as 等了一个星期
  ['在吗在吗在吗', true, 'medium', 'anxious'],
  ['急急急！！！明天就要用', true, 'high', 'anxious'],
  ['我不是不满意，就是想问问', false, 'low'],
  ['呵呵，你们真行', true, 'high', 'angry'],
  ['真是谢谢你们了，第三次发错', true, 'high', 'angry'],
  ["I'm not mad, just confused about the charge", false, 'medium', 'confused'],
  ['Not bad at all, actually pretty good', false, 'low', 'positive'],
  ['Oh wonderful, it broke on day one', true, 'medium'],
  ['Please help!!! I need this fixed today', true, 'high', 'anxious'],
  ['WHERE IS MY PACKAGE', true, 'high', 'anxious'],
  ['😭😭😭', true, 'medium', 'disappointed'],
  ['👍👍', false, 'low', 'positive'],
  // reporting a problem in plain words
  ['I have a problem with my order', true, 'medium', 'disappointed'],
  ["I'm unable to log in to my account", true, 'medium', 'disappointed'],
  ["I can't check out, it keeps failing", true, 'medium', 'disappointed'],
  ['付不了款，一直提示失败', true, 'medium', 'disappointed'],
  ['账号登不上了', true, 'medium', 'disappointed'],
  // typed without apostrophes
  ['wheres my order', true, 'high', 'anxious'],
  ['whats wrong with you people', true, 'high', 'angry'],
  ['im so done with this', true, 'medium', 'angry'],
  // lost, short, charged twice, not as pictured
  ['Hi, my order is missing two items', true, 'medium', 'disappointed'],
  ['The parcel went missing somewhere after the depot', true, 'medium', 'disappointed'],
  ['You charged me twice for one order, please fix this', true, 'medium', 'angry'],
  ['The bag looks different from the photos on the listing', true, 'medium', 'disappointed'],
  ['我的快递丢了，怎么办', true, 'medium', 'disappointed'],
  ['怎么扣了我两次钱', true, 'medium', 'angry'],
  // impatience in plain words; about the parcel it is an overdue shipment
  ['Why is it taking so long to ship?', true, 'high', 'anxious'],
  ['this is taking forever', true, 'medium', 'anxious'],
  // A不A is a question, not a negation: "could you hurry" is impatience, "will it fade" a pre-sale worry
  ['能不能快点发货啊，等着穿', true, 'medium', 'anxious'],
  ['可不可以换个颜色', false, 'medium'],
  ['会不会掉色啊这个', false, 'low'],
  // praise as reviews put it
  ['Five stars, exceeded my expectations!', false, 'low', 'positive'],
  ['Super comfy and true to size, would buy again', false, 'low', 'positive'],
  ['性价比超高，宝藏店铺，下次还来', false, 'low', 'positive'],
  ["Won't buy again after this", true, 'high', 'threatening'],
  // look-alikes: an apology, being short of money, a joke told, not a complaint
  ['My bad, I gave you the wrong zip code', false, 'low'],
  ["I'm broke this month, is there a coupon?", false, 'low'],
  ['That was just a joke haha, all good', false, 'low'],
  ['Please stop calling me about the survey', true, 'medium', 'angry'],
  // how or where it arrived; an account locked; a price raised without notice
  ['The airline lost my luggage and nobody can tell me where it is', true, 'medium', 'disappointed'],
  ['Dinner arrived cold and an hour late', true, 'high'],
  ['The phone came without a charger', true, 'medium', 'disappointed'],
  ["The headphones were clearly used, there's earwax on them", true, 'medium', 'disappointed'],
  ['They left my box outside in the rain', true, 'medium', 'disappointed'],
  ["Why was my account suspended? I didn't do anything", true, 'medium', 'anxious'],
  ['My plan price went up without any notice', true, 'medium'],
  ['Does it run true to size?', false, 'low'],
  ['收到的显示器有坏点', true, 'medium', 'disappointed'],
  ['我的账号被封了，怎么回事', true, 'medium'],
  ['外卖送到都凉了', true, 'medium', 'disappointed'],
  // from an independent probe (a colleague's own messages): plain problems, slang praise, claims, deadlines
  ['opened the box and it was empty', true, 'medium', 'disappointed'],
  ['someone hacked my account and placed orders', true, 'medium', 'anxious'],
  ['你们客服是死人吗 半天不回', true, 'high', 'angry'],
  ['this hoodie slaps, obsessed', false, 'low', 'positive'],
  ['ordered on the 3rd and it still says processing', true, 'high', 'anxious'],
  ['后天孩子生日 礼物一定要到啊', true, 'high', 'anxious'],
  ['im opening an a-z claim', true, 'high', 'threatening'],
  ['ill be disputing this with my bank', true, 'high', 'threatening'],
  ['thanks for the super fast shipping, said no one ever', true, 'high', 'angry'],
  ['有点小贵 不过质量对得起价格', false, 'low', 'positive'],
  ['my shirt shrank after one wash', true, 'medium', 'disappointed'],
  ['为什么拒绝我的退款', true, 'medium', 'angry'],
  // a third, blind probe: appliance codes are not parcels, past waits are gripes, going public is a threat
  ['冰箱一直显示E1是什么意思', false, 'medium', 'confused'],
  ['love the lamp but it took forever to arrive', true, 'medium'],
  ['bug fixed after updating, thanks anyway!', false, 'low', 'positive'],
  ["whatever, i'll just buy from amazon", true, 'high', 'threatening'],
  ['fix this or im posting about it everywhere', true, 'high', 'threatening'],
  ['the screen flickers when I turn it down', true, 'medium', 'disappointed'],
  ['单号查不到物流 是不是假单号', true, 'high'],
  ['周六婚礼要用 今天能寄出吗', true, 'high', 'anxious'],
  ['你们是在耍我吗', true, 'high', 'angry'],
  ['实物和图片差距很大', true, 'medium', 'disappointed'],
  ['这个保修多久 坏了可以寄修吗', false, 'low'],
  ['can I return it for a refund if it is still sealed?', false, 'medium'],
  // a fourth probe: praise does not talk away a threat or a fault reported after "but"
  ['Best purchase ever, it died after two days. Never buying from you again.', true, 'high'],
  ['Love the coat, fits perfectly, but a button came off the first day', true, 'medium'],
  ['Quick delivery, nicely packed, but it is the wrong model', true, 'medium'],
  ['鞋很舒服，但是鞋底开胶了', true, 'medium'],
  ['很好用，就是有点贵', false, 'low', 'positive'],
  // no hurry, a review not written, a shop used before, running out
  ["The delay is fine, I'm not in a hurry", false, 'low'],
  ['本来想给差评的，后来发现东西没问题，抱歉', false, 'low'],
  ['之前在别家买过掉色的，所以问问', false, 'low'],
  ['宝宝奶粉只剩两天了，能快点发吗', true, 'high', 'anxious'],
  // a fifth, balanced probe: sorted cases, canned answers, going public, rubbish, being made to wait
  ['My account got locked for no reason??', true, 'medium'],
  ['退款已收到，谢谢', false, 'low', 'positive'],
  ['Refund received, thanks a lot!', false, 'low', 'positive'],
  ['你们这卖的什么垃圾东西', true, 'high', 'angry'],
  ['please stop sending copy paste answers', true, 'high', 'angry'],
  ["Sort this out or I'm posting screenshots on social media", true, 'high', 'threatening'],
  ['谢谢你们让我等了两个礼拜', true, 'high', 'angry'],
  ['周五之前能到吗 孩子生日要用', true, 'high', 'anxious'],
  ['Need the invoice before end of day please, urgent', true, 'high', 'anxious'],
  ['退咗货两个礼拜仲未见退钱', true, 'high'],
  ['耳机只有一边有声音', true, 'medium', 'disappointed'],
  ['my new phone says no sim', true, 'medium', 'disappointed'],
  ['個風筒開唔著', true, 'medium', 'disappointed'],
  // a sixth, final blind probe: a return policy asked about before buying, a tracking request, going public
  ['这款支持七天无理由退换吗', false, 'low'],
  ['查一下快递到哪了', true, 'medium', 'anxious'],
  ['单号查不到物流信息', true, 'medium'],
  ['已经截图了，准备发小红书让大家避雷', true, 'high', 'threatening'],
  ['一个快递走了半个月，蜗牛都比你们快', true, 'high', 'angry'],
  ['后天就出国了，今天能发出吗', true, 'high', 'anxious'],
  ['what a scam, refund me now', true, 'high'],
  ['refund came through, thanks!', false, 'low', 'positive'],
  // after the sixth probe: counts that fall short, faults in plain words, departures and events as deadlines
  ['买了三件只收到两件', true, 'medium', 'disappointed'],
  ['打开一看杯子是碎的', true, 'medium', 'disappointed'],
  ['满减没减上，多付了30', true, 'medium', 'disappointed'],
  ['The charging cable was not in the box', true, 'medium', 'disappointed'],
  ['my name is misspelled on the mug', true, 'medium', 'disappointed'],
  ["It's for my son's wedding on Saturday, will it make it?", true, 'high', 'anxious'],
  ["Is it too late to change my address? It hasn't shipped yet", false, 'medium'], // an order change: not a stuck parcel
  ['the courier says out for delivery since Monday, is it lost?', true, 'high', 'anxious'],
  ['out for delivery since 8am, will it come today?', false, 'low'],
  ['omg wrong address, please help me fix it before it ships!!', true, 'high', 'anxious'],
  ['有人吗', false, 'low'],
  ['双十一会降价吗', false, 'low'],
  ['退款到了，谢谢亲', false, 'low', 'positive'],
  ['你们能不能长点心', true, 'high', 'angry'],
  // after the seventh probe: questions before ordering, faults in plain words, overdue said plainly
  ['今天下单的话今天能发吗', false, 'low'],
  ['能改一下地址吗 应该还没发货吧', false, 'medium'],
  ['有冇說明書', false, 'low'],
  ['the card got declined even though there is money on it', true, 'medium', 'disappointed'],
  ['the biscuits came in pieces', true, 'medium', 'disappointed'],
  ['颜色寄错了，我要的是白色', true, 'medium', 'disappointed'],
  ['my parcel has been stuck in customs', true, 'high', 'anxious'],
  ['this lotion smells amazing', false, 'low', 'positive'],
  // after the eighth probe
  ['今天能到吗？我下午出门', false, 'low'],
  ['is this hoodie true to size?', false, 'low'],
  ['这个色号怎么选[捂脸]', false, 'low'],
  ['你们这什么烂服务', true, 'high', 'angry'],
  ['going to post this chat on reddit', true, 'high', 'threatening'],
  ['a set of 4 bowls but only got 3', true, 'medium', 'disappointed'],
  ['件衫有個窿', true, 'medium', 'disappointed'],
  ['说好的次日达，今天都第四天了', true, 'high', 'anxious'],
  ['生日礼物，周五到不了就没意义了', true, 'medium', 'anxious'],
  ['the coffee has never tasted better', false, 'low', 'positive'],
];

describe('everyday buyer messages read as an agent would', () => {
  it.each(cases)('%s', (text, care, urgency, main) => {
    const r = detectEmotion(text);
    expect(r.emotions.some((e) => ['angry', 'anxious', 'disappointed', 'threatening'].includes(e.label))).toBe(care);
    expect(r.urgency).toBe(urgency);
    if (main) expect(r.main).toBe(main);
  });
});
