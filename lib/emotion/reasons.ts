import type { WhyCode } from './lexicon/types';
import type { Lang } from './types';

// Short human texts shown to the agent, in the buyer's language (the agent reads the buyer's language).

export type ReasonCode =
  | 'threat'
  | 'safety'
  | 'strongAnger'
  | 'stuck'
  | 'overdue'
  | 'deadline'
  | 'escalating'
  | 'chasing'
  | 'afterSales'
  | 'usage'
  | 'upset'
  | 'confused'
  | 'tracking'
  | 'preSale'
  | 'resolved'
  | 'noProblem';

const reasonText: Record<ReasonCode, Record<Lang, string>> = {
  threat: { zh: '提到投诉、差评、举报或拒付', en: 'mentions a complaint, bad review, authorities or chargeback' },
  safety: { zh: '安全或健康风险（冒烟、漏电、过敏、吃出问题）', en: 'safety or health risk (smoke, shock, swelling, illness)' },
  strongAnger: { zh: '情绪非常激动', en: 'strong anger' },
  stuck: { zh: '订单超时或物流停滞', en: 'order overdue or shipment stuck' },
  overdue: { zh: '退款或售后等了很久', en: 'refund or after-sales request waiting for days' },
  deadline: { zh: '很着急：催促或有时间要求', en: 'urgent: chasing or a deadline' },
  escalating: { zh: '最近几条消息越来越激动', en: 'getting angrier over the last messages' },
  chasing: { zh: '连续多次催促', en: 'has chased several times' },
  afterSales: { zh: '售后问题（退换、维修、质量）', en: 'after-sales problem (return, refund, repair, quality)' },
  usage: { zh: '使用问题', en: 'problem using the product' },
  upset: { zh: '有不满或担心', en: 'upset or worried' },
  confused: { zh: '有疑惑，需要解释', en: 'confused, needs an explanation' },
  tracking: { zh: '查询订单或物流进度', en: 'asks where an order is' },
  preSale: { zh: '售前咨询', en: 'pre-sale question' },
  resolved: { zh: '买家说问题已解决', en: 'the buyer says it is sorted' },
  noProblem: { zh: '没有问题迹象', en: 'no sign of a problem' },
};

export function reason(code: ReasonCode, lang: Lang): string {
  return reasonText[code][lang];
}

const whyText: Record<WhyCode, Record<Lang, string>> = {
  word: { zh: '用词', en: 'wording' },
  negated: { zh: '否定', en: 'negated' },
  intensified: { zh: '加强语气', en: 'intensified' },
  softened: { zh: '语气较轻', en: 'softened' },
  profanity: { zh: '粗口', en: 'profanity' },
  emoji: { zh: '表情', en: 'emoji' },
  emoticon: { zh: '表情符号', en: 'emoticon' },
  exclaim: { zh: '连续感叹号', en: 'repeated exclamation marks' },
  question: { zh: '连续问号', en: 'repeated question marks' },
  caps: { zh: '全大写（喊叫）', en: 'shouting in capitals' },
  sarcasm: { zh: '反话', en: 'sarcasm' },
  time: { zh: '催促或时间压力', en: 'time pressure' },
  threat: { zh: '威胁', en: 'threat' },
  waited: { zh: '等待时间长', en: 'long wait' },
  problem: { zh: '问题描述', en: 'problem reported' },
  earlier: { zh: '之前的消息', en: 'earlier message' },
  nudge: { zh: '追问回复', en: 'chasing a reply' },
};

export function why(code: WhyCode, lang: Lang): string {
  return whyText[code][lang];
}
