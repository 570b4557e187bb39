// Hand-written buyer messages for the personal-data masker, in Chinese and English. Each case gives the
// exact masked text we expect. `keep` cases are things that look like data but must stay readable for
// the team lead: prices, dates, times, sizes, SKUs, model numbers, percentages, company hotlines.
// Numbers are made up; ID and card numbers are built to pass (or, where noted, fail) their checksums.

import type { PiiKind } from '@/lib/redact';

export interface PiiCase {
  text: string;
  /** The expected output of redact(text). For `keep` cases it equals `text`. */
  masked: string;
  /** The kinds expected in `found`, in order. */
  kinds: PiiKind[];
  names?: string[];
  lang: 'zh' | 'en';
  note?: string;
}

const zh = (text: string, masked: string, kinds: PiiKind[], extra: Partial<PiiCase> = {}): PiiCase => ({ text, masked, kinds, lang: 'zh', ...extra });
const en = (text: string, masked: string, kinds: PiiKind[], extra: Partial<PiiCase> = {}): PiiCase => ({ text, masked, kinds, lang: 'en', ...extra });
const keepZh = (text: string, note?: string): PiiCase => ({ text, masked: text, kinds: [], lang: 'zh', note });
const keepEn = (text: string, note?: string): PiiCase => ({ text, masked: text, kinds: [], lang: 'en', note });

