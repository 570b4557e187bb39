import { spans, type Candidate } from './types';

// Chat handles a buyer gives to move off-platform (WeChat, QQ, WhatsApp, LINE…): only after the app's
// name, since a bare handle looks like any other word.
// Chinese cues may touch the handle ("微信abc_123"); Latin ones need a space or colon. A handle must
// hold a digit, _ or - (all-letter words after "skype" are usually just English).
const cued =
  /(?:(?:微信号?|威信|v信|加[vV]|QQ号?|qq号?|企鹅号|旺旺号?|淘宝(?:账号|号|ID)|抖音号|快手号|小红书号)[\s:：]*|(?<![A-Za-z@])(?:vx|wx|wechat(?:\s*id)?|QQ|whatsapp|line\s*id|telegram|skype)(?:\s*[:：]\s*|\s+))(?:是|为|is)?\s*([A-Za-z][-_A-Za-z0-9]{5,19}|\d{5,12})(?![-_A-Za-z0-9])/dgi;

export function detectAccount(text: string): Candidate[] {
  return spans(cued, text, 1)
    .filter(({ match }) => /[\d_-]/.test(match[1] ?? ''))
    .map(({ start, end }) => ({ kind: 'account', start, end, score: 85, detector: 'account' }));
}
