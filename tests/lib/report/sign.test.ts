import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookRequest, webhookRequest } from '@/lib/report';
import { sampleReport } from './fixtures';

const now = Date.UTC(2026, 10, 22, 6, 30, 0, 123);
const secret = 'SEC0123456789abcdef';

describe('signWebhookRequest', () => {
  it('signs 飞书 bodies: HMAC keyed with "timestamp\\nsecret" over nothing, seconds', async () => {
    const req = webhookRequest('https://open.feishu.cn/open-apis/bot/v2/hook/abc', sampleReport());
    const signed = await signWebhookRequest(req, secret, now);
    const body = JSON.parse(signed.init.body);
    const ts = String(Math.floor(now / 1000));
    expect(body.timestamp).toBe(ts);
    expect(body.sign).toBe(createHmac('sha256', `${ts}\n${secret}`).update('').digest('base64'));
    expect(body.msg_type).toBe('text');
    expect(signed.url).toBe(req.url);
  });

  it('signs 钉钉 URLs: HMAC keyed with the secret over "timestamp\\nsecret", milliseconds, URL-encoded', async () => {
    const req = webhookRequest('https://oapi.dingtalk.com/robot/send?access_token=tok', sampleReport());
    const signed = await signWebhookRequest(req, secret, now);
    const url = new URL(signed.url);
    expect(url.searchParams.get('access_token')).toBe('tok');
    expect(url.searchParams.get('timestamp')).toBe(String(now));
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64'));
    expect(signed.init.body).toBe(req.init.body);
  });

  it('leaves other kinds, and an empty secret, alone', async () => {
    for (const url of ['https://hooks.slack.com/services/T/B/X', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', 'https://kb.example.com/r']) {
      const req = webhookRequest(url, sampleReport());
      expect(await signWebhookRequest(req, secret, now)).toEqual(req);
    }
    const lark = webhookRequest('https://open.feishu.cn/open-apis/bot/v2/hook/abc', sampleReport());
    expect(await signWebhookRequest(lark, '', now)).toBe(lark);
  });
});
