// Word lists shared by the name detectors: common surnames (a Chinese name starts with one) and the
// everyday words that sit where a name could ("我是顾客", "I'm Sorry") and must stay readable.

// The most common Chinese surnames (single and compound): general knowledge, not fitted to any data.
// Surnames that are also everyday words after these cues (时, 和, 全, 应, 明, 成…) are left out.
export const surnames = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝'.split(''),
);
export const compoundSurnames = /^(?:欧阳|司马|诸葛|上官|慕容|东方|皇甫|令狐|公孙|夏侯|尉迟|长孙|宇文|司徒|端木|独孤|南宫|西门)/;


/** Whether `name` starts with a common single or compound surname. */
export function startsWithSurname(name: string): boolean {
  return surnames.has(name[0] ?? '') || compoundSurnames.test(name);
}

// 2–3 character words that start with a surname character but describe the buyer, a time or a place
// ("我是顾客", "我是周一下的单", "我是江苏的"): never a name after 我是 or before a phone number.
const notNameZh = new Set(
  '顾客 高手 单身 商家 车主 党员 白领 司机 房东 房主 游客 常客 熟客 万一 于是 方便 马上 谢谢 关注 包邮 华为 江浙沪 江苏 江西 吉林 宁夏 宁波 苏州 温州 金华 武汉 郑州 徐州 柳州 许昌 唐山 桂林 岳阳 龙岩 黄山 邢台 梅州 江门 石家庄 周一 周二 周三 周四 周五 周六 周日 周天 周末 夏天 冬天 秦始皇 程序 董事长 牛人 高中 初中 白痴'.split(' '),
);

/** A 2–3 character run that reads as a Chinese name: a surname first, not an everyday word, no word ending. */
export function isNameZh(run: string): boolean {
  if (run.length < 2 || run.length > 3 || !startsWithSurname(run) || notNameZh.has(run)) return false;
  // Words for kinds of people and places end like this ("江苏人", "程序员", "高中生", "杭州市").
  return !/[人客家户员迷粉者州市省区县生友们的了士姐总]$/.test(run);
}

// Words that follow "I'm", "This is", "Thanks," or "my name is" without being a name, lower-cased.
const notNameEn = new Set(
  `a an the this that these those it its i me my mine we us our you your he him his she her they them their
  here there not no yes so very really just still also only now then too quite pretty sure glad happy sad sorry
  afraid fine good great ok okay alright well back done home out in on at from with for to of by about into over
  under up down off away confused disappointed frustrated upset angry unhappy worried interested able unable new
  old late early ready available unavailable busy free tired bored scared excited annoyed married retired pregnant
  sick ill allergic satisfied dissatisfied surprised shocked amazed impressed pleased delighted grateful thankful
  unsure certain positive curious concerned aware gonna wanna customer buyer member seller client user guest owner
  regular first second same one two bye everyone everybody all again guys team anyway regards advance support help
  sir madam dear hi hello hey thanks thank please mr mrs ms miss dr and or but if because as when while wrong right
  correct incorrect different misspelled spelled listed written shown printed missing above below attached
  following unknown important private urgent serious crazy insane weird strange bad wrong broken late fake nonsense
  silly stupid amazing perfect excellent awesome gross unfair unreal what why how where who which regarding re
  order item product package parcel case ticket still getting going trying looking writing asking calling
  contacting waiting hoping wondering chinese american british english canadian australian german french
  japanese korean indian malaysian singaporean filipino thai vietnamese mexican spanish italian russian amazon
  prime vip new returning loyal frequent really simply truly nearly merely surely likely daily weekly kindly
  properly finally`.split(/\s+/),
);

/** One word that can be part of a Latin-script name: letters, not an everyday word or a word with an adjective's ending. */
export function isNameWordEn(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z'-]{1,}$/.test(word) || notNameEn.has(word.toLowerCase())) return false;
  if (word.length >= 5 && /(?:ing|ful|ous|able|ible|less|ness|ment|ive|ied)$/i.test(word)) return false;
  // Adverbs, but not names like Emily, Kelly or Beverly.
  if (word.length >= 7 && /ly$/i.test(word) && !/erly$/i.test(word)) return false;
  return !(word.length >= 7 && /ed$/i.test(word));
}
