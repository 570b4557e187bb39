import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { getDB } from '@/lib/db/database';
import { sendMessage } from '@/lib/ext/messaging';

// WXT-style entrypoint test: run the worker's main() against fakeBrowser and fire real events.
describe('background worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports the bundled packs on install, so the panel works offline from the start', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const db = getDB();
    // The install handler runs in the background; the ensure message waits for the same import.
    const res = await sendMessage('packs/ensure-bundled', {});
    expect(Array.isArray(res.imported)).toBe(true);
    const packs = await db.packs.toArray();
    expect(packs.map((p) => p.id).sort()).toEqual(['default-en', 'default-zh']);
    expect(await db.entries.count()).toBeGreaterThanOrEqual(130);
    const index = await db.searchIndex.get('active');
    expect(index?.packs.map((p) => p.id).sort()).toEqual(['default-en', 'default-zh']);
    // A second start imports nothing new.
    expect((await sendMessage('packs/ensure-bundled', {})).imported).toEqual([]);
  });
});
