import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FeedsSection, originPattern } from '@/components/options/FeedsSection';
import { setupFeeds } from '@/entrypoints/background/feeds';
import { run as publish } from '@/lib/cli/commands/publish';
import { getDB } from '@/lib/db/database';
import { applyPack, removePack } from '@/lib/db/packs';
import { createT } from '@/lib/i18n';
import { startFeedServer, type FeedServer } from '../../support/feed-server';
import { captureOutput, fixturesDir } from '../../lib/feed/helpers';

// The options page's Add button asks for the feed's origin inside the click (the only moment a browser shows
// the prompt), then adds and syncs through the real worker wiring (setupFeeds on WXT's fake browser).
// The fake browser has no permissions API: a tiny stand-in plays the browser's prompt and grant store.

const t = createT('en');
const db = getDB();
let root: HTMLElement;
let granted: Set<string>;
let requests: string[][];
let answer: boolean;
let server: FeedServer | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.feeds.clear();
  await db.packHistory.clear();
  for (const id of await db.packs.toCollection().primaryKeys()) await removePack(db, id);
  granted = new Set();
  requests = [];
  answer = true;
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    },
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
  };
  setupFeeds();
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<FeedsSection db={db} t={t} locale="en" />, root));
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await server?.close();
  server = undefined;
});

const byTest = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function until(ok: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await ok()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`never happened: ${what}\n${root.innerHTML}`);
}

async function addFeedByHand(url: string) {
  const input = byTest('feed-url') as HTMLInputElement;
  await act(() => {
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => byTest('add-feed')!.click());
}

const unreachable = 'https://kb.example.invalid/team/index.json';

describe('FeedsSection: adding a feed', () => {
  it('asks for the origin from the click; granted, the feed is added and synced without an "Allow access" notice', async () => {
    await addFeedByHand(unreachable);
    expect(requests).toEqual([['https://kb.example.invalid/*']]);
    await until(async () => !!(await db.feeds.get(unreachable))?.lastError, 'the worker synced the feed');
    await until(() => !!byTest('feed-message'), 'a message');
    expect(byTest('feed-message')!.textContent).toMatch(/could not be reached/);
    expect(byTest('feed-permission')).toBeNull();
  });

  it('denied: the feed is still added, and the page says why it may not sync with an Allow access button that asks again', async () => {
    answer = false;
    await addFeedByHand(unreachable);
    expect(requests).toHaveLength(1);
    await until(() => !!byTest('feed-permission'), 'the permission notice');
    expect((await db.feeds.get(unreachable))?.failures).toBe(1);
    expect(byTest('feed-permission')!.textContent).toContain(t('feedNeedsPermission', { origin: 'https://kb.example.invalid' }));

    answer = true;
    await act(() => byTest('grant-feed-access')!.click());
    expect(requests).toEqual([['https://kb.example.invalid/*'], ['https://kb.example.invalid/*']]);
    await until(async () => (await db.feeds.get(unreachable))?.failures === 2, 'a second sync after the grant');
    await until(() => byTest('feed-permission') === null, 'the notice gone once access is granted');
  });

  it('a kbpack serve feed on 127.0.0.1 (CORS) needs no prompt and syncs from the real server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-section-'));
    const io = captureOutput();
    try {
      expect(await publish([resolve(fixturesDir, 'shop-v1.json'), '--out', dir])).toBe(0);
    } finally {
      io.restore();
    }
    server = await startFeedServer();
    const index = readFileSync(join(dir, 'index.json'), 'utf8');
    server.set('/index.json', { kind: 'ok', body: index });
    const listing = (JSON.parse(index) as { packs: { url: string }[] }).packs[0]!;
    server.set(`/${listing.url}`, { kind: 'ok', body: new Uint8Array(readFileSync(join(dir, listing.url))) });
    rmSync(dir, { recursive: true, force: true });

    const url = `${server.url}/index.json`;
    await addFeedByHand(url);
    await until(() => byTest('feed-message')?.textContent === t('feedAdded'), 'added and synced');
    expect(requests).toEqual([]);
    expect(server.log).toContain('GET /index.json 200');
    expect((await db.packs.get('shop-zh'))?.source).toBe(`feed:${url}`);
    expect(byTest('feed-permission')).toBeNull();
  });

  it('Roll back puts the previous version back and says so; with no earlier version it explains and changes nothing', async () => {
    const url = 'https://kb.example.invalid/team/index.json';
    const v1 = JSON.parse(readFileSync(resolve(fixturesDir, 'shop-v1.json'), 'utf8'));
    const v2 = JSON.parse(readFileSync(resolve(fixturesDir, 'shop-v2.json'), 'utf8'));
    await db.feeds.put({ url, addedAt: 1, managed: 0, failures: 0, packIds: ['shop-zh'] });
    await applyPack(db, v1, `feed:${url}`);
    const rollbackButton = () => root.querySelector<HTMLButtonElement>('.feed-pack button')!;
    await until(() => !!root.querySelector('.feed-pack'), 'the pack listed');
    await act(() => rollbackButton().click());
    await until(() => !!byTest('feed-message'), 'a message');
    expect(byTest('feed-message')!.textContent).toContain('No earlier version');
    expect((await db.packs.get('shop-zh'))?.version).toBe(v1.version);

    await applyPack(db, v2, `feed:${url}`);
    await until(() => root.querySelector('.feed-pack')?.textContent?.includes(v2.version) ?? false, 'v2 listed');
    await act(() => rollbackButton().click());
    await until(() => byTest('feed-message')!.textContent === `${t('rollback')}: v${v2.version} → v${v1.version}`, 'the rollback message');
    expect((await db.packs.get('shop-zh'))?.version).toBe(v1.version);
  });

  it('asks for a port-less origin pattern that the manifest\'s optional host permissions cover', () => {
    expect(originPattern('https://cdn.example.com:8443/kb/index.json')).toBe('https://cdn.example.com/*');
    expect(originPattern('http://localhost:8787/index.json')).toBe('http://localhost/*');
  });
});