export const maskCases: PiiCase[] = [
  // — phones (mainland mobiles, landlines, international)
  zh('我的手机13812345678，地址浙江省杭州市西湖区文三路90号东部软件园3号楼', '我的手机〔phone〕，地址〔address〕', ['phone', 'address']),
  zh('电话 138 1234 5678 打不通的话打我老公的 139-8765-4321', '电话 〔phone〕 打不通的话打我老公的 〔phone〕', ['phone', 'phone']),
  zh('+86 186 0000 1234 是我的号码，到了打给我', '〔phone〕 是我的号码，到了打给我', ['phone']),
  zh('快递员说联系不上我，我号码是15912345678啊', '快递员说联系不上我，我号码是〔phone〕啊', ['phone']),
  zh('座机0571-88889999，白天有人签收', '座机〔phone〕，白天有人签收', ['phone']),
  zh('公司电话(010)62345678转8021，找前台', '公司电话〔phone〕，找前台', ['phone']),
  zh('手机号１３９１２３４５６７８，全角的也帮我改一下', '手机号〔phone〕，全角的也帮我改一下', ['phone'], { note: 'full-width digits' }),
  zh('收件人显示的是138****5678，是我本人', '收件人显示的是〔phone〕，是我本人', ['phone'], { note: 'console-masked number; not a name' }),
  zh('打这个02584561234也行', '打这个〔phone〕也行', ['phone']),
  zh('电话：8613912345678', '电话：〔phone〕', ['phone']),
  zh('固话 87654321 晚上有人', '固话 〔phone〕 晚上有人', ['phone'], { note: 'local number after a phone word' }),
  // — orders
  zh('订单号：3512345678901234567，还没发货', '订单号：〔order〕，还没发货', ['order']),
  zh('单号 241122-583920174638291 拼多多下的', '单号 〔order〕 拼多多下的', ['order']),
  zh('我的订单 4012888888881881 怎么还没到', '我的订单 〔order〕 怎么还没到', ['order'], { note: 'Luhn-valid, but the order word decides' }),
  zh('订单 3512345678901234567 和 3512345678901234568 都没发货', '订单 〔order〕 和 〔order〕 都没发货', ['order', 'order']),
  zh('京东订单号289374651023，申请售后', '京东订单号〔order〕，申请售后', ['order']),
  zh('3782947165029384756 这个怎么还没发', '〔order〕 这个怎么还没发', ['order'], { note: 'bare long digit run' }),
  zh('退款单号是RF20261122000318，钱还没到', '退款单号是〔order〕，钱还没到', ['order']),
  // — tracking
  zh('顺丰单号SF1428573920184，帮我查下到哪了', '顺丰单号〔tracking〕，帮我查下到哪了', ['tracking']),
  zh('运单号 773012345678901 一直没更新', '运单号 〔tracking〕 一直没更新', ['tracking']),
  zh('快递单号是YT7512345678901，显示签收了但我没收到', '快递单号是〔tracking〕，显示签收了但我没收到', ['tracking']),
  zh('极兔JT5012345678901三天没动了', '极兔〔tracking〕三天没动了', ['tracking']),
  zh('物流单号：JDVA12345678901', '物流单号：〔tracking〕', ['tracking']),
  // — ID cards and passports
  zh('清关要身份证，110105198803151232', '清关要身份证，〔id〕', ['id']),
  zh('实名信息 440305199512240018 姓名填错了', '实名信息 〔id〕 姓名填错了', ['id'], { note: 'valid checksum without a cue' }),
  zh('身份证号码：33010619900101123X', '身份证号码：〔id〕', ['id']),
  zh('身份证 510107197608294520 报关用', '身份证 〔id〕 报关用', ['id'], { note: 'bad checksum, but after the ID word' }),
  zh('身份证 110105880315123 是老的15位', '身份证 〔id〕 是老的15位', ['id']),
  zh('护照号码E12345678，海关要的', '护照号码〔id〕，海关要的', ['id']),
  zh('我的护照是 EA1234567', '我的护照是 〔id〕', ['id']),
  zh('港澳通行证 C12345678 可以吗', '港澳通行证 〔id〕 可以吗', ['id']),
  // — bank cards
  zh('退款打到这张卡 6222 0212 3456 7890 128', '退款打到这张卡 〔card〕', ['card']),
  zh('卡号6228480012345678903，户名写我老婆的', '卡号〔card〕，户名写我老婆的', ['card']),
  zh('银行卡号 6217003901234567800 尾号有点模糊', '银行卡号 〔card〕 尾号有点模糊', ['card'], { note: 'Luhn fails, card word decides' }),
  // — accounts, e-mail
  zh('加我微信 wxid_k29sd8 发你图片', '加我微信 〔account〕 发你图片', ['account']),
  zh('QQ号384756219，在线', 'QQ号〔account〕，在线', ['account']),
  zh('我的淘宝账号是 happy_cat_2020，查一下', '我的淘宝账号是 〔account〕，查一下', ['account']),
  zh('发票发到邮箱 zhangwei1988@163.com 谢谢', '发票发到邮箱 〔email〕 谢谢', ['email']),
  zh('我的paypal是 amy_wong@outlook.com', '我的paypal是 〔email〕', ['email']),
  zh('邮箱１２３４５６＠ｑｑ．ｃｏｍ', '邮箱〔email〕', ['email'], { note: 'full-width e-mail' }),
  // — Chinese addresses
  zh('发到上海市浦东新区张江路88弄12号601室', '发到〔address〕', ['address']),
  zh('北京市朝阳区建国路88号SOHO现代城2号楼1单元1502', '〔address〕', ['address']),
  zh('收货地址：广东省深圳市南山区科技园南区深南大道10000号腾讯大厦', '收货地址：〔address〕', ['address']),
  zh('四川省成都市武侯区人民南路四段1号，麻烦尽快', '〔address〕，麻烦尽快', ['address']),
  zh('我住江苏南京鼓楼区中山北路200号', '我住〔address〕', ['address']),
  zh('湖南省邵阳市隆回县桃洪镇东方村5组', '〔address〕', ['address']),
  zh('寄到香港九龙旺角弥敦道688号', '寄到〔address〕', ['address']),
  zh('杭州市余杭区五常街道文一西路969号', '〔address〕', ['address']),
  zh('送到阳光花园小区7栋2单元302，放门口就行', '送到〔address〕，放门口就行', ['address']),
  zh('地址改成 浙江省 宁波市 鄞州区 天童南路 588 号', '地址改成 〔address〕', ['address'], { note: 'spaces between parts' }),
  zh('我家北京市海淀区中关村大街27号', '我家〔address〕', ['address'], { note: 'starts at the province, not at 家' }),
  zh('亲 我换地址了 福建省厦门市思明区莲前西路2号莲富大厦17楼', '亲 我换地址了 〔address〕', ['address']),
  zh('寄到 武汉市洪山区珞喻路1037号华中科技大学东校区', '寄到 〔address〕', ['address']),
  zh('我的地址是：广州市番禺区市桥街道大北路123号之一', '我的地址是：〔address〕', ['address']),
  zh('深圳宝安区西乡街道固戍二路28号A栋1203', '〔address〕', ['address']),
  zh('成都高新区天府大道中段1388号美年广场A座，前台代收', '〔address〕，前台代收', ['address']),
  zh('邮编310012，收件人林小雨', '邮编〔address〕，收件人〔name〕', ['address', 'name']),
  // — names
  zh('姓名：李娜 电话13600001111', '姓名：〔name〕 电话〔phone〕', ['name', 'phone']),
  zh('收货人王先生 18912345678', '收货人〔name〕先生 〔phone〕', ['name', 'phone']),
  zh('联系人张伟，下午在家', '联系人〔name〕，下午在家', ['name']),
  zh('收件人是欧阳娜娜，别写错了', '收件人是〔name〕，别写错了', ['name']),
  zh('收件人：陈小姐 手机：186-0571-2345', '收件人：〔name〕小姐 手机：〔phone〕', ['name', 'phone']),
  zh('收货人：Lily Chen，电话发你了', '收货人：〔name〕，电话发你了', ['name']),
  zh('联系方式: 13800138000 / liuyang@126.com', '联系方式: 〔phone〕 / 〔email〕', ['phone', 'email']),
  zh('支付宝账号 zhang.san@alipay.com 退这里', '支付宝账号 〔email〕 退这里', ['email']),
  zh('我叫小明，上周买的耳机坏了', '我叫〔name〕，上周买的耳机坏了', ['name']),
  zh('我是小猪佩奇，上次买的那个杯子漏水', '我是〔name〕，上次买的那个杯子漏水', ['name'], { names: ['小猪佩奇'] }),
  zh('tb_8823917 的订单能改地址吗', '〔name〕 的订单能改地址吗', ['name'], { names: ['tb_8823917'] }),
  zh('S*******n: 在吗？', '〔name〕: 在吗？', ['name'], { names: ['S*******n'], note: 'console-masked nickname' }),
  zh('你好，我是月亮姐姐，收件人写月亮姐姐就行', '你好，我是〔name〕，收件人写〔name〕就行', ['name', 'name'], { names: ['月亮姐姐'] }),

  // — English
  en('Order #112-3456789-1234567 never arrived, call me at +1 415 555 0132', 'Order #〔order〕 never arrived, call me at 〔phone〕', ['order', 'phone']),
  en('My number is (415) 555-0132, text me when it ships', 'My number is 〔phone〕, text me when it ships', ['phone']),
  en('you can reach me on +44 7700 900123 anytime', 'you can reach me on 〔phone〕 anytime', ['phone']),
  en('Call 07700 900123 after 6pm', 'Call 〔phone〕 after 6pm', ['phone']),
  en('whatsapp +852 9123 4567', 'whatsapp 〔phone〕', ['phone']),
  en('or 415.555.0199 is my work line', 'or 〔phone〕 is my work line', ['phone']),
  en('email me at jane.doe+shop@example.co.uk', 'email me at 〔email〕', ['email']),
  en('my email: jane dot doe at gmail dot com', 'my email: 〔email〕', ['email']),
  en('Ship to 742 Evergreen Terrace, Springfield, IL 62704 please', 'Ship to 〔address〕 please', ['address']),
  en('My address is 1600 Amphitheatre Parkway, Mountain View, CA 94043', 'My address is 〔address〕', ['address']),
  en('Apt 4B, 350 Fifth Avenue, New York, NY 10118', '〔address〕', ['address']),
  en('Flat 3, 12 Baker Street, London NW1 6XE', '〔address〕', ['address']),
  en('send it to 55 oak st instead', 'send it to 〔address〕 instead', ['address'], { note: 'lower-case street' }),
  en('PO Box 1234, Anchorage', '〔address〕, Anchorage', ['address']),
  en('what is the delivery time to ZIP code 94107?', 'what is the delivery time to ZIP code 〔address〕?', ['address']),
  en('My name is Emily Clarke and I ordered two lamps', 'My name is 〔name〕 and I ordered two lamps', ['name']),
  en('Name: John Smith', 'Name: 〔name〕', ['name']),
  en('kitty_lee here, where is my parcel?', '〔name〕 here, where is my parcel?', ['name'], { names: ['kitty_lee'] }),
  en('tracking number 1Z999AA10123456784 shows delivered but nothing here', 'tracking number 〔tracking〕 shows delivered but nothing here', ['tracking']),
  en('USPS says 9400111899223344556677 is in transit', 'USPS says 〔tracking〕 is in transit', ['tracking']),
  en('The parcel EA123456789CN is stuck in customs', 'The parcel 〔tracking〕 is stuck in customs', ['tracking']),
  en('Amazon shows TBA123456789012 out for delivery', 'Amazon shows 〔tracking〕 out for delivery', ['tracking']),
  en('I paid with 4111 1111 1111 1111 and was charged twice', 'I paid with 〔card〕 and was charged twice', ['card']),
  en('passport no. is K88234170 for customs', 'passport no. is 〔id〕 for customs', ['id']),
  en('New address: 500 W 2nd St, Austin, TX 78701', 'New address: 〔address〕', ['address']),
  en('Address: 10 Downing St, London SW1A 2AA', 'Address: 〔address〕', ['address']),
  en('tel: +61 2 9374 4000', 'tel: 〔phone〕', ['phone']),
  en('ring me on 020 7946 0018 or mobile +44 7911 123456', 'ring me on 〔phone〕 or mobile 〔phone〕', ['phone', 'phone']),
  en('Refund to IBAN GB82 WEST 1234 5698 7654 32 please', 'Refund to IBAN 〔card〕 please', ['card']),
  en('My card is 5500-0000-0000-0004, charged twice', 'My card is 〔card〕, charged twice', ['card']),
  en('order number: 7024-5581-3390 status?', 'order number: 〔order〕 status?', ['order']),
  en('Hi, Sarah Lin here (S*****n), phone 020 7946 0958', 'Hi, Sarah Lin here (〔name〕), phone 〔phone〕', ['name', 'phone'], { names: ['S*****n'] }),
];

