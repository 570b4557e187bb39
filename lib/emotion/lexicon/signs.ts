import type { Group } from './types';

// Emoji, emoticons and the bracket codes chat apps insert for their stickers ([怒], [流泪] in WeChat,
// Weibo and Taobao chat). Written for this product. The variation selector U+FE0F is skipped while
// matching (trie.ts), so ❤ and ❤️ are one entry.

const emoji = (labels: Group['labels'], terms: string, flags?: Group['flags']): Group => ({
  labels,
  terms,
  why: 'emoji',
  neg: null,
  ...(flags ? { flags } : {}),
});
const emoticon = (labels: Group['labels'], terms: string): Group => ({ labels, terms, why: 'emoticon', neg: null });

export const signGroups: Group[] = [
  emoji({ angry: 3 }, '😡|🤬|🖕|👊'),
  emoji({ angry: 2.5 }, '😠|💢|👿|😤|😾'),
  // an eye-roll next to praise is sarcasm ("great job, 3 weeks for 2-day shipping 🙄")
  emoji({ angry: 1.5, disappointed: 0.5 }, '🙄|😒|😑|🤦', ['sarcasm']),
  emoji({ anxious: 2.5 }, '😰|😨|😱|🆘'),
  emoji({ anxious: 2 }, '😟|😧|😥|😬|😣|😦|⏰|⌛|⏳'),
  emoji({ disappointed: 2.5 }, '😭|💔|😿'),
  emoji({ disappointed: 2 }, '😢|😞|😔|😩|😫|☹|🙁|😖|🥺|😓|😪|🥀|🕯'),
  emoji({ disappointed: 1, confused: 1 }, '😕|🫤'),
  emoji({ confused: 2 }, '🤔|❓|❔|😵|🤨|🤷|⁉'),
  emoji({ positive: 2.5 }, '😍|🥰|🤩|🥳|😻|💯|🎉|🎊'),
  emoji({ positive: 2 }, '😊|😀|😃|😄|😁|😆|😘|🤗|👍|👏|🙌|❤|♥|💕|💖|💗|💓|💞|💘|💝|🧡|💛|💚|💙|💜|🌹|💐|😋|😇|✌|👌|🤝|🎂|🎁|⭐|🌟|✨|😺|😸'),
  emoji({ positive: 1.5 }, '😂|🤣|😉|😎|😌|☺|💪|🌸|🥲'),
  emoji({ positive: 1.5 }, '🙏', ['courtesy']),
  // 🙂 reads as a cold smile in Chinese chat: weak praise, and a sarcasm cue next to a complaint
  emoji({ positive: 0.5 }, '🙂|🙃', ['sarcasm']),

  emoticon({ angry: 3 }, '(╯°□°)╯︵ ┻━┻|┻━┻|(╯‵□′)╯︵┻━┻|╯‵□′|>:(|>:-(|>_<#'),
  emoticon({ angry: 1.5, disappointed: 0.5 }, '-_-|-.-'),
  emoticon({ angry: 0.8, disappointed: 0.8 }, '=_='),
  emoticon({ disappointed: 2.5 }, ":'(|:'-(|:((|t_t|t.t|tut|qaq|qwq|;_;|ಥ_ಥ|(ㄒoㄒ)|╥﹏╥|/(ㄒoㄒ)/~~"),
  emoticon({ disappointed: 2 }, ':(|:-(|orz|otz|囧'),
  emoticon({ disappointed: 1, confused: 1 }, ':/|:-/|:\\|:s'),
  emoticon({ anxious: 1.5, disappointed: 0.5 }, '>_<|>.<|><|0_0|o_o|°□°|⊙﹏⊙|(°ロ°)'),
  emoticon({ confused: 1.5 }, '@_@|o.o|o_o?|¯\\_(ツ)_/¯|(・_・;)|?_?'),
  emoticon({ positive: 2 }, ':)|:-)|:d|:-d|=)|=d|^_^|^^|^o^|^.^|(^_^)|(^^)|≧▽≦|(≧∇≦)|<3|(:|o(^▽^)o|ヾ(≧▽≦*)o|(*^▽^*)|(^▽^)|٩(◕‿◕)۶'),
  // a wink or a tongue out marks teasing, like lol
  { labels: { positive: 2 }, why: 'emoticon', neg: null, flags: ['laugh'], terms: 'xd|:p|:-p|;)|;-)' },

  // WeChat / Weibo / Taobao sticker codes as they appear in copied chat text
  emoticon({ angry: 3 }, '[怒]|[怒骂]|[发怒]|[咒骂]|[愤怒]|[生气]|[怒吼]|[拳头]'),
  emoticon({ angry: 2 }, '[抓狂]|[哼]|[左哼哼]|[右哼哼]|[鄙视]|[白眼]|[敲打]|[吐]|[呕吐]|[傲慢]|[不屑]|[挖鼻]|[抠鼻]|[弱]'),
  emoticon({ anxious: 2 }, '[惊恐]|[吃惊]|[害怕]|[紧张]|[冷汗]|[急]|[疑问]'),
  emoticon({ disappointed: 2.5 }, '[泪]|[流泪]|[大哭]|[快哭了]|[悲伤]|[伤心]|[失望]|[委屈]|[难过]|[衰]|[蜡烛]|[心碎]|[可怜]'),
  emoticon({ disappointed: 1.5 }, '[撇嘴]|[叹气]|[生病]|[允悲]|[皱眉]|[汗]|[无奈]|[晕]'),
  // embarrassed laughter, not a complaint ("这个色号怎么选[捂脸]")
  emoticon({}, '[捂脸]|[尴尬]'),
  emoticon({ confused: 2 }, '[费解]|[思考]|[问号]|[???]|[疑惑]|[懵]'),
  emoticon({ positive: 2.5 }, '[哈哈]|[太开心]|[爱你]|[心]|[赞]|[good]|[鼓掌]|[强]|[玫瑰]|[愉快]|[色]|[亲亲]|[爱心]|[耶]|[庆祝]|[礼物]|[蛋糕]'),
  emoticon({ positive: 1.5 }, '[嘻嘻]|[偷笑]|[呲牙]|[憨笑]|[可爱]|[握手]|[抱拳]|[ok]|[胜利]|[机智]|[笑cry]|[doge]|[二哈]|[酷]|[害羞]|[调皮]|[微笑脸]'),
  // a URL's "://" is not a frown
  { kind: 'ignore', terms: '://' },
  { labels: { positive: 0.5 }, terms: '[微笑]', why: 'emoticon', neg: null, flags: ['sarcasm'] },
];
