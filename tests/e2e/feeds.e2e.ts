import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type FeedServer } from '@/lib/cli/serve-server';
import { launch, type Session } from './harness';

// An agent subscribes to a team feed in the options page, syncs, and the new entries are suggested in the
// panel; a broken update keeps the old answers and says why. The feed is served by `kbpack serve`'s server
// on 127.0.0.1 (CORS enabled, so no extra permission is needed).

const fixtures = join(__dirname, '../fixtures/packs');
const v1 = readFileSync(join(fixtures, 'shop-v1.json'));
const v2 = readFileSync(join(fixtures, 'shop-v2.json'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let session: Session;
let server: FeedServer;
let dir: string;

function publish(pack: Buffer, file: string, overrides: Record<string, unknown> = {}) {
  writeFileSync(join(dir, file), pack);
  const meta = JSON.parse(pack.toString()) as { id: string; version: string };
  const listing = { id: meta.id, version: meta.version, url: file, sha256: sha(pack), size: pack.length, ...overrides };
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 'kbfeed/1', title: '示例团队', packs: [listing] }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-feed-'));
  publish(v1, 'shop-v1.json');
  server = await startServer(dir, 0);
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Whether an entry is stored (asked from the panel page, which shares the extension's IndexedDB). */
async function db(page: Page, key: string): Promise<boolean> {
  return page.evaluate(
    (k) =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('kefu-assist');
        req.onsuccess = () => {
          const get = req.result.transaction('entries').objectStore('entries').get(k);
          get.onsuccess = () => resolve(get.result !== undefined);
        };
      }),
    key,
  );
}

async function searchKeys(panel: Page, q: string): Promise<string[]> {
  await panel.getByTestId('search').fill(q);
  await panel.waitForTimeout(50);
  return panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
}

describe('team feed', () => {
  let options: Page;
  let panel: Page;

  it('an agent adds a feed URL, syncs, and the feed entries are suggested', async () => {
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('feed-url').fill(new URL('index.json', server.url).href);
    await options.getByTestId('add-feed').click();
    const status = options.getByTestId('feed-status').first();
    await expect.poll(() => status.getAttribute('data-ok'), { timeout: 15_000 }).toBe('true');
    expect(await options.locator('.feed').first().textContent()).toContain('2026.11.1');

    panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await expect.poll(() => searchKeys(panel, '能发顺丰吗'), { timeout: 10_000 }).toContain('shop-zh/ship-courier');
  });

  it('a new version syncs on "Sync now": added entries appear, removed ones go, What\'s new lists them', async () => {
    publish(v2, 'shop-v2.json');
    await options.getByTestId('sync-now').first().click();
    await expect.poll(() => options.locator('.feed').first().textContent(), { timeout: 15_000 }).toContain('2026.11.2');
    await expect.poll(() => searchKeys(panel, '能包装成礼物吗'), { timeout: 10_000 }).toContain('shop-zh/gift-wrap');
    const news = panel.getByTestId('whats-new');
    await news.waitFor({ timeout: 10_000 });
    expect(await news.textContent()).toMatch(/2026\.11\.1.*2026\.11\.2/);
    expect(await news.locator('[data-kind="added"]').textContent()).toMatch(/礼物|包装/);
    expect(await news.locator('[data-kind="removed"]').count()).toBe(1);
    expect(await db(panel, 'shop-zh/promo-1111')).toBe(false);
  });

  it('a broken update keeps the old answers and shows a clear error', async () => {
    const v3 = Buffer.from(v2.toString().replace('"version": "2026.11.2"', '"version": "2026.11.3"').replace(/能包装成礼物吗/g, '被篡改'));
    publish(v3, 'shop-v3.json', { sha256: sha(v2) });
    await options.getByTestId('sync-now').first().click();
    const status = options.getByTestId('feed-status').first();
    await expect.poll(() => status.getAttribute('data-ok'), { timeout: 15_000 }).toBe('false');
    expect(await status.textContent()).toMatch(/checksum/);
    expect(await searchKeys(panel, '能包装成礼物吗')).toContain('shop-zh/gift-wrap');
    await panel.getByTestId('feed-alert').waitFor({ timeout: 10_000 });
  });

  it('broken feeds (HTML, not JSON) leave everything as it was', async () => {
    writeFileSync(join(dir, 'index.json'), '<!doctype html><title>Sign in</title>');
    await options.getByTestId('sync-now').first().click();
    const status = options.getByTestId('feed-status').first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/HTML/);
    expect(await searchKeys(panel, '能包装成礼物吗')).toContain('shop-zh/gift-wrap');
  });
});
