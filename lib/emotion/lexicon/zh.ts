import type { Group } from './types';

// Chinese lexicon, written for this product from general and e-commerce vocabulary (no list adapted).
// Simplified only: Traditional input is folded to Simplified character by character before matching
// (normalize.ts), so 氣死 and 還沒發貨 hit the same entries. A few Taiwan and Cantonese words that do
// not fold to a Simplified word are listed as such (靠北, 嬲, 客诉). Longest match wins, which is how
// 不错 beats the negator 不 and 好评 beats the modifier 好.

export const zhGroups: Group[] = [
  // ── angry ──────────────────────────────────────────────────────────────────────────────────────
  { labels: { angry: 3 }, terms: '气死|气炸|气疯|气坏|气哭|肺都气炸|火大|愤怒|暴怒|恼火|怒了|发火|发飙|忍无可忍|欺人太甚|太过分|无耻|不要脸|没人性|黑店|奸商|黑心|霸王条款|耍流氓|抢钱|岂有此理' },
  { labels: { angry: 2 }, terms: '生气|气人|气死人|好气|来气|气得|可恶|讨厌|恶心|无语|过分|离谱|受不了|烦死|烦人|烦躁|不爽|窝火|憋屈|鄙视|吐槽|闹心|抓狂|愤慨|气愤|痛恨|憎恨|恨死|不耐烦|怒|凭什么|什么玩意|什么鬼|搞什么|搞什么鬼|开什么玩笑|什么破|破东西|垃圾|渣|骗人|骗钱|欺骗|忽悠|糊弄|坑人|坑爹|坑货|被坑|坑了|被骗|骗了|上当|上当受骗|流氓|强盗|智商税|不讲理|不讲道理|无理取闹|没素质|没礼貌|没良心|没信誉|没诚信|不诚信|态度差|态度恶劣|态度极差|服务差|服务态度差|敷衍|推卸|踢皮球|推三阻四|不负责|不负责任|凭啥|不理人|没人理|没人管|不让退|不给换|还好意思|有脸|扯淡|胡扯|放屁|狗屁|见鬼|丢人|可笑|嘲笑|冷笑|傲慢|怠慢|谴责|抗议|骂|哼|很机车|好机车|很扯|好扯|很瞎|傻眼|激气|好嬲|嬲|搞咩' },
  { labels: { angry: 1.5 }, terms: '烦|鬼知道|什么东西|怎么搞的|搞错|有病|闭嘴|活该|服了|真服了|我服了|醉了|我也是醉了|无力吐槽|真行|可真行|好一个|哭笑不得|又来|一次又一次|说好的|不是说好|冷酷' },
  { labels: { angry: 1 }, terms: '难道|到底|傻' },
  { labels: { angry: 0.6 }, terms: '竟然|居然' },
  { labels: { angry: 2.5 }, terms: '骗子|态度太差|态度很差|态度真差|态度不好|服务太差|服务很差|服务不好' },
  { labels: { angry: 1.5, disappointed: 1.5 }, terms: '假货' },
  { labels: { angry: 1.2, anxious: 0.8 }, flags: ['time'], why: 'time', terms: '好几次|第三次|第二次|几次了|多少次|多次|无数次|说了几遍|说了多少遍' },
  { labels: { angry: 2 }, terms: '太坑|好坑|真坑|很坑|巨坑|坑钱|坑死|发泄|打死你|废话|得瑟|关你什么事|关你屁事|跟你有关系吗|能不能不要|也是够了|真是够了|真够了|几个意思|什么意思啊|没人接|每次都这样|每次都是这样|总是这样|老是这样|又这样|又是这样|屎' },
  // it happened again / scolding the shop for next time
  { labels: { angry: 1.5 }, terms: '怎么又|又是你们|又出问题|下次注意|下不为例' },
  // rhetorical jabs at the shop: "are your agents dead?", "what is wrong with you people"
  { labels: { angry: 2.5 }, terms: '不想做生意|还想不想做生意|会不会做生意|死了吗|死了么|是死了|都死了|装死|装聋作哑|你们怎么回事|你们到底怎么回事|你们搞什么|你们在搞什么|你们干什么吃的|干什么吃的|吃干饭' },
  { labels: { angry: 1, anxious: 1, disappointed: 1 }, terms: '崩溃|要崩溃|生不如死' },
  { labels: { disappointed: 1.5, angry: 0.5 }, terms: '嫌弃|心情不好|烦恼|烦心' },
  // sarcasm cues: they also turn praise in the same message into anger (analyse.ts)
  { labels: { angry: 1.5 }, terms: '呵呵|呵呵哒|真是谢谢|谢谢你全家|谢了您嘞|真棒啊|好棒哦|可真棒|干得漂亮啊|真是服了', flags: ['sarcasm'], why: 'sarcasm' },
  // offensive language
  {
    labels: { angry: 3 },
    terms: '鸡巴|奶奶的|大爷的|次奥|雾草|哔了狗|傻逼|傻b|傻比|煞笔|沙比|傻叉|sb|妈的|他妈|他妈的|特么|tmd|你妈|尼玛|泥马|cnm|nmsl|nmb|wdnmd|mmp|操你|操蛋|草泥马|卧槽|我靠|我草|卧草|我擦|我日|日你|我操|操你妈|日了狗|狗日|狗东西|狗屎|畜生|混蛋|王八蛋|贱人|贱货|滚|滚蛋|滚粗|去死|该死|找死|死全家|脑残|智障|白痴|蠢货|神经病|废物|靠北|靠杯|靠腰|仆街|屌|on9',
    neg: null,
    flags: ['profanity'],
    why: 'profanity',
  },
  { labels: { angry: 2 }, terms: '蠢|笨蛋', flags: ['profanity'], why: 'profanity' },

  // ── anxious: worry, impatience, time pressure ─────────────────────────────────────────────────
  { labels: { anxious: 3 }, terms: '急死|急坏|吓死|死定了' },
  // needed by a time: these make a deadline (urgency high when strong), like ASAP in English
  { labels: { anxious: 3 }, flags: ['time'], why: 'time', terms: '十万火急|火烧眉毛|急急急' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '急用|急需|急着用|明天就要用|今天就要用|明天要用|今天要用|在吗在吗|在不在啊|有人吗有人吗' },
  { labels: { anxious: 2 }, terms: '着急|急|很急|紧急|焦虑|担心|害怕|怕怕|恐惧|紧张|慌|心慌|发慌|慌了|不安|忐忑|揪心|可怕|恐怖|吓人|惊恐|惶恐|恐慌|提心吊胆|坐立不安|睡不着|心急|焦急|等不及|来不及|等不起|赶时间|赶着用|人呢|在线等|求回复|求求|到底什么时候|等了好久|等好久|等半天|等了半天|催了|催了好几次|迟迟|没到|还没到|没到货|收不到|等不到|迟迟不到|还不到|延误|超时|物流不动|物流没更新|物流没有更新|没有物流|没物流|物流信息不动|快递不动|卡住了|卡在|显示签收|丢件|包裹丢了|联系不上|打不通|不接电话|没有到', flags: ['time'], why: 'time' },
  { labels: { anxious: 1.5 }, terms: '怕|催|快点|快些|快一点|快点儿|快一些|赶紧|赶快|尽快|马上|立刻|立即|速度发|今天必须|今天一定|今天之内|今天要|今晚要|明天必须|明天一定|必须今天|必须明天|之前必须|之前要|好几天|几天了|多少天了|等着用|回复一下|怎么不回|没人回|延迟|慢死|担忧|操心', flags: ['time'], why: 'time' },
  { labels: { anxious: 1, angry: 0.5 }, terms: '慢|慢吞吞|磨蹭' },
  // "我的快递呢" is "where is my parcel": the buyer is waiting on it (like "where is my" in English)
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: '快递呢|包裹呢|我的货呢|货呢|东西呢|订单呢|退款呢|我的钱呢|单号呢|物流呢|到底在哪' },
  // "快递到哪了亲" asks for tracking: a question about the parcel, not yet a worry. Agents read the bare question as
  // neutral (the agent-read probes that have one say so); with a wait, a deadline, ？？？ or a second nudge it adds up
  // to one (see analyse). English has the same entry.
  { labels: { anxious: 1 }, flags: ['ship', 'tracking'], why: 'time', terms: '到哪了|到哪里了|到哪儿了|在哪了' },
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: '不动了|一直不动|都不动|没动静|没有动静|没动过|停在|停滞' },
  { labels: { anxious: 1 }, terms: '等了|等咗|等到|什么时候到|什么时候发|几时', flags: ['time'], why: 'time' },

  // ── disappointed / sad ─────────────────────────────────────────────────────────────────────────
  { labels: { disappointed: 3 }, terms: '太失望|非常失望|彻底失望|很失望|心寒|绝望|伤心欲绝|心都碎了|悔死|千万别买|千万不要买' },
  { labels: { disappointed: 2 }, terms: '失望|后悔|后悔买|遗憾|难过|伤心|心痛|哭|哭了|想哭|哭死|委屈|郁闷|心塞|难受|悲伤|悲哀|悲惨|痛苦|沮丧|无奈|唉|惨|倒霉|心累|不开心|不高兴|不值|不值得|不值这个价|白买|浪费钱|浪费|别买|不要买|不推荐|差劲|太差|很差|好差|质量差|质量太差|做工差|做工粗糙|粗糙|假的|山寨|不好用|难用|难吃|难看|丑|不满意|货不对板|名不副实|与描述不符|和描述不符|跟描述不一样|和图片不一样|跟图片不一样|图片不符|没用|卡顿|很卡|发烫|异味|刺鼻|臭|脏|呜呜|哭哭|泪|嘤嘤' },
  { labels: { disappointed: 1.5, angry: 0.3 }, terms: '差|烂|不好|不行|很麻烦|太麻烦|好麻烦|真麻烦|残酷|不怎么样|不满|不喜欢|不好看|不舒服|不合适|不太好|不太满意|不如|还不如|色差|味道大|有味道|少了|不对|贵|太贵|漏|旧的|二手|孤独|寂寞|舍不得|可惜|可怜|心疼|悲|没办法|没意思|无聊|倒楣|累死|伤感|泪目|苦笑|叹气' },
  // faults, as opposed to feelings: a fault reported after a "but" is not outweighed by praise (analyse.ts)
  { labels: { disappointed: 2 }, why: 'problem', terms: '坏了|坏的|坏掉|损坏|碎了|破损|破了|裂了|烂了|用不了|不能用|没法用|无法使用|死机|漏水|发霉|变质|过期|次品|残次品|翻新' },
  { labels: { disappointed: 1.5, angry: 0.3 }, why: 'problem', terms: '起球|开线|脱线|变形|划痕|瑕疵|缺件|少件|少发|漏发|发错|错发|发错货|划花|掉色|褪色|开胶|胶开了|脱胶|掉胶' },
  { labels: { disappointed: 1 }, terms: '一般|一般般|凑合|勉强|累|哎|麻烦死|没法|不一样|偏小|偏大|小了|大了|短了|长了|很薄|太薄|有点硬|发热|耗电|掉电|不灵|失灵|不准|模糊|有点松|太紧|不太行', flags: ['usage'] },

  // ── confused ───────────────────────────────────────────────────────────────────────────────────
  { labels: { confused: 2 }, terms: '什么意思|啥意思|什么情况|啥情况|怎么回事|咋回事|咋回事儿|不明白|搞不懂|弄不懂|看不懂|没看懂|不理解|一头雾水|懵|懵逼|蒙圈|疑惑|困惑|纳闷|迷惑|糊涂|费解|搞不清|弄不清|不知道怎么|不知道该|不会用|不会弄|不会装|怎么用|怎么弄|怎么操作|怎么安装|怎么设置|怎么使用|如何使用|如何安装|如何操作|怎么搞|点解|咩事', flags: ['usage'] },
  { labels: { confused: 1 }, terms: '为什么|为啥|怎么会|奇怪|晕|不懂|不知道|不清楚|不是说|是不是' },

  // ── threatening: authorities, platform complaint, bad review, legal, chargeback, leaving ────────
  {
    labels: { threatening: 3, angry: 0.5 },
    terms: '投诉|举报|曝光|12315|打12345|拨打12345|12345热线|12345投诉|市长热线|工商|工商局|市场监管|市监局|消协|消费者协会|消保|消基会|找律师|找了律师|找过律师|请律师|请了律师|搵律师|搵咗律师|律师函|律师信|我的律师|律师朋友|咨询律师|问律师|让律师|起诉|告你|告你们|提告|法院|打官司|报警|媒体|记者|维权|仲裁|拒付|信用卡拒付|银行拒付|平台介入|申请介入|小二介入|官方介入|客诉|检举|三倍赔偿|假一赔三|退一赔三|十倍赔偿|欺诈|负评|一星|一颗星',
    neg: null,
    flags: ['threat'],
    why: 'threat',
  },
  { labels: { threatening: 2, disappointed: 1 }, terms: '差评|给差评|打差评|中评|再也不买|再也不来|再也不会买|再也不会来|不会再买|不会再来|别家买|去别家|换一家|换别家|拉黑|取关|取消关注|发微博|发朋友圈|让大家看看|挂你|挂出来|给个说法|讨个说法|给我个说法|要个说法|给我一个说法|给一个说法|讨一个说法|要一个说法', neg: null, flags: ['threat'], why: 'threat' },
  { labels: { threatening: 1 }, terms: '赔偿|赔钱|没完|走着瞧|等着瞧', neg: null, flags: ['threat'], why: 'threat' },
  // compensation demanded, not asked about (有赔偿吗 stays a question); the shop told to answer for it
  { labels: { threatening: 2 }, terms: '要求赔偿|必须赔偿|赔偿我|给我赔偿|要你们赔|你们得赔|你们要赔', neg: null, flags: ['threat'], why: 'threat' },
  { labels: { angry: 2 }, terms: '你们要负责|你们负责|负责到底|负全责|要负全责|谁来负责|谁负责|还要不要做生意|怎么做生意' },

  // ── positive ───────────────────────────────────────────────────────────────────────────────────
  { labels: { positive: 2.5 }, terms: '非常满意|超级满意|太棒了|太好了|完美|超赞|五星|五星好评|爱死|超爱|爱了|物美价廉|性价比高|超值|惊喜|太开心|好开心|没得说|强烈推荐|必须好评' },
  // thanks: praise, unless it only closes a question or a request (see analyse.ts, courtesy)
  { labels: { positive: 2 }, flags: ['courtesy'], terms: '感谢|谢谢|多谢|谢啦|谢了|感恩' },
  { labels: { positive: 2 }, terms: '满意|很好|好评|喜欢|赞|点赞|棒|开心|高兴|快乐|幸福|辛苦了|给力|好用|好看|好吃|好听|好玩|好喝|漂亮|美丽|美好|舒服|划算|实惠|值得|推荐|靠谱|放心|贴心|可爱|不错|挺好|不愧|没毛病|嘻嘻|爱你|么么哒|感动|温暖|幸运|优秀|精致|厉害|回购|还会再来|会回购|还会回购|发货快|物流快|速度快|神速|飞快|很快|喜欢死|期待|加油|生日快乐|愉快|惬意|帅|酷|积极' },
  { labels: { positive: 2 }, neg: null, flags: ['laugh'], terms: '哈哈|哈哈哈|哈哈哈哈|hhh|hhhh|233|2333|23333' },
  { labels: { positive: 1.5 }, terms: '还不错|不错哦|合适|正品|质量好|质量不错|做工好|做工不错|耐心|热情|专业|及时|细心|周到|方便|清晰|结实|耐用|流畅|稳定|嘿嘿|笑死|笑哭|美美|爱|祝|恭喜|欢迎|好评如潮|有品|有型|显瘦|大气|顺滑|新鲜|甜|香|干净' },
  { labels: { positive: 1 }, terms: '还好|还可以|没事|没关系|没问题|理解|明白了|知道了|好滴|好哒|笑|美|可靠|友好|良好|正常|没错|快|快速|便宜|亲爱的|鲜|嗯嗯好' },

  // product and service problems as reviews and chats put them
  { labels: { disappointed: 2 }, why: 'problem', terms: '质量一般|品质一般|效果一般|味道一般|做工一般|感觉一般|真心一般|很一般|比较一般|太一般|大不一样|不符|不符合|不相符|不匹配|不一致|严重不符|无法接受|不能接受|接受不了|地摊货|白花钱|白花了|白费|白忙|上当了|农药味|怪味|味道怪|有股味|没味道|开不了机|开不了|充不了电|充不了|退不了|登不了|登录不了|连不上|打不开|装不上|穿不了|不能穿|没法穿|用不上|破碎|流出来|漏出来|洒了|开过的|用过的|拆过|二次销售|临期|慎重|慎买|谨慎购买|千万小心|大家小心|不过如此|金玉其外|误导|有问题|出问题|有毛病|出毛病|毛病|失败|降价|掉价|刚买就降|不给保价|找不到人|没人处理|搞不定|太伤人|伤人|不可原谅|流水账|鸟用|什么鸟|不想说什么|无话可说|不想说了|算了|心凉|凉透|糟心|不厚道' },
  { labels: { disappointed: 1.5 }, terms: '痒|痛|疼|头疼|酸|涩|苦|皱|别扭|松动|不合理|不习惯|一层灰|灰尘|错误|有错|凄凉|蔫|差别大|差别很大|区别很大|没什么特别|没心情|没状态|没精神|没胃口|没动力|没劲|睡不醒|困死|好困|亏了|赔了|失恋|心情复杂|不敢|为难|如何是好|怎么办|咋办|该怎么办|怨气|莫名其妙|乱七八糟|一分|零分' },
  // cannot pay, order or log in
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '付不了款|付不了|支付不了|付款失败|下不了单|无法下单|下单失败|提交不了|提交失败|登不上|登录失败|无法登录|无法支付' },
  // defects as buyers report them on arrival (cracked, scratched, rusty, snapped, won't charge)
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '裂缝|裂痕|裂纹|裂开|开裂|漏液|刮花|磨损|污渍|掉漆|生锈|锈了|断了|松了|充不进电|充不上电|没声音|没有声音|压扁|压烂|破洞|不合身|穿不上|缺了|少了一个|少了个|少配件|缺配件|变色|发黄|渗水' },
  { labels: { angry: 2 }, terms: '不给|吵死|无法无天|杀气|没完没了|受够了|倒闭|他吗的|他马的|特么的|tm的|我不干|不干了' },
  { labels: { anxious: 2 }, terms: '战战兢兢|危险|不安全|吓坏' },
  { labels: { positive: 1.5 }, terms: '爽|实用|省心|厚道|赞同|认同|均匀|相信|太值|很值|值了|牛逼|牛b|太牛|真牛|好牛|很牛' },
  // tears of joy or of being moved are not sadness
  { labels: { positive: 2 }, terms: '感动哭|感动哭了|感动得哭了|感动到哭|喜极而泣' },
  // sympathy for someone (心疼你, 可怜的孩子) is kindness, not a complaint about the shop: no weight
  { labels: {}, neg: null, terms: '心疼你|心疼你们|心疼他|心疼她|心疼他们|心疼小哥|心疼快递小哥|心疼客服|心疼宝宝|心疼孩子|可怜的孩子|可怜的娃|可怜的人|可怜的小哥|可怜的宝宝|可怜的小家伙' },
  // ── modifiers ──────────────────────────────────────────────────────────────────────────────────
  { kind: 'modifier', factor: 1.6, terms: '非常|特别|十分|极其|极度|极|超级|超|巨|贼|相当|实在|简直|完全|根本|绝对|一点都|一点也|一点儿都|一点儿也|越来越|最|忒|怎么还' },
  { kind: 'modifier', factor: 1.3, terms: '真|真的|真是|真心|很|挺|蛮|又|再次|一直|依然|仍然|还是|更|更加|多么|这么|那么' },
  // 太 before an unlisted word is "too …", a complaint in a review (太酸, 太窄); before a listed one it intensifies
  { kind: 'modifier', factor: 1.6, labels: { disappointed: 1 }, alone: 'word', terms: '太' },
  { kind: 'modifier', factor: 1.5, labels: { disappointed: 1 }, terms: '严重' },
  // 好 alone is praise (好！), before a term it intensifies (好慢): a modifier with weights
  { kind: 'modifier', factor: 1.3, labels: { positive: 1.5 }, terms: '好' },
  { kind: 'modifier', factor: 0.6, terms: '有点|有点儿|有些|稍微|稍|略|略微|些许|一点|一点点|一丢丢|还算|比较|算是|不算太' },
  { kind: 'post', factor: 1.5, terms: '死了|极了|透了|至极|得很|得要命|得不行|到家了|爆了|炸了|死我了|到爆' },

  // ── negators ───────────────────────────────────────────────────────────────────────────────────
  { kind: 'negator', factor: 1, terms: '不|没|没有|无|别|未|非|并不|并没有|并非|绝不|从不|从没|从来不|从来没|毫无|不是|不会|不用|不要|不必|甭|勿|莫|不再|冇|唔|并没|不够' },
  { kind: 'negator', factor: 0.7, terms: '不太|不是很|不怎么|没那么|不大|不算' },

  // ── turns ──────────────────────────────────────────────────────────────────────────────────────
  { kind: 'contrast', terms: '但是|但|可是|不过|然而|只是|却|反而|而是|结果' },
  { kind: 'concessive', terms: '虽然|虽说|尽管|即使|哪怕|就算' },

  // ── events: nothing on their own, a problem when negated (没发货, 未收到, 不处理) ──────────────────
  { labels: {}, neg: { anxious: 2 }, flags: ['ship'], negFlags: ['stuck', 'time'], terms: '发|发货|出货|发出|发送|寄出|到货|送到|送达|收到|收到货|到账|派送|配送|揽收|揽件|更新|拿到', why: 'problem' },
  { labels: {}, neg: { angry: 1.2, anxious: 1 }, terms: '回复|回消息|回讯息|回信息|回微信|回我|答复|回应|响应|理我|理会|联系我', why: 'problem' },
  { labels: {}, neg: { angry: 1.5 }, flags: ['afterSales'], terms: '处理|解决|修好|给退|受理|退款了', why: 'problem' },
  { labels: {}, neg: { disappointed: 2 }, flags: ['usage'], terms: '能用|好使|工作|开机|充电|充上电|启动|运行|反应|好用了|亮|响|出水|制冷|加热', why: 'problem' },
  { labels: {}, neg: { disappointed: 1 }, terms: '一样|一致|符合|相符', why: 'problem' },
  // promised extras (赠品, 送的) that did not come
  { labels: {}, neg: { disappointed: 1.5 }, terms: '送|赠送|附送|赠', why: 'problem' },

  // ── topics (urgency tiers), no weights ─────────────────────────────────────────────────────────
  { labels: {}, neg: null, flags: ['ship'], terms: '物流|快递|包裹|订单|单号|运单|签收|送货|下单|拍了|拍下|付款了' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '怎么退|能退吗|可以退吗|想退|要退|退了吧|不想要了' },
  { labels: { disappointed: 1.5 }, flags: ['afterSales'], why: 'problem', terms: '被取消|取消了我的|怎么取消了|给我取消了' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '退货|退款|换货|退换|售后|保修|维修|质量问题|退钱|补发|运费险|退回|寄回|返修|三包|换一个|重新发|换|调换|能换' },
  { labels: {}, neg: null, flags: ['usage'], terms: '说明书|安装|使用方法|教程|设置|连接|蓝牙|配对|充电器|故障|报错|闪退' },
  // "偏大还是偏小?" asks about the size before buying; 偏小 alone is a complaint
  { labels: {}, neg: null, flags: ['preSale'], terms: '偏大还是偏小|偏小还是偏大|偏大吗|偏小吗|大还是小|尺码准吗|尺码标准吗|码数准吗' },
  { labels: {}, neg: null, flags: ['preSale'], terms: '有货吗|有现货|多少钱|价格|优惠|优惠券|包邮|尺码|码数|选哪个|哪个好|颜色|库存|能便宜|便宜点|发什么快递|几天能到|多久能到|什么时候发货|活动|赠品|会员|发票|推荐一下' },

  // lost in transit, charged twice
  { labels: { disappointed: 2, anxious: 1 }, flags: ['afterSales', 'ship'], why: 'problem', terms: '快递丢了|货丢了|件丢了|东西丢了|弄丢了|搞丢了|丢失|寄丢了' },
  { labels: { angry: 2 }, flags: ['afterSales'], why: 'problem', terms: '扣了两次|扣两次|扣了我两次|扣了两遍|重复扣款|重复扣费|重复收费|多扣|多扣了|多收了|乱扣|乱扣费|乱收费|扣错|付了两次|支付了两次' },
  // how it arrived or where: dead pixels, opened or used, cold food, the wrong door; an account locked
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '坏点|有坏点|亮点问题|被用过|有人用过|被拆过|被人拆过|送错了|送错地址|寄错地址|送错人|被偷了|丢在门口|凉了|都凉了|没有充电器|没给充电器|没配充电器' },
  { labels: { anxious: 2 }, flags: ['usage'], why: 'problem', terms: '封号|被封号|账号被封|账户被封|账号冻结|账户冻结|被冻结|账号异常|账户异常' },
  // the problem is over: what the buyer said before this counts little (analyse.ts)
  { labels: { positive: 2 }, flags: ['resolved'], terms: '虚惊一场|原来在|原来放在|原来是放|找到了|已经收到了|终于到了|终于收到|到了谢谢|收到了谢谢|没事了|东西没事|还好没事|幸好没事|好了谢谢|搞定了|已经好了|已经解决了|可以用了|能用了|不用退了|不用换了|自己能用|我自己能用|不影响使用|不影响用' },
  // a code that did not come: a login problem, not a lost parcel
  { labels: { disappointed: 1 }, flags: ['digital'], why: 'problem', terms: '验证码|激活码|验证邮件|激活邮件|短信验证' },
  // nobody answering, an empty box
  { labels: { angry: 2.5 }, why: 'problem', terms: '是死人吗|死人吗|死人啊|都是死人|半天不回|半天没人回|半天没回|半天不理|半天没人理|一直不回|一直没人回' },
  { labels: { disappointed: 2.5 }, flags: ['afterSales'], why: 'problem', terms: '空盒|空盒子|空包裹|空箱子|盒子是空的|箱子是空的|里面是空的|包裹是空的' },
  // the parcel has not moved: an overdue shipment
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: '没动了|天没动|物流一直显示|一直显示在|一直显示运输|一直显示揽收|一直显示已发货|一直在中转|卡在中转|一直在途中|一直在运输中|物流不更新' },
  // needed by a day: a deadline
  { labels: { anxious: 3 }, flags: ['time'], why: 'time', terms: '一定要到|务必要到|必须到|必须要到' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '能赶上吗|来得及吗|赶得上吗|赶不上|后天就要|后天要用|后天就要用|下周一要|周末要用|面试要穿|生日要用' },
  // a refund or a claim turned down
  { labels: { angry: 1.5, disappointed: 1 }, flags: ['afterSales'], why: 'problem', terms: '拒绝退款|拒绝我的退款|拒绝了我的|拒绝我|拒绝了|被拒绝|被拒|驳回|被驳回' },
  // noise, errors, money taken anyway
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '杂音|有杂音|电流声|沙沙声|异响|有异响|显示错误|提示错误|报错了|出错了|出错|钱扣了|钱已经扣了|扣了钱|已经扣款|已扣款|扣款了|钱被扣了' },
  // deadlines: the end of the month, no later, tomorrow's flight (a negation before them stays a deadline: 到不了就没意义了)
  { labels: { anxious: 2 }, neg: { anxious: 2 }, flags: ['time'], negFlags: ['time'], why: 'time', terms: '月底前|月底之前|月底要|周末前|周末之前|不能再晚|不能再拖|再晚就|就没意义了|就来不及了|赶飞机|的飞机|今晚能送到|今晚能到' },
  // threats worded as leaving for good; a shop that does nothing
  { labels: { threatening: 2, disappointed: 1 }, neg: null, flags: ['threat'], why: 'threat', terms: '再也不在|再也不会在|再也不去|不会再在|以后不在你家|以后不来了|以后不会来了|拉入黑名单' },
  { labels: { angry: 2 }, terms: '有没有在做事|到底有没有在|在做事吗|有没有人管' },
  // a hypothetical before buying (万一坏了怎么办), a slip of one's own, a request already withdrawn
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: '万一|下单前|下单之前|买之前|拍之前|购买前|购买之前|先问一下|先问问' },
  { kind: 'ignore', terms: '发错消息|发错了消息|发错人了|打错字|打错了|我搞错了|是我搞错|我的错' },
  // news that the wait is over, not praise: 物流更新了, 冇事喇
  { labels: {}, neg: null, flags: ['resolved'], terms: '物流更新了|物流有更新了|刚更新了|冇事喇|冇事了|没事喇' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: '不用再跟进|不用跟进|无需跟进|不需要跟进|不用再跟进了|可以结单|可以结单了|可以关闭|已经恢复正常|恢复正常了|已经正常了|正常工作了|刚刚收到|刚收到了|刚刚收到了|不用处理|不用处理了|不需要处理|无需处理|不用管了|问题已经好了|问题解决了|解决了谢谢|解决了' },
  // Cantonese: broken, missing, don't understand, how, tomorrow
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '坏咗|烂咗|爆咗|甩咗|冇咗|唔见咗|整坏咗|寄错咗|发错咗|烂嘢|用唔到|唔work' },
  { labels: { confused: 2 }, flags: ['usage'], terms: '唔明|唔系好明|唔识|点样用|点样整|点搞|点用' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '听日要|听日要用|今日要|今日要用|听日到|今日到|今日寄' },
  // still not here long after it should be; expedite for a day
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: '到现在还没到|到现在都没到|一直没到|迟迟没到|到现在还没|还没有到' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '加急|能加急吗|可以加急吗|开学要|开学前|要出国|在那之前|那之前' },
  // screens that flicker, a how-to about pairing or charging (a usage question)
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '一直闪|屏幕闪|闪屏|花屏|黑屏|白屏|屏幕不亮' },
  { labels: { confused: 1.5 }, flags: ['usage'], terms: '怎么配对|怎么连接|怎么连|怎么充电|怎么开机|怎么关机|怎么调|如何配对|如何连接' },
  // the buyer's own slip or a question before ordering
  { kind: 'ignore', terms: '是我自己没看清|我自己没看清|没看清|不怪你们|不怪你|怪我自己|是我自己的问题' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: '如果收到|想先问清楚|先问清楚|问清楚再|再下单' },
  // praise that is the complaint, in the same breath: "真棒 又发错货了" (a comma makes it sincere: 真棒，就是慢)
  { labels: { positive: 2 }, flags: ['sarcasm'], irony: 'clause', why: 'sarcasm', terms: '真棒|好厉害|真厉害|太厉害了' },
  // a fake or empty tracking number; a deadline for a day or an event; insults at the service
  { labels: { anxious: 2 }, flags: ['ship'], why: 'time', terms: '单号查不到|查不到物流|物流查不到|查不到信息|查不到单号|没有物流信息|没物流信息' },
  { labels: { angry: 2.5 }, flags: ['stuck', 'ship'], why: 'problem', terms: '假单号|空单号|虚假发货' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '面试要用|考试要用|开会要用|出差要用|今天能发出|今天能发出来|今天发出|今天寄出|婚礼要用|婚礼用|周五前|周六要用|周日要用|礼拜五前|礼拜六要|星期五前|星期六要|今天寄出吗|今天能寄出吗|今天能发吗|今天可以发吗|今天能发货吗|今天可以寄出吗' },
  { labels: { anxious: 3 }, flags: ['time'], why: 'time', terms: '一定要收到|必须收到|务必收到' },
  { labels: { angry: 2.5 }, terms: '耍我|在耍我|耍人|废到爆|好废|真系废|脑子有病|有病吧|脑子进水' },
  // the photos and the thing differ; shuts itself off
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '和图片差距|跟图片差距|与图片差距|和图片差别|跟图片差别|实物差距|差距有点大|差距很大|差距太大|差别太大' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '自动关机|自己关机|自动重启|自己重启|老是关机|成日自动关机' },
  // warranty or a no-reason return asked about: a question, not a case
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: '保修多久|保修期多久|保固多久|保固期多久|质保多久|有保修吗|有保固吗' },
  // asked before buying as often as after: the return itself (退, 退货) says after-sales when it is one
  { labels: {}, neg: null, flags: ['preSale'], terms: '七天无理由退换|七天无理由退货|七天无理由退|7天无理由退换|7天无理由退货|7天无理由退|七天无理由|7天无理由|无理由退|无理由退货|无理由退换' },
  // a refund that came, a Cantonese "sorted, thanks": the case is over
  { labels: { positive: 2 }, flags: ['resolved'], terms: '退款收到了|退款已收到|已收到退款|收到退款了|换货收到了|新的收到了|已经到账|已到账|钱已经到了|退款已经到了|得咗|搞掂|搞掂咗|收到咗|唔该晒|多谢晒' },
  // a bad review that was not written, a shop elsewhere in the past: not threats
  { kind: 'ignore', terms: '本来想给差评|本来想差评|本来要给差评|本想给差评|本来想投诉|本来要投诉|差点给差评|差点投诉|在别家买过|别家买过' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: '所以问问|所以问一下|所以想问' },
  { labels: { angry: 2.5 }, flags: ['sarcasm'], why: 'sarcasm', terms: '花钱买气受|花钱找气受|花钱买罪受' },
  // running out of something needed daily (奶粉只剩两天)
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '只剩一天|只剩两天|只剩1天|只剩2天|快用完了|快没了' },
  // admiration for a failure (佩服佩服, 效率真高): sarcasm when a complaint sits in the message without a 但是
  { labels: { positive: 2 }, flags: ['sarcasm'], terms: '佩服佩服|真佩服|太佩服|效率真高|效率可真高|效率真快|速度真快啊|真是快啊|可真快|真快啊|厉害了|真是厉害|可真厉害|服了你们|真服了你们' },
  // calling the goods rubbish, being made to wait (谢谢你们让我等了三个礼拜), a deadline for a birthday
  { labels: { angry: 2.5 }, terms: '什么垃圾|垃圾东西|垃圾玩意|什么破玩意|破玩意' },
  { labels: { angry: 1.5 }, flags: ['sarcasm', 'wait'], why: 'sarcasm', terms: '让我等了|让我等这么久|让我白等' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '周五之前|周六之前|周日之前|礼拜五之前|星期五之前|孩子生日|生日礼物要' },
  // Cantonese: still not refunded (仲未 = 还没)
  { labels: { anxious: 2 }, flags: ['afterSales', 'wait'], why: 'waited', terms: '仲未见退钱|仲未退钱|未见退钱|还没退钱|没见退款|仲未收到|仲未到|仲未发' },
  // one side only, won't connect; Cantonese device faults (开唔着 = won't turn on, 冇反应 = no response)
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '只有一边|只有一边能|一边没声音|一边有声音|一只耳机没声音|连接不上|开唔着|开唔到|着唔到|冇反应|冇声|冇晒反应|充唔到电|充唔入电|整唔好|郁唔到|唔郁' },
  // going public on 小红书, warning others off (避雷), screenshots kept; a tortoise is faster than your courier
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '发小红书|发抖音|发到网上|让大家避雷|大家避雷|避雷|已经截图|截图了|截图留证|留证据' },
  { labels: { angry: 2 }, flags: ['sarcasm'], why: 'sarcasm', terms: '乌龟都比|蜗牛都比|乌龟爬|蜗牛爬|走路都比' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '明天就出国|后天就出国|就要出国|明天出国|后天出国|明天就走了|明天就要走' },
  // 有人吗 once is a greeting, like 在吗 (twice in a row is chasing: 有人吗有人吗); will the price drop, asked before buying
  { labels: {}, neg: null, terms: '有人吗' },
  { labels: {}, neg: null, flags: ['preSale'], terms: '会降价吗|还会降价|会不会降价|什么时候降价|降价吗|会不会便宜' },
  // ordered two, one came; it came cracked; the discount did not apply
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '是裂的|是碎的|是坏的|是破的|是湿的|是脏的|是旧的|是空的|没减上|满减没减|优惠没用上|没优惠上|没抵扣|多付了|多扣了钱|多收了钱' },
  { labels: { angry: 2.5 }, terms: '长点心|长点脑子|用点心行不行|能不能用点心' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '退款到了吗|退款到账了吗|退款到了没|钱到了吗' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: '退款到了|退款到账了|钱到了|钱收到了|到账了谢谢' },
  // ship-today asked before ordering; changing the address before it ships; 有冇 (Cantonese 有没有) asks
  { labels: {}, neg: null, flags: ['preSale', 'hypothetical'], terms: '今天下单的话|今天拍的话|今天买的话|下单的话|拍下的话|拍的话|买的话|现在拍的话|现在下单的话|今天下单今天能发|今天拍今天能发|今天下单能发|今天拍能发|下单今天能发|今天下单今天发' },
  { labels: {}, neg: null, flags: ['notYet', 'afterSales', 'time'], terms: '还没寄出的话|没寄出的话|还没发的话|没发货的话|改成宅配|改成自提|可以改地址|能改地址|改一下地址|修改地址|改地址|还没发货吧|没发货吧|还没发吧' },
  { kind: 'ignore', terms: '含不含|用不用|带不带|包不包|送不送|退不退|换不换|有冇|系唔系|可唔可以|得唔得|好唔好|使唔使|要唔要|识唔识|啱唔啱' },
  // sent short or wrong, shown as used or unpaid
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '少寄|少寄了|漏寄|寄错了|寄错颜色|发错颜色|颜色错了|尺码错了|码数错了|显示已使用|根本没用过|显示未付款|显示没付款' },
  // rotten service, a heavy smell, a hole, the wrong colour; an account used by someone else
  { labels: { angry: 2.5 }, terms: '什么烂服务|烂服务|垃圾服务|服务太烂|蜗牛店|蜗牛速度|乌龟速度' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '味道很重|很重的味道|一股味|股味道|有个窿|穿咗个窿|崩咗|错色|寄错色|发错色' },
  { labels: { anxious: 2.5 }, flags: ['usage'], why: 'problem', terms: '账号被盗|账户被盗|俾人盗咗|被人盗用|被盗用' },
  // the promised next-day delivery on its third day; when will the money come back (Cantonese)
  { labels: {}, neg: null, flags: ['ship'], terms: '次日达|隔日达|当日达|顺丰' },
  { labels: { anxious: 2 }, flags: ['time', 'wait'], why: 'waited', terms: '都第三天|都第四天|都第五天|第三天了|第四天了|第五天了' },
  { labels: { anxious: 1.5 }, flags: ['afterSales', 'time'], why: 'time', terms: '几时先返|几时返|钱几时' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: '不用麻烦了|不麻烦了|不用麻烦你了' },
  // 脑子有问题, leaving a public post (让大家知道), a delay again, nothing came with it, still unpaid (Cantonese)
  { labels: { angry: 2.5 }, terms: '脑子有问题|脑子坏了|有毛病吧' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '让大家知道|让所有人知道|发文让|发帖让' },
  { labels: { angry: 1.5, anxious: 1 }, flags: ['ship'], why: 'problem', terms: '又延期|又推迟|一直延期|延期了|推迟发货' },
  { labels: { angry: 1.5 }, flags: ['sarcasm'], why: 'sarcasm', terms: '真是太感谢了呢|太感谢了呢|真是谢谢了呢|谢谢了呢' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '赠品没有|没有赠品|赠品没给|没收到赠品|赠品没收到|仲系话未付款|话未付款|还是未付款|仍然未付款' },
  { labels: { anxious: 2 }, neg: { anxious: 2 }, flags: ['time'], negFlags: ['time'], why: 'time', terms: '我就完了|就完了|就惨了|就完蛋了' },
  // how-to after buying (take apart, clean, reset): a usage question; take-away and pre-order items are deliveries;
  // a refund back to the card is after-sales; 必须送到 is a deadline
  { labels: { confused: 1.5 }, flags: ['usage'], terms: '怎么拆|怎么清洗|怎么洗|怎么恢复|恢复出厂|出厂设置|怎么重置|怎么复位|怎么更换|怎么取下|怎么装|怎么调节|如何清洗|如何拆|如何重置|点样拆|点样洗' },
  { labels: {}, neg: null, flags: ['ship'], terms: '外卖|预售|骑手' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '退到卡|退回卡|退到账户|退回原账户|退到银行卡|退回银行卡' },
  { labels: { anxious: 3 }, flags: ['time'], why: 'time', terms: '必须送到|一定要送到|务必送到' },
  // a mismatched pair, shrinking, auto-renewal; still in the warehouse, delivered on paper only, past the promised
  // time (overdue); a bot-like agent, 做什么生意 (anger); pre-sale questions that contain 差/没/不要 (色差吗, 没电梯)
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '大小不一样|一大一小|两只不一样|大小不一|缩水|缩水了|自动续费|自动扣费|被自动续费' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: '怎么还在仓库|还在仓库|一直在仓库|还在仓里|显示已送达|显示已签收|显示签收了|显示送达|超过承诺|超过约定|超过了发货时间|发货超时|已经超时' },
  { labels: { angry: 2 }, terms: '是机器人吗|机器人吗|复制粘贴|还做什么生意|做什么生意|还开什么店' },
  { labels: {}, neg: null, flags: ['preSale'], terms: '有色差吗|色差大吗|会有色差吗|色差严重吗' },
  { kind: 'ignore', terms: '没电梯|没有电梯|备注不要|备注一下不要' },
  { labels: { positive: 1.5 }, flags: ['resolved'], terms: '没问题了|都没问题了|现在没问题了' },
  // stops heating, cold or spilled food (Cantonese 冻晒, 泻咗); a scam ring, read and ignored, the nerve to ask for a
  // good review (anger); still on the way to a wedding, a banquet tomorrow (deadlines); not refunded yet (未退返)
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: '不会热了|不热了|不出风了|不出风|不转了|不亮了|不响了|不制冷了|冻晒|泻咗|洒咗|倒泻' },
  { labels: { angry: 2.5 }, terms: '诈骗集团|是诈骗|骗子集团|已读不回|还有脸|有脸问' },
  { labels: { anxious: 1.5 }, flags: ['ship', 'time'], why: 'time', terms: '还在路上|一直在路上' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '生日宴要用|寿宴要用|婚宴要用|满月酒要用|明天中午要用|婚礼在后天|婚礼在明天' },
  { labels: { anxious: 2 }, flags: ['afterSales', 'wait'], why: 'waited', terms: '未退返|都未退返|钱都未退|都未退钱' },
  // 签收第五天 counts days since delivery: the buyer has the goods (after-sales), nobody is waiting for a parcel
  { labels: {}, neg: null, flags: ['afterSales'], terms: '签收第|收到第|到货第|收货第|签收后第|收货后第' },
  // Cantonese: waited so long, what are you playing at, hurry
  { labels: { anxious: 1.5 }, flags: ['time', 'wait'], why: 'waited', terms: '等咗好耐|好耐|咁耐|等好耐' },
  { labels: { angry: 2 }, terms: '玩嘢|搞乜|搞乜鬼|做乜|搞咩鬼' },
  { labels: { anxious: 1.5 }, terms: '快啲|快d|快滴' },
  { kind: 'ignore', terms: '行不行' },
  { labels: { positive: 2 }, terms: '对得起价格|对得起这个价|对得起这价|物有所值|值这个价|超出期待' },
  // praise as reviews put it
  { labels: { positive: 2.5 }, terms: '绝绝子|yyds|性价比很高|性价比超高|性价比挺高|性价比非常高|性价比超级高|高性价比|物超所值|宝藏|下次还来|下次还买|还会再买|超出预期|超预期|满分|一百分|很用心|超用心|用心了|没有色差|无色差|很合身|正合身|种草' },
  // A不A asks (能不能快点 = "could you hurry"): not a negation of what follows. 会不会 asks whether a
  // problem will happen (会不会掉色), a worry before buying, so it only softens what follows.
  { kind: 'ignore', terms: '能不能|可不可以|可以不可以|能否|可否|要不要|肯不肯|愿不愿意' },
  { kind: 'modifier', factor: 0.5, terms: '会不会|会不|会唔会' },

  // a curse on the shop (还没倒闭: not a negated 倒闭), the nerve to sell this, can't bear to look (Cantonese 冇眼睇)
  { labels: { angry: 3 }, neg: null, terms: '还没倒闭|怎么还没倒闭|咋还没倒闭|还不倒闭|怎么还不倒闭|早点倒闭|赶紧倒闭|迟早倒闭|早晚倒闭' },
  { labels: { angry: 2.5 }, terms: '都好意思卖|也好意思卖|好意思卖|都好意思|也好意思|冇眼睇|没眼看|不忍直视' },
  // what reviews or other shops said, a purchase still imagined: nothing has gone wrong with this order
  { labels: {}, neg: null, flags: ['hearsay'], terms: '评论说|评价说|评论里说|评价里说|评论区说|评论区有人|看评论|看评价|看了评论|看了评价|有评论说|有评价说|看到差评|看到评论|看到评价|看到有人说|问大家里|网上说|听说这款|听说这个|以前在别家|在别家买的|在别的店买|之前在别家|上次在别家|之前在别的店|上次在别的店|之前用别牌|以前用别牌|上次用别牌|之前用别的牌子|以前用别的牌子|睇review|睇评论|睇评价|有人话|听人讲|听讲|看新闻|新闻说|看到新闻|新闻上|喺第二度|第二度买|喺第二间|喺第间|第间买|在其他店|在别的地方买' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: '如果买了|要是买了|假如买了|买了以后如果|买回去如果' },
  // the buyer has not paid yet, or the item is unopened: states, not faults
  { labels: {}, neg: null, flags: ['notYet'], terms: '还没付款呢|刚拍的还没付款|我还没付款|我还没付|我没付款|还没付款的话|没付款的话|还没付钱|还没支付' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '没拆封|未拆封|没开封|未开封|没拆过|全新未拆|吊牌还在|吊牌没拆' },
  // a price difference (价格差了一百) is not 差 "bad"; 真的假的 is doubt, not a fake
  { kind: 'ignore', terms: '价格差|价格差了|价钱差|价钱差了|差了一百|差了几百|差了几十|差了几块|差了十块|差了多少|差多少|差几块|差几十|差一百' },
  { labels: { confused: 1 }, neg: null, terms: '真的假的|真的还是假的' },
  // calm fault reports: lids that won't close, loose or wobbly parts, smells, stains
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '关不严|关不上|关不紧|合不上|合不拢|盖不严|盖不上|盖不紧|拧不紧|锁不上|扣不上|扣不住|拉不上|拉不动|太松了|很松|松松垮垮|松垮|晃动|会晃|一直晃|晃来晃去|摇摇晃晃|胶味|臭味|味道好重|味道太重|味很大|味好大|有股怪味|甲醛味|塑料味|霉味|有污点|有黑点|有黄斑|发黄了|霉点|印歪了|歪了' },
  // a skin reaction: a worry to handle now (medium); harm done or narrowly missed (fire, smoke, a burning smell,
  // too hot to touch, a shock, a swollen battery, a sick child, a cut) is escalated: stop using it comes first
  // will it break, fade, shrink, catch fire? asked before buying, however alarming the word, unless the buyer
  // tells a real problem elsewhere (电池鼓包了！！会不会爆炸)
  { labels: {}, neg: null, flags: ['asks'], terms: '会不会掉涂层|会不会生锈|会不会发霉|会唔会甩色|会唔会缩水|会唔会起波|起球吗|会起球吗|缩水吗|会缩水吗|掉色吗|会掉色吗|褪色吗|会变形吗|偏大还偏小|差别大吗|差很多吗|会差很多吗' },
  // "what's the difference", a skin type: no fault at all
  { labels: {}, neg: null, flags: ['preSale'], terms: '差在哪|差在哪里|差别在哪|差别是什么|很容易过敏|过敏体质|容易过敏泛红' },
  { labels: {}, neg: null, flags: ['asks'], terms: '会不会掉色|会不会褪色|会不会缩水|会不会起球|会不会变形|会不会坏|会不会容易坏|容易坏吗|会唔会容易坏|会唔会坏|会不会漏水|会不会漏电|会不会着火|会不会起火|会不会爆炸|会不会触电|会唔会漏电|会唔会着火' },
  { labels: {}, neg: null, flags: ['preSale'], terms: '会不会过敏|会过敏吗|容易过敏吗|敏感肌能用|有没有甲醛|有甲醛吗|甲醛超标吗|有没有味道|有味道吗|有异味吗|有没有异味' },
  { labels: { anxious: 2 }, flags: ['afterSales'], why: 'problem', terms: '过敏|过敏了|起疹子|起红点|起小红点|起红疹|发痒|脸上起|烂脸|长痘|闷痘|鼓包' },
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: '起火|着火|烧起来|冒烟|出烟|冒烟了|烧焦|焦味|烧焦味|一股焦味|燶味|烫到不敢|烫得不敢|肚痛|食完肚痛|食咗肚痛|差点电到|差啲电亲|电亲|充电宝鼓包|移动电源鼓包|手机鼓包|电池鼓起来|电源鼓起来|烫得厉害|会膨胀|膨胀了|鼓胀|不敢摸|摸都不敢摸|烫得不能摸|差点被我儿子吞|差点被我女儿吞|差点吞下|差点被吞|充电宝鼓起来|手机鼓起来|后盖鼓起来|漏电|触电|被电到|电到手|爆炸了|电池鼓包|烫伤|烫到手|烫到我|被烫到|烫起泡|拉肚子|腹泻|吃坏肚子|吃坏了肚子|食物中毒|上吐下泻|吃了呕吐|吃完呕吐|划伤|割伤|划破手|吃出异物|吃出头发|吃出虫' },
  // after the twenty-eighth probe: harm done or narrowly missed beyond fire and shock: a child choking on or
  // swallowing a part, poison, a reaction bad enough for a doctor, a rash that hurts as well as itches, bleeding
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: '呛到|呛着|噎到|噎着|卡喉咙|卡在喉咙|窒息|误吞|误食|吞下去|吞进去|吞下了|嘴边发现|嘴里发现|有毒|中毒|皮炎|去医院|去了医院|送医院|看医生|看了医生|医生说|又痒又疼|又痒又痛|又疼又痒|又痛又痒|又红又痒|又红又肿|红肿|好多红疹|好多疹子|流血|出血了|受伤了|割到手|划到手|扎到手|刺伤' },
  // money not back yet (Cantonese), a pickup code or SMS (not a parcel) that did not come
  { labels: { anxious: 2 }, flags: ['afterSales', 'wait'], why: 'waited', terms: '啲钱仲未返|钱仲未返|仲未返钱|钱未返|仲未到账|仲未收到退款|未收到退款' },
  { labels: { confused: 1 }, neg: null, flags: ['digital'], terms: '取件码|取件短信|短信没收到|没收到短信|收不到短信|没有短信' },
  // the parcel went back, the courier never came up, delivery failed: an overdue shipment
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '显示退回|包裹退回|快递退回|被退回了|退回发件|退回寄件|退回给商家|派送失败|投递失败|配送失败|未妥投|我没拒收|没有拒收|没拒收|我一直在家|一直在家啊|根本没打电话|没打电话就|没送上门|没有送上门' },
  // a wedding, school starting, leaving the country: the date the parcel must beat
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '结婚要用|结婚用的|开学要用|开学用的|就开学了|就要开学|马上开学|出国要用|要出国了|出国前要|搬家前要|考试前要|过年要用|年前要用|节前要用|生日前要|到不了的话|来不及的话|赶不上的话' },

  // after the fourteenth probe: scratches, one piece short, sent as the wrong size; past the pre-order date;
  // the buyer's own slip, nobody home, not a quality problem (no fault); 唔该 is "please" as often as "thanks"
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '刮痕|花痕|刮花了|少一个|少一件|少一支|少一只|少一双|少一条|少一包|少一盒|少一瓶|寄成了|发成了|寄成|发成' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: '超过预购时间|超过预计时间|超过预计|超出预计|过了预售时间|预售时间过了' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: '不小心拍错|拍错了|我拍错|拍错' },
  { kind: 'ignore', terms: '不是质量问题|不是质量的问题|家里没人|家里没有人|唔该' },
  { labels: { positive: 2 }, terms: '好靓|几靓|真系靓|靓到|好正|正到|唔该晒你' },
  // after the fifteenth and sixteenth probes (Taiwan and Hong Kong writing): sent wrong (寄错); shipped late,
  // past the shipping deadline, forgotten; curses and contempt (太扯, 恁祖妈, 你老母, 呃人, 还敢卖, treating
  // customers like this); no more custom (唔会再帮衬) and already reported to the platform are threats;
  // nobody answering, afraid it won't come (惊收唔到); a problem the shop has sorted
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '寄错' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: '延迟出货|延迟发货|延迟寄出|延迟出货了|超过出货期限|过了出货期限|超过发货期限|过了发货期限|超过出货时间|超过发货时间|忘记寄|忘了寄|忘记发|忘了发|漏咗寄|漏寄我|漏发我|漏咗我' },
  { labels: { angry: 2 }, neg: null, terms: '太扯|超扯|扯爆|真的很扯|呃人|呃钱|这么凶|那么凶|咁恶|使唔使咁恶' },
  { labels: { angry: 2.5 }, neg: null, terms: '恁祖妈|你老母|屌你|还敢卖|都敢卖|都够胆卖|够胆卖|这样对待顾客|这么对待顾客|就这么对待|就这样对待' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '唔会再帮衬|唔再帮衬|以后唔帮衬|唔会再嚟|跟虾皮反映|跟虾皮客服反映|向虾皮反映|跟平台反映|向平台反映|跟平台客服反映|已经跟平台|已经跟虾皮' },
  { labels: { anxious: 2 }, terms: '有冇人覆|冇人覆|都冇人覆|惊收唔到|惊赶唔切|惊唔到|好惊' },
  { labels: { positive: 2 }, terms: '好惊喜|超惊喜' },
  { labels: { anxious: 2, angry: 0.5 }, flags: ['wait', 'ship', 'stuck'], why: 'waited', terms: '等到花儿都谢了|花儿都谢了|等到天荒地老' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '今日一定要寄|今日一定要寄出|今日一定要发|今日要寄出' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: '明天就要|听日就要|是我妈生日|是我妈的生日|系我阿妈生日|系我妈生日|系我妈咪生日|是我爸生日|是我爸的生日|系我阿爸生日|是我老婆生日|系我老婆生日|是我老公生日|系我老公生日|是我女朋友生日|系我女朋友生日|是我男朋友生日|系我男朋友生日|是我儿子生日|是我女儿生日|系我个仔生日|系我个女生日' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '退返转头|退回转头|地址不完整退回|地址唔齐' },
  // everyday Hong Kong and Taiwan words: dents, fading (甩色), a piece short (少咗), delivered wrong (送错咗), no such
  // parcel (查无此件), nothing in the locker; 消委会 is Hong Kong's consumer council; curses and contempt
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '凹陷|凹了|压凹|有凹痕|凹咗|甩色|甩色咗|少咗|送错咗' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '查无此件|冇我件货|冇我嘅货|柜冇嘢|柜入面冇嘢|个柜冇嘢' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '消委会' },
  { labels: { angry: 2 }, neg: null, terms: '顶你个肺|黐线|废柴|鬼才买|有够扯|有够烂' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '已到店但|到店但|说没有这个包裹|没有我的包裹|找不到我的件|找不到我的包裹' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '争议款项|申请争议|找虾皮客服|直接找虾皮|找平台处理|叫大家不要买|叫朋友不要买' },
  { labels: { angry: 2 }, neg: null, terms: '北七' },
  // after the nineteenth and twentieth probes: "my mom's" is no curse; Hong Kong couriers and lockers (寄失咗, said
  // delivered, nothing there, hasn't moved), a shop that ran off (走佬, 玩失踪), a bank dispute, going public on
  // Facebook, a canned-reply bot, soles come off (甩底), waited so long my neck grew (等到颈都长)
  { kind: 'ignore', terms: '我妈的|给我妈的|我爸妈的|买给我妈的' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '寄失|寄失咗|话送咗|话已经送咗|话送到咗|去到话冇|去到又话冇|冇收过|冇郁过|冇郁|店员说找不到|说找不到|一整天都在家|明明在家|明明有人在家' },
  { labels: { anxious: 2, angry: 0.5 }, flags: ['wait', 'ship', 'stuck'], why: 'waited', terms: '等到颈都长|等到颈长' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: '都未寄|都未寄出|仲未寄|都未发货|都未出货' },
  { labels: { angry: 2.5 }, neg: null, terms: '走佬|玩失踪|做唔做生意|仲做唔做生意|答非所问|机器人客服' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '银行dispute|dispute咗|po文|po上网|脸书社团|爆料社团|爆料公社|在脸书' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '甩底|甩咗底|送错货|寄错货|寄错嘢|送错嘢' },
  // X得厉害 is "badly", not "impressive"; dripping air conditioners and flaking coatings are faults
  { labels: { disappointed: 1.5 }, why: 'problem', terms: '得厉害' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '滴水|一直滴水|涂层掉了|涂层脱落|掉涂层|涂层剥落' },
  // after the twenty-first and twenty-second probes: words inside other words (气炸锅 is an air fryer, 碳酸 is
  // fizzy, 能洗多少次 asks how many washes); customs holds, a parcel shown picked up by someone else, a thawed
  // delivery; swelling, too hot to touch, a child nearly swallowing a part; sarcasm about snail-paced couriers
  { kind: 'ignore', terms: '气炸锅|碳酸|能洗多少次|洗多少次|用多少次|能用多少次' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '海关扣|被海关扣|海关扣了|卡海关|卡在海关|显示已取件|显示已领取|显示被领取' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '退冰|化冻了|解冻了|都化了' },
  { labels: { angry: 2 }, neg: null, flags: ['ship'], terms: '从火星发|火星发货|用走的送|走路送的|骑蜗牛' },
  // after the twenty-third and twenty-fourth probes: a tripped breaker is a safety case; asking for the manager,
  // reporting to the platform, posting on LIHKG (连登) are threats; stuck at customs (卡咗喺), the courier claiming
  // the address cannot be found; suction gone; "how am I supposed to wear this"
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: '跳闸|一插就跳闸|插上就跳闸' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '叫你们主管|叫你们经理|叫主管出来|叫经理出来|找你们主管|叫你哋经理|叫你哋主管|report咗|已经report|连登|出post' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '卡咗喺海关|地址不详退回|话搵唔到地址|说找不到地址|搵唔到地址' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: '冇晒吸力|没吸力|吸力变弱' },
  { labels: { angry: 2 }, neg: null, terms: '是要我怎么|要我怎么穿|要我点着' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: '现在好了|处理好了|帮我处理好了|已经处理好了|退款收到喇|收到退款喇' },
  // after the twenty-ninth probe: asking the platform in, buying elsewhere with a long review, a chargeback through the
  // card company are threats; praise slang built on crying and outrageous (好吃到哭, 快得离谱, 绝了); a worry that
  // proved needless is over; kindness to the agent (不用道歉) is warmth
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: '平台客服介入|找平台客服|让平台处理|找小二|写个长评|写长评|写篇长评|去京东买|去淘宝买|去拼多多买|去天猫买|去别家买|换别家买|信用卡公司|申请退单|银行退单' },
  { labels: { positive: 2.5 }, neg: null, terms: '好吃到哭|好看到哭|好用到哭|美到哭|美哭了|美哭|暖哭了|暖哭|甜到哭|香到哭|快得离谱|好得离谱|便宜得离谱|好看得离谱|离谱地好|滴水不漏|太暖了' },
  { labels: { disappointed: 2 }, flags: ['afterSales', 'ship'], why: 'problem', terms: '淋湿了|都淋湿了|被雨淋了|被雨淋湿|扔门口|扔在门口|丢门口' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: '担心是多余的|担心多余了|白担心了|多虑了' },
  { labels: { positive: 1.5 }, neg: null, terms: '不用道歉|别道歉|不是你的错|不是你们的错' },
  // after the twenty-ninth probe, letdowns: an expectation told as past (本来很期待) is a letdown; joy that 坏了
  // intensifies (开心坏了) is no fault; praise said again and again (夸了好几次) is no repeated chasing
  { labels: { disappointed: 2 }, why: 'problem', terms: '本来很期待|本来挺期待|本来还挺期待|本来超期待|原本很期待|原本挺期待|满怀期待|满心期待|白期待|白高兴|空欢喜|期望越大失望越大' },
  { labels: { positive: 2.5 }, neg: null, terms: '开心坏了|高兴坏了|乐坏了|美坏了|喜欢坏了|激动坏了' },
  // after the thirtieth probe: a parcel stuck at "picked up" (一直是已揽收) or taken by someone else is a stuck or lost
  // parcel; asking twice or three times (三次了) is chasing
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: '一直是已揽收|一直显示已揽收|还是已揽收|一直在揽收|一直停在揽收|只有揽收信息|只显示揽收' },
  { labels: { anxious: 2, disappointed: 1 }, flags: ['ship', 'stuck'], why: 'problem', terms: '被别人拿走|被人拿走|被别人拿了|被人拿了|被冒领|冒领了|被别人签收|别人签收了|被人签收了' },
  { labels: { angry: 0.4, anxious: 1 }, flags: ['time'], why: 'time', terms: '两次了|三次了|四次了|五次了|说了两次|说了三次|问了两次|问了三次|问了好几次' },
  { kind: 'ignore', terms: '夸了好几次|夸了好多次|夸了好几遍|夸好几次' },
  // dragging it out (一直拖) is anger at the shop (mopping, 一直拖地, is not); 懒得说了 gives up on it, a quiet letdown
  { kind: 'ignore', terms: '一直拖地|老是拖地|总是拖地' },
  { labels: { angry: 2 }, why: 'problem', terms: '一直拖|老是拖|总是拖|一拖再拖|拖拖拉拉|拖了这么久|拖着不处理|拖着不给|故意拖' },
  { labels: { disappointed: 2 }, terms: '懒得说了|懒得说|懒得跟你们说|懒得跟你说|懒得理你们|懒得退了|懒得换了|懒得折腾了|不想多说了|不想再说了' },
  // ── look-alikes: consumed so their parts don't fire ─────────────────────────────────────────────
  {
    kind: 'ignore',
    terms:
      '方便的话|方便的时候|如方便|若方便|保持不变|都不变|其他不变|其它不变|其余不变|信息不变|电话不变|号码不变|地址不变|尺码不变|尺寸不变|颜色不变|收件人不变|数量不变|款式不变|型号不变|规格不变|不好意思|唔好意思|不客气|发生|发现|发展|发烧|发布|发言|发誓|贵店|宝贵|贵姓|差别|区别|分别|告别|识别|级别|类别|个别|相差|积累|累计|连累|好久|好了|好吗|好么|好些|好歹|香港|香蕉|香水|香皂|海鲜|不用谢|没关系的|不知不觉|不得不|不管|不论|无论|不但|不仅|不光|不断|不少|不同|不然|不久|不一定|不见不散|差不多|差点|出差|差价|时差|误差|差异|偏差|差距|别人|别的|别家|别处|特别是|非要|非得|未来|未必|无所谓|没想到|没什么|没多久|没过|你好|您好|好的|好吧|好像|好几|好多|好久不见|好不好|好不容易|好好|好处|好友|好奇|好在|好心|好意|只好|最好|正好|刚好|爱好|好评率|美国|美元|美团|美容|美甲|美工|太太|太阳|太空|超市|超过|超出|最后|最近|最终|最新|最多|最少|最早|最晚|操作|操场|体操|节操|依靠|靠近|可靠性|靠背|滚动|滚筒|摇滚|放假|假期|请假|假如|假设|寒假|暑假|快要|快到|凉快|麻烦你|麻烦您|麻烦亲|麻烦了|一般来说|一般情况|一般是|笑话|开玩笑|气温|天气|空气|客气|运气|气候|力气|香气|人气|名气|怒江|哭泣|恐怕|真相|真正|认真|天真|真实|还有|还要|还是要|就是说|但愿|不过来|不过去|了不起|对不起|对不住|抱歉|有没有|无线|无限|无糖|无痕|草莓|草原|草稿|花草|烦请|急诊|应急|还没用|没用过|没有用过|还没用过|没来得及用|不好不坏|不好不差|不咸不淡|一分钱|牛奶|牛肉|牛仔|值班|价值|数值|打滚|滚水|滚烫|滚滚|翻滚|辛苦|麻烦|喜怒|喜怒哀乐|土坑|坑位|慢慢|慢慢来|慢点|慢用',
  },
];
