import type { webhookRequest } from './webhooks';

// Signed team-chat bots. 飞书/Lark "签名校验": HMAC-SHA256 keyed with "timestamp\nsecret" over an
// empty message, base64, sent as `timestamp` (seconds) and `sign` in the JSON body. 钉钉 "加签":
// HMAC-SHA256 keyed with the secret over "timestamp\nsecret", base64, sent as `timestamp`
// (milliseconds) and `sign` in the URL query. Both reject a timestamp more than about an hour off,
// so sign right before sending. WebCrypto only: runs in the extension worker and in Node alike.

type WebhookRequest = ReturnType<typeof webhookRequest>;

async function hmacBase64(key: string, message: string): Promise<string> {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(message)));
  let bin = '';
  for (const b of mac) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Add the bot's signature to a request from webhookRequest. Kinds without signing come back unchanged. */
export async function signWebhookRequest(request: WebhookRequest, secret: string, now: number = Date.now()): Promise<WebhookRequest> {
  if (!secret) return request;
  if (request.kind === 'lark') {
    const timestamp = String(Math.floor(now / 1000));
    const sign = await hmacBase64(`${timestamp}\n${secret}`, '');
    const body = { timestamp, sign, ...(JSON.parse(request.init.body) as object) };
    return { ...request, init: { ...request.init, body: JSON.stringify(body) } };
  }
  if (request.kind === 'dingtalk') {
    const timestamp = String(Math.floor(now));
    const sign = await hmacBase64(secret, `${timestamp}\n${secret}`);
    const url = new URL(request.url);
    url.searchParams.set('timestamp', timestamp);
    url.searchParams.set('sign', sign);
    return { ...request, url: url.toString() };
  }
  return request;
}
