import { describe, expect, it } from 'vitest';
import { detectWebhookKind, truncateBytes, webhookPayload, webhookRequest } from '@/lib/report';
import { sampleReport } from './fixtures';

describe('detectWebhookKind', () => {
  it.each([
    ['https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab', 'lark'],
    ['https://open.larksuite.com/open-apis/bot/v2/hook/0f1e2d3c', 'lark'],
    ['https://oapi.dingtalk.com/robot/send?access_token=abc123', 'dingtalk'],
    ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx', 'wecom'],
    ['https://hooks.slack.com/services/T000/B000/XXXX', 'slack'],
    ['https://kb.example.com/api/reports', 'json'],
    // Same host, not the bot endpoint: an ordinary JSON receiver.
    ['https://open.feishu.cn/open-apis/im/v1/messages', 'json'],
    ['https://evil.example.com/hooks.slack.com/services/x', 'json'],
    ['not a url', 'json'],
    ['', 'json'],
  ] as const)('%s → %s', (url, kind) => {
    expect(detectWebhookKind(url)).toBe(kind);
  });
});

describe('webhookPayload', () => {
  const zh = sampleReport();
  const en = sampleReport({
    locale: 'en-US',
    question: 'Do you ship to 〔address〕? <!channel> <at user_id="all">x</at> [click](http://x.example)',
    previous: [],
    note: 'No answer about P.O. boxes & lockers',
    searched: undefined,
    sentReply: undefined,
    kind: 'outdated',
    entryId: 'ship-fee',
    emotion: { main: 'angry', urgency: 'high' },
    console: { id: 'shopify-inbox', name: 'Shopify Inbox' },
  });

  it('json: the report itself', () => {
    expect(webhookPayload('json', zh)).toBe(zh);
  });

  it('lark: a text message in the report language with the id', () => {
    const p = webhookPayload('lark', zh) as { msg_type: string; content: { text: string } };
    expect(Object.keys(p).sort()).toEqual(['content', 'msg_type']);
    expect(p.msg_type).toBe('text');
    const t = p.content.text;
    expect(t).toContain('【知识库缺口 · 缺少答案 · 拼多多】');
    expect(t).toContain('买家问题：你们支持寄到〔address〕吗，运费多少？');
    expect(t).toContain('之前的消息：在吗 ｜ 我想问下偏远地区');
    expect(t).toContain('当时的推荐：偏远地区发货说明 (0.41)；运费怎么算 (0.22)');
    expect(t).toContain('情绪：困惑 · 紧急度 中');
    expect(t).toContain('知识包：shop-basics@1.4.0');
    expect(t).toContain(`kbreport/1 · ${zh.id}`);
  });

  it('lark: buyer text cannot @all or inject tags', () => {
    const t = (webhookPayload('lark', en) as { content: { text: string } }).content.text;
    expect(t).toContain('Knowledge gap · outdated answer · Shopify Inbox');
    expect(t).toContain('Reported entry: ship-fee');
    expect(t).toContain('Emotion: angry · urgency high');
    expect(t).not.toMatch(/<at|<!channel>/);
    expect(t).toContain('＜at user_id="all"＞');
  });

  it('dingtalk: markdown with title and text', () => {
    const p = webhookPayload('dingtalk', zh) as { msgtype: string; markdown: { title: string; text: string } };
    expect(p.msgtype).toBe('markdown');
    expect(p.markdown.title).toBe('知识库缺口 · 缺少答案 · 拼多多');
    expect(p.markdown.text.startsWith('#### 知识库缺口')).toBe(true);
    expect(p.markdown.text).toContain('**买家问题**：你们支持寄到〔address〕吗，运费多少？\n\n');
    expect(p.markdown.text).toContain(zh.id);
  });

  it('dingtalk/wecom: buyer text cannot add links or tags', () => {
    for (const kind of ['dingtalk', 'wecom'] as const) {
      const s = JSON.stringify(webhookPayload(kind, en));
      expect(s).not.toContain('[click](');
      expect(s).not.toContain('<!channel>');
      expect(s).toContain('［click］(http://x.example)');
    }
  });

  it('wecom: markdown content under 4096 bytes even for huge reports', () => {
    const p = webhookPayload('wecom', zh) as { msgtype: string; markdown: { content: string } };
    expect(p.msgtype).toBe('markdown');
    expect(Object.keys(p.markdown)).toEqual(['content']);
    expect(p.markdown.content).toContain('**客服备注**：新疆西藏的运费表里没有');
    expect(p.markdown.content).toContain(zh.id);
    const huge = sampleReport({ note: '很长的备注'.repeat(400), question: '问'.repeat(2000), sentReply: '答'.repeat(2000), previous: ['前'.repeat(2000), '后'.repeat(2000)] });
    const big = webhookPayload('wecom', huge) as { markdown: { content: string } };
    expect(new TextEncoder().encode(big.markdown.content).length).toBeLessThanOrEqual(4096);
  });

  it('slack: text fallback plus header, section and context blocks, escaped', () => {
    const p = webhookPayload('slack', en) as {
      text: string;
      blocks: [{ type: 'header'; text: { type: string; text: string } }, { type: 'section'; text: { type: string; text: string } }, { type: 'context'; elements: { type: string; text: string }[] }];
    };
    expect(p.text.startsWith('Knowledge gap · outdated answer · Shopify Inbox: Do you ship to 〔address〕?')).toBe(true);
    expect(p.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(p.blocks[0].text).toEqual({ type: 'plain_text', text: 'Knowledge gap · outdated answer · Shopify Inbox' });
    expect(p.blocks[1].text.type).toBe('mrkdwn');
    expect(p.blocks[1].text.text).toContain('*Agent note*: No answer about P.O. boxes &amp; lockers');
    expect(p.blocks[1].text.text).toContain('&lt;!channel&gt;');
    expect(p.blocks[1].text.text.length).toBeLessThanOrEqual(3000);
    expect(p.blocks[2].elements[0]?.text).toBe(`kbreport/1 · ${en.id}`);
  });

  it('webhookRequest: a JSON POST, with an Idempotency-Key for the report URL', () => {
    const json = webhookRequest('https://kb.example.com/api/reports', zh);
    expect(json.kind).toBe('json');
    expect(json.init.method).toBe('POST');
    expect(json.init.headers['Idempotency-Key']).toBe(zh.id);
    expect(JSON.parse(json.init.body)).toEqual(zh);
    const lark = webhookRequest('https://open.feishu.cn/open-apis/bot/v2/hook/x', zh);
    expect(JSON.parse(lark.init.body).msg_type).toBe('text');
  });
});

describe('truncateBytes', () => {
  it('cuts on a character boundary and marks the cut', () => {
    expect(truncateBytes('abc', 10)).toBe('abc');
    const cut = truncateBytes('缺口'.repeat(10), 20);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
  });
});
