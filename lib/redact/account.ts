import { spans, type Candidate } from './types';

// Chat and payment handles a buyer gives to move off-platform (WeChat, QQ, Alipay, WhatsApp, LINE,
// Telegram…): only after the app's name, since a bare handle looks like any other word.
// Chinese cues may touch the handle ("微信abc_123", "我的微信号码是wxid_…") and any handle counts after
// them ("微信：zhangsan": an English word there is a handle). Latin cues need a space or colon, and the
// handle must hold a digit, _ or - (all-letter words after "skype" are usually just English).
const handle = '(@?[A-Za-z][-_A-Za-z0-9]{5,19}|\\d{5,12})(?![-_A-Za-z0-9])';
const zhCued = new RegExp(
  `(?:微信(?:号码?|账号|ID)?|威信|v信|加[vV]|(?:QQ|扣扣)(?:号码?|账号)?|企鹅号|旺旺号?|淘宝(?:账号|号|ID)|抖音号|快手号|小红书号|支付宝(?:账号|账户|号)?)[\\s:：]*(?:是|为)?[\\s:：]*${handle}`,
  'dgi',
);
const enCued = new RegExp(
  `(?<![A-Za-z@])(?:vx|wx|wechat(?:\\s*id)?|QQ|whatsapp|line\\s*id|telegram|tg|skype|alipay)(?:\\s*[:：]\\s*|\\s+)(?:is\\s+)?${handle}`,
  'dgi',
);

export function detectAccount(text: string): Candidate[] {
  return [...spans(zhCued, text, 1), ...spans(enCued, text, 1).filter(({ match }) => /[\d_-]/.test(match[1] ?? ''))].map(({ start, end }) => ({
    kind: 'account',
    start,
    end,
    score: 85,
    detector: 'account',
  }));
}
