import type { EmotionLabel } from '../pack/schema';
import type { GapReport, ReportKind, Urgency } from './schema';

// A readable summary of a report for team chats, in the report's own language. Every summary ends
// with "kbreport/1 · <id>": the id lets the team lead match it to the export, and the fixed word
// "kbreport" can be set as the bot's required keyword (飞书/钉钉 "自定义关键词" security setting).

type Lang = 'zh' | 'en';

const labels = {
  zh: {
    title: '知识库缺口',
    kind: { missing: '缺少答案', wrong: '答案有误', outdated: '答案过时' } satisfies Record<ReportKind, string>,
    console: '工作台',
    question: '买家问题',
    previous: '之前的消息',
    searched: '客服搜索',
    suggestions: '当时的推荐',
    entry: '被报告的条目',
    note: '客服备注',
    sentReply: '最终回复',
    emotion: '情绪',
    urgency: '紧急度',
    packs: '知识包',
    agent: '客服',
    none: '（无）',
    emotions: { angry: '生气', anxious: '着急', disappointed: '失望', confused: '困惑', threatening: '威胁投诉', positive: '满意', neutral: '平静' } satisfies Record<EmotionLabel, string>,
    urgencies: { low: '低', medium: '中', high: '高' } satisfies Record<Urgency, string>,
    sep: '：',
    list: '；',
  },
  en: {
    title: 'Knowledge gap',
    kind: { missing: 'missing answer', wrong: 'wrong answer', outdated: 'outdated answer' } satisfies Record<ReportKind, string>,
    console: 'Console',
    question: 'Buyer question',
    previous: 'Before that',
    searched: 'Agent searched',
    suggestions: 'Suggestions shown',
    entry: 'Reported entry',
    note: 'Agent note',
    sentReply: 'Reply sent',
    emotion: 'Emotion',
    urgency: 'urgency',
    packs: 'Packs',
    agent: 'Agent',
    none: '(none)',
    emotions: { angry: 'angry', anxious: 'anxious', disappointed: 'disappointed', confused: 'confused', threatening: 'threatening', positive: 'positive', neutral: 'neutral' } satisfies Record<EmotionLabel, string>,
    urgencies: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<Urgency, string>,
    sep: ': ',
    list: '; ',
  },
};

export function reportLang(report: Pick<GapReport, 'locale'>): Lang {
  return /^zh/i.test(report.locale) ? 'zh' : 'en';
}

/** One field's text for a chat line: one line, at most `max` characters. */
export function clip(text: string, max = 300): string {
  const one = text.replace(/\r\n|\r|\n/g, ' ↵ ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

export interface Summary {
  /** "知识库缺口 · 缺少答案 · 拼多多" */
  title: string;
  /** Label and value pairs, in display order; values are raw (already masked) text, not escaped. */
  fields: { label: string; value: string }[];
  /** "kbreport/1 · <id>" */
  footer: string;
}

export function summarize(report: GapReport): Summary {
  const L = labels[reportLang(report)];
  const fields: Summary['fields'] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') fields.push({ label, value: clip(value) });
  };
  add(L.question, report.question);
  if (report.previous.length) add(L.previous, report.previous.map((p) => clip(p, 150)).join(' ｜ '));
  add(L.searched, report.searched);
  add(
    L.suggestions,
    report.suggestions.length
      ? report.suggestions
          .slice(0, 3)
          .map((s) => `${clip(s.title, 60)} (${s.score.toFixed(2)})`)
          .join(L.list)
      : L.none,
  );
  add(L.entry, report.entryId);
  add(L.note, report.note);
  add(L.sentReply, report.sentReply);
  add(L.emotion, `${L.emotions[report.emotion.main]} · ${L.urgency} ${L.urgencies[report.emotion.urgency]}`);
  add(L.packs, report.packs.map((p) => `${p.id}@${p.version}`).join(', ') || undefined);
  add(L.agent, [report.agent, report.createdAt].filter(Boolean).join(' · '));
  const title = [L.title, L.kind[report.kind], report.console.name || report.console.id].join(' · ');
  return { title, fields, footer: `${report.format} · ${report.id}` };
}

/** Plain text: title, "label：value" lines, footer. */
export function summaryText(s: Summary, report: GapReport): string {
  const sep = labels[reportLang(report)].sep;
  return [`【${s.title}】`, ...s.fields.map((f) => `${f.label}${sep}${f.value}`), s.footer].join('\n');
}
