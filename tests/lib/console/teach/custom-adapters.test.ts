import { describe, expect, it } from 'vitest';
import { consoleAdapters, findAdapter } from '@/lib/console/adapters';
import {
  effectiveCustom,
  FEED_EXTRAS_PREFIX,
  LOCAL_ADAPTERS_KEY,
  mergeAdapters,
  originPattern,
  registrationMatches,
  removeLocal,
  storedAdaptersFrom,
  upsertLocal,
  type StoredAdapter,
} from '@/lib/console/custom-adapters';
import type { ConsoleAdapter } from '@/lib/console/types';

const adapter = (id: string, hosts: string[], extra: Partial<ConsoleAdapter> = {}): ConsoleAdapter => ({ id, name: id, hosts, messageRow: ['li'], buyer: ['.b'], input: ['textarea'], ...extra });
const stored = (a: ConsoleAdapter, source: StoredAdapter['source'], savedAt: number): StoredAdapter => ({ adapter: a, source, savedAt });

describe('merging custom adapters with the built-ins', () => {
  it('a custom adapter with a built-in id replaces it', () => {
    const fix = adapter('pinduoduo', ['mms.pinduoduo.com'], { paths: ['/chat-merchant'], buyer: ['.sender-buyer'] });
    const merged = mergeAdapters(consoleAdapters, [stored(fix, 'taught', 1)]);
    expect(merged.filter((a) => a.id === 'pinduoduo')).toEqual([fix]);
    expect(merged).toHaveLength(consoleAdapters.length);
    expect(findAdapter('https://mms.pinduoduo.com/chat-merchant/index.html', merged)).toBe(fix);
  });

  it('a built-in is replaced only by an adapter with its id; another id cannot take over its console', () => {
    const fix = adapter('tiktok', ['seller-us.tiktok.com'], { paths: ['/chat'] });
    const merged = mergeAdapters(consoleAdapters, [stored(fix, 'import', 1)]);
    expect(findAdapter('https://seller-us.tiktok.com/chat/inbox', merged)).toBe(fix);
    // The fix lists only the US host, so the other regions lose the built-in: an override is the whole adapter.
    const hijack = adapter('team-helper', ['mms.pinduoduo.com', 'seller-us.tiktok.com'], { buyer: ['*'] });
    const merged2 = mergeAdapters(consoleAdapters, [stored(hijack, 'feed:https://f/index.json', 2)]);
    expect(findAdapter('https://mms.pinduoduo.com/chat-merchant/index.html', merged2)?.id).toBe('pinduoduo');
    expect(findAdapter('https://seller-us.tiktok.com/chat/inbox', merged2)?.id).toBe('tiktok');
    // It still serves pages no built-in claims.
    expect(findAdapter('https://mms.pinduoduo.com/other-chat', merged2)?.id).toBe('team-helper');
  });

  it('for one id the newest version wins (a re-teach over a feed copy; a later feed fix over an old teach)', () => {
    const fromFeed = stored(adapter('taught-x', ['x.test'], { buyer: ['.feed'] }), 'feed:https://f/index.json', 100);
    const local = stored(adapter('taught-x', ['x.test'], { buyer: ['.local'] }), 'taught', 200);
    expect(effectiveCustom([fromFeed, local])[0]!.adapter.buyer).toEqual(['.local']);
    const laterFeed = { ...fromFeed, savedAt: 300 };
    expect(effectiveCustom([laterFeed, local])[0]!.adapter.buyer).toEqual(['.feed']);
  });

  it('reads local and feed adapters from a storage dump, skipping malformed rows', () => {
    const a = adapter('a', ['a.test']);
    const b = adapter('b', ['b.test']);
    const items = {
      [LOCAL_ADAPTERS_KEY]: [stored(a, 'taught', 1), { adapter: { id: 'broken' }, source: 'taught', savedAt: 1 }, null],
      [`${FEED_EXTRAS_PREFIX}https://f/index.json`]: { url: 'https://f/index.json', adapters: [stored(b, 'feed:https://f/index.json', 2)], rules: [], at: 2 },
      settings: { agentName: 'x' },
    };
    expect(storedAdaptersFrom(items).map((s) => s.adapter.id)).toEqual(['a', 'b']);
  });

  it('upsert and remove by id', () => {
    let list = upsertLocal([], adapter('a', ['a.test']), 'taught', 1);
    list = upsertLocal(list, adapter('a', ['a.test'], { buyer: ['.new'] }), 'taught', 2);
    expect(list).toHaveLength(1);
    expect(list[0]!.adapter.buyer).toEqual(['.new']);
    expect(removeLocal(list, 'a')).toEqual([]);
  });
});

describe('content script registration', () => {
  it('registers on custom hosts (with their paths), never on hosts the manifest already serves', () => {
    const matches = registrationMatches(
      [adapter('taught', ['chat.example-mall.test']), adapter('pinduoduo', ['mms.pinduoduo.com'], { paths: ['/chat-merchant/'] }), adapter('local', ['localhost'], { paths: ['/inbox'] })],
      consoleAdapters,
    );
    expect(matches).toEqual(['http://localhost/inbox*', 'https://chat.example-mall.test/*']);
  });

  it('origin patterns for host access', () => {
    expect(originPattern('https://chat.example-mall.test/seller/inbox?c=1')).toBe('https://chat.example-mall.test/*');
    expect(originPattern('chrome://newtab/')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});
