import { describe, expect, it } from 'vitest';
import { checkFeedUrl, checkRedirect } from '@/lib/feed/url';

describe('checkFeedUrl', () => {
  it('accepts https anywhere and trims', () => {
    expect(checkFeedUrl('  https://cdn.example.com/kb/index.json \n')).toEqual({ ok: true, url: 'https://cdn.example.com/kb/index.json' });
    expect(checkFeedUrl('HTTPS://Intranet.Local:8443/feed/')).toEqual({ ok: true, url: 'https://intranet.local:8443/feed/' });
  });

  it('accepts plain http only for this machine', () => {
    for (const u of ['http://localhost:8787/index.json', 'http://127.0.0.1/index.json', 'http://[::1]:9000/index.json', 'http://LOCALHOST/x']) {
      expect(checkFeedUrl(u).ok, u).toBe(true);
    }
    for (const u of ['http://cdn.example.com/index.json', 'http://192.168.1.10/index.json', 'http://127.0.0.2/index.json', 'http://localhost.evil.com/x']) {
      const r = checkFeedUrl(u);
      expect(r.ok, u).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^Plain HTTP is only allowed for localhost/);
    }
  });

  it('rejects other schemes, non-addresses, empty input and embedded credentials with a human sentence', () => {
    expect(checkFeedUrl('ftp://x.example/index.json')).toEqual({ ok: false, error: 'Only https:// addresses are supported (this one starts with ftp:).' });
    expect(checkFeedUrl('file:///etc/passwd').ok).toBe(false);
    expect(checkFeedUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkFeedUrl('cdn.example.com/index.json')).toEqual({ ok: false, error: '"cdn.example.com/index.json" is not a web address — it should start with https://.' });
    expect(checkFeedUrl('   ')).toEqual({ ok: false, error: 'Enter the feed address (it starts with https://).' });
    expect(checkFeedUrl('https://user:pw@cdn.example.com/index.json').ok).toBe(false);
  });
});

describe('checkRedirect', () => {
  it('allows staying on https and moving to another https host', () => {
    expect(checkRedirect('https://a.example/index.json', 'https://b.example/kb/index.json')).toEqual({ ok: true, url: 'https://b.example/kb/index.json' });
    expect(checkRedirect('https://a.example/index.json', 'https://a.example/index.json').ok).toBe(true);
  });

  it('rejects a redirect to plain HTTP, naming both addresses', () => {
    const r = checkRedirect('https://a.example/index.json', 'http://a.example/index.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('The server redirected https://a.example/index.json to http://a.example/index.json, which is not allowed. Plain HTTP is only allowed for localhost; use https:// for a.example.');
  });

  it('rejects an https → http downgrade even on localhost, but allows http localhost → http localhost', () => {
    expect(checkRedirect('https://localhost/index.json', 'http://localhost/index.json').ok).toBe(false);
    expect(checkRedirect('http://localhost:1/index.json', 'http://127.0.0.1:1/index.json').ok).toBe(true);
  });
});
