import { spans, type Candidate } from './types';

// Chat handles a buyer gives to move off-platform (WeChat, QQ, WhatsApp, LINE…): only after the app's
// name, since a bare handle looks like any other word.
const cued =
  /(?<![A-Za-z])(?:微信号?|威信|v信|加[vV]|vx|wx|wechat(?:\s*id)?|QQ号?|企鹅号|旺旺号?|淘宝(?:账号|号|ID)|抖音号|快手号|小红书号|whatsapp|line\s*id|telegram|skype)[\s:：]*(?:是|为|is)?\s*([A-Za-z][-_A-Za-z0-9]{5,19}|\d{5,12})(?![-_A-Za-z0-9])/dgi;

export function detectAccount(text: string): Candidate[] {
  return spans(cued, text, 1).map(({ start, end }) => ({ kind: 'account', start, end, score: 85, detector: 'account' }));
}
