import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { consoleAdapters, findAdapter } from '@/lib/console/adapters';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import { fixtureConsoles } from '../../fixtures/consoles';

const patterns = consoleMatchPatterns.map((p) => new MatchPattern(p));
const covered = (url: string) => patterns.some((p) => p.includes(url));

describe('console match patterns', () => {
  it('cover every adapter host and path', () => {
    for (const adapter of consoleAdapters) {
      for (const host of adapter.hosts) {
        for (const path of adapter.paths ?? ['/']) {
          const url = `https://${host}${path}${path.endsWith('/') ? '' : '/'}x`;
          expect(covered(url), url).toBe(true);
          expect(findAdapter(url)?.id, url).toBe(adapter.id);
        }
      }
    }
  });

  it('cover every fixture URL (the e2e harness serves them there)', () => {
    for (const f of fixtureConsoles) expect(covered(f.url), f.url).toBe(true);
  });

  it('are no wider than the chats: no wildcard hosts, no other pages of shared back offices', () => {
    expect(consoleMatchPatterns.some((p) => p.includes('://*.'))).toBe(false);
    for (const url of [
      'https://mms.pinduoduo.com/goods/goods_list',
      'https://www.tiktok.com/@someone',
      'https://seller-us.tiktok.com/order/list',
      'https://seller.shopee.com.my/portal/product/list',
      'https://www.xiaohongshu.com/explore',
      'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
      'https://sellercentral.amazon.com/orders-v3/order/112-3456789-1234567',
      'https://sellercentral.amazon.co.uk/payments/dashboard/index.html',
      'https://sellercentral.amazon.com/messagingx/inbox',
      'https://www.amazon.com/gp/css/order-history',
    ]) {
      expect(covered(url), url).toBe(false);
    }
  });

  it('each pattern serves some adapter', () => {
    for (const pattern of consoleMatchPatterns) {
      const sample = pattern.replace('*', 'x');
      expect(findAdapter(sample) ?? consoleAdapters.find((a) => a.hosts.some((h) => sample.includes(`//${h}/`))), pattern).toBeDefined();
    }
  });
});
