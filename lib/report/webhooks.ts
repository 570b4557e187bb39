import type { GapReport } from './schema';
import { summarize, summaryText, type Summary } from './summary';

// Where reports go: the feed's reportUrl (our JSON, see README.md) or a team chat's incoming-webhook
// bot, recognised by host and path, each in its own message format. Reports reaching here are
// already masked (buildReport / maskReport); this file only formats.

export type WebhookKind = 'lark' | 'dingtalk' | 'wecom' | 'slack' | 'json';

export function detectWebhookKind(url: string): WebhookKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'json';
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if ((host === 'open.feishu.cn' || host === 'open.larksuite.com') && path.startsWith('/open-apis/bot/')) return 'lark';
  if (host === 'oapi.dingtalk.com' && path.startsWith('/robot/send')) return 'dingtalk';
  if (host === 'qyapi.weixin.qq.com' && path.startsWith('/cgi-bin/webhook/send')) return 'wecom';
  if (host === 'hooks.slack.com') return 'slack';
  return 'json';
}

// Buyer text must not become markup in the team chat: no @all mentions (<at user_id="all">, <!channel>,
// <@userid>), no links or HTML tags. Brackets become their full-width twins, which read the same.
const neutral = (s: string) => s.replace(/</g, '＜').replace(/>/g, '＞').replace(/\[/g, '［').replace(/\]/g, '］');
// Slack's own escaping (it decodes these three entities and nothing else).
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cut a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(s: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  let out = '';
  let bytes = 0;
  const tail = '…';
  for (const ch of s) {
    const n = enc.encode(ch).length;
    if (bytes + n + 3 > max) break;
    out += ch;
    bytes += n;
  }
  return out + tail;
}

function markdownLines(s: Summary): string[] {
  return s.fields.map((f) => `**${f.label}**：${neutral(f.value)}`);
}

/** Slack mrkdwn cut to `max` characters without leaving half an entity (&am…). */
function slackClip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/&[a-z]*$/, '')}…`;
}

// Platform limits: 企业微信 markdown content ≤ 4096 bytes; 飞书 request body ≤ 20 KB; 钉钉 about 20 KB;
// Slack section text ≤ 3000 characters, header ≤ 150. We stay under each with room to spare.
export function webhookPayload(kind: WebhookKind, report: GapReport): unknown {
  if (kind === 'json') return report;
  const s = summarize(report);
  switch (kind) {
    case 'lark':
      return { msg_type: 'text', content: { text: truncateBytes(neutral(summaryText(s, report)), 16_000) } };
    case 'dingtalk': {
      // 钉钉 markdown needs a blank line between lines to break them.
      const text = [`#### ${neutral(s.title)}`, ...markdownLines(s), `\`${s.footer}\``].join('\n\n');
      return { msgtype: 'markdown', markdown: { title: neutral(s.title), text: truncateBytes(text, 16_000) } };
    }
    case 'wecom': {
      const content = [`**${neutral(s.title)}**`, ...markdownLines(s), `<font color="comment">${s.footer}</font>`].join('\n');
      return { msgtype: 'markdown', markdown: { content: truncateBytes(content, 4000) } };
    }
    case 'slack': {
      const body = s.fields.map((f) => `*${slackEscape(f.label)}*: ${slackEscape(f.value)}`).join('\n');
      return {
        text: slackClip(slackEscape(`${s.title}: ${s.fields[0]?.value ?? ''}`), 2900),
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: s.title.slice(0, 150) } },
          { type: 'section', text: { type: 'mrkdwn', text: slackClip(body, 2900) } },
          { type: 'context', elements: [{ type: 'mrkdwn', text: s.footer }] },
        ],
      };
    }
  }
}

/** Everything needed to POST a report: pass to fetch(request.url, request.init). */
export function webhookRequest(url: string, report: GapReport): { kind: WebhookKind; url: string; init: { method: 'POST'; headers: Record<string, string>; body: string } } {
  const kind = detectWebhookKind(url);
  return {
    kind,
    url,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...(kind === 'json' ? { 'Idempotency-Key': report.id } : {}) },
      body: JSON.stringify(webhookPayload(kind, report)),
    },
  };
}