export const keepCases: PiiCase[] = [
  keepZh('这件衣服¥199包邮吗'),
  keepZh('299元两件可以吗，再便宜点'),
  keepZh('一共￥13800，能开发票吗'),
  keepZh('价格是1299元，活动价999'),
  keepZh('11月22日之前能到吗'),
  keepZh('2026-11-22 下单的，什么时候发货'),
  keepZh('下午3点半或者14:30之前能发吗'),
  keepZh('我要买3件，XL码'),
  keepZh('身高170体重65斤穿什么码，170/92A 有货吗'),
  keepZh('iPhone 15 Pro 256GB 还有现货吗'),
  keepZh('型号A2894的充电器兼容吗'),
  keepZh('满300减50，再打九折，相当于优惠30%吗'),
  keepZh('发到杭州市西湖区要几天', 'a region is not a person'),
  keepZh('新疆和西藏包邮吗'),
  keepZh('能寄到广州市天河区体育西路吗', 'a street with no door number is public geography'),
  keepZh('你们客服电话400-820-8820打不通', 'company hotline'),
  keepZh('尺码42号的有吗'),
  keepZh('货号202311220001还有吗', 'product code cue'),
  keepZh('条码6901234567892是正品吗', 'barcode'),
  keepZh('收件人写错了，能改吗', 'name cue without a name'),
  keepZh('我在万达广场买的，能退吗'),
  keepZh('订单已经付款了，怎么还没发货'),
  keepZh('快递到哪了，三天了还没动'),
  keepZh('我的微信支付失败了'),
  keepZh('包装尺寸30x20x15cm，重2.5kg'),
  keepZh('第1次购买，买了2盒，每盒12片'),
  keepZh('下单时间20261122153045，帮我看看', 'a timestamp'),
  keepZh('上海哪个仓发货？11月22号能到吗'),
  keepZh('昨天在超市看到你们的新品上市了'),
  keepZh('我知道了，谢谢，辛苦了'),
  keepZh('双11买的，现在还能退吗'),
  keepZh('尺码表上写的是M码胸围96cm'),
  keepZh('这个是304不锈钢的吗'),
  keepZh('充电5分钟通话2小时是真的吗'),
  keepZh('iPhone15ProMax 1TB 多少钱'),
  keepZh('地址写错了怎么改'),
  keepZh('我在北京，能发顺丰吗'),
  keepZh('1号线地铁站附近有自提点吗'),
  keepZh('我的订单尾号5678，是不是发错了', 'four digits identify nothing'),
  keepEn('$19.99 plus shipping?'),
  keepEn('Order total was $1,234.56 but I was charged $1,334.56'),
  keepEn('I need it by 12/25, is that possible?'),
  keepEn('Is version 2.0.1 of the firmware out?'),
  keepEn('Call me tomorrow please'),
  keepEn('The 20% off code did not work'),
  keepEn('Do you ship to Canada?'),
  keepEn('2 items on the way, 1 arrived'),
  keepEn('Is the 65W charger compatible with the M2 MacBook Air 13-inch?'),
  keepEn('It was $1,299.00, I want a refund of $649.50'),
  keepEn('Delivered on 11/22/2026 at 3:45 PM'),
  keepEn('Can I get size 10.5 in the Air Max 90?'),
  keepEn('Model MQ8N3LL/A, is it the US version?'),
  keepEn('Use code SAVE20 at checkout'),
  keepEn('The tracking page says 3 days'),
  keepEn('my order is late and I am upset'),
  keepEn('#1 best seller, really?'),
  keepEn('I bought 12 pieces on 2026-11-22 for 1200 dollars'),
  keepEn('My name is not important, just fix it'),
];

export const corpus: PiiCase[] = [...maskCases, ...keepCases];
