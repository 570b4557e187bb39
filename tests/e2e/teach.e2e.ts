import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type FeedServer } from '@/lib/cli/serve-server';
import { extensionPath, fixture, launch, tabIdOf, type Session } from './harness';

// Teaching consoles in real Chromium, with the built extension:
// - a console at a host the extension has never seen (taught.html, markup unlike every built-in adapter) is
//   taught with the in-page picker by real clicks; then questions are read and replies inserted there, also
//   after a reload (the content script was registered for that host);
// - its adapter is exported from the options page and delivered through a feed to a fresh profile, where
//   the console is read without teaching;
// - Pinduoduo with its classes changed: the panel says the layout changed, the generic detector still reads
//   the question, the options page shows it, one re-teach fixes it; a reply breaking a platform rule is held
//   back until a second click.
//
// Host access: `permissions.request` opens a browser dialog that headless Chromium never answers (checked:
// the promise stays pending; --enable-automation changes nothing, and extension permissions cannot be granted
// through Playwright). So these tests load a copy of the build whose manifest already lists the taught host,
// i.e. the state after the agent clicked "Allow": the panel still calls permissions.request in the click, and
// Chromium resolves it at once because the access is held.

const taught = fixture('taught');
const taughtOrigin = `${new URL(taught.url).origin}/*`;
const UPDATE_MS = 5_000;

/** The fixture pages' test hooks (see the script at the end of each fixture). */
interface Hooks {
  addBuyerMessage(text: string): void;
  addSellerMessage(text: string): void;
  model(): string;
}
const say = (page: Page, from: 'buyer' | 'seller', text: string) =>
  page.evaluate(([f, t]) => {
    const c = (window as unknown as { __console: Hooks }).__console;
    if (f === 'buyer') c.addBuyerMessage(t);
    else c.addSellerMessage(t);
  }, [from, text] as const);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __console: Hooks }).__console.model());

function grantedCopy(origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-ext-'));
  cpSync(extensionPath, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

async function panelFor(session: Session, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

const questionOf = async (panel: Page) => {
  const q = panel.getByTestId('question');
  return (await q.count()) ? ((await q.textContent()) ?? '').trim() : '';
};

/** The three picks, by real clicks on the page, then Save in the picker's panel. */
async function teachByClicks(page: Page, picks: { buyer: string; seller: string; input: string }, expectQuestion: RegExp) {
  const step = page.getByTestId('picker-step');
  await expect.poll(() => step.getAttribute('data-step'), { timeout: UPDATE_MS }).toBe('buyer');
  await page.locator(picks.buyer).click();
  await expect.poll(() => step.getAttribute('data-step')).toBe('seller');
  await page.locator(picks.seller).click();
  await expect.poll(() => step.getAttribute('data-step')).toBe('input');
  const found = page.getByTestId('picker-found');
  expect(Number(await found.getAttribute('data-buyer'))).toBeGreaterThanOrEqual(2);
  expect(Number(await found.getAttribute('data-seller'))).toBeGreaterThanOrEqual(1);
  await page.locator(picks.input).click();
  await expect.poll(() => step.getAttribute('data-step')).toBe('review');
  expect(await page.getByTestId('picker-question').textContent()).toMatch(expectQuestion);
  await page.getByTestId('picker-save').click();
  await expect.poll(() => page.locator('kefu-teach-picker').count(), { timeout: UPDATE_MS }).toBe(0);
}

let copy: string;
let server: FeedServer;
let feedDir: string;
let exported: { format: string; adapters: { id: string; hosts: string[] }[] };

beforeAll(async () => {
  copy = grantedCopy([taughtOrigin]);
  feedDir = mkdtempSync(join(tmpdir(), 'kefu-adapter-feed-'));
  server = await startServer(feedDir, 0);
});
afterAll(async () => {
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
  rmSync(feedDir, { recursive: true, force: true });
});

describe('teach a console the extension has never seen', () => {
  let session: Session;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    session = await launch({ extension: copy });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the panel says the console is not recognised and offers to teach it', async () => {
    page = await session.context.newPage();
    await page.goto(taught.url);
    panel = await panelFor(session, page);
    await panel.getByTestId('teach-console').waitFor({ timeout: UPDATE_MS });
    expect(await panel.getByTestId('teach').textContent()).toMatch(/not recognised|没被识别/);
  });

  it('Teach opens the picker in the page; three clicks and Save make an adapter that reads the page', async () => {
    await panel.getByTestId('teach-console').click();
    await page.locator('kefu-teach-picker').waitFor({ state: 'attached', timeout: UPDATE_MS });
    await teachByClicks(
      page,
      { buyer: '[data-msg-id="m-1003"] .Msg_text__Qp0s7', seller: '[data-msg-id="m-1002"] .Msg_text__Qp0s7', input: '[role="textbox"]' },
      /change the size/,
    );
    await expect.poll(() => questionOf(panel), { timeout: UPDATE_MS }).toBe('Can I still change the size from M to L?');
    expect(await panel.locator('.console-name').textContent()).not.toMatch(/通用识别/);
    const consoleId = await panel.evaluate(async (id) => {
      const s = await chrome.tabs.sendMessage(id, { type: 'console/get-snapshot', data: {} });
      return (s as { consoleId: string }).consoleId;
    }, await tabIdOf(session, page));
    expect(consoleId).toBe(taught.consoleId);
  });

  it('new buyer messages are read and a reply is inserted into the console', async () => {
    await say(page, 'seller', 'Sure, let me check.');
    await say(page, 'buyer', 'Where is my package? The tracking has not updated for days');
    await expect.poll(() => questionOf(panel), { timeout: UPDATE_MS }).toMatch(/Where is my package/);
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    const reply = ((await first.getAttribute('data-reply')) ?? '').trim();
    await panel.getByTestId('insert').first().click();
    await expect.poll(() => model(page).then((m) => m.trim()), { timeout: UPDATE_MS }).toBe(reply);
  });

  it('after a reload the registered content script reads the console without teaching again', async () => {
    await page.reload();
    await expect.poll(() => questionOf(panel), { timeout: 10_000 }).toBe('Can I still change the size from M to L?');
    const registered = await session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    expect(registered).toContain(taughtOrigin);
  });

  it('the options page lists the adapter with its health and exports it as JSON', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const item = options.locator(`[data-testid="custom-adapter"][data-id="${taught.consoleId}"]`);
    await item.waitFor({ timeout: UPDATE_MS });
    await expect.poll(() => item.getByTestId('console-health').getAttribute('data-state'), { timeout: UPDATE_MS }).toBe('ok');
    expect(await item.getByTestId('console-health').textContent()).not.toMatch(/last insert —|最近插入 —/);
    const [download] = await Promise.all([options.waitForEvent('download'), item.getByTestId('export-adapter').click()]);
    const path = await download.path();
    exported = JSON.parse(readFileSync(path!, 'utf8'));
    expect(exported.format).toBe('kbadapter/1');
    expect(exported.adapters[0]!.id).toBe(taught.consoleId);
    expect(exported.adapters[0]!.hosts).toEqual(['chat.example-mall.test']);
    // No hashed class names in what was learned.
    expect(JSON.stringify(exported)).not.toMatch(/css-1x2y3z|sc-abc123|a1B2c|Qp0s7|m-100\d/);
    await options.close();
  });
});

describe('an adapter delivered by a feed works on a fresh profile without teaching', () => {
  let session: Session;
  beforeAll(async () => {
    writeFileSync(join(feedDir, 'index.json'), JSON.stringify({ format: 'kbfeed/1', title: 'Team consoles', packs: [], adapters: exported.adapters }));
    session = await launch({ extension: copy });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('syncs the feed, registers the console and reads it', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('feed-url').fill(new URL('index.json', server.url).href);
    await options.getByTestId('add-feed').click();
    await expect.poll(() => options.getByTestId('feed-status').first().getAttribute('data-ok'), { timeout: 15_000 }).toBe('true');
    await options.locator(`[data-testid="custom-adapter"][data-id="${taught.consoleId}"]`).waitFor({ timeout: UPDATE_MS });
    await expect
      .poll(() => session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])), { timeout: UPDATE_MS })
      .toContain(taughtOrigin);

    const page = await session.context.newPage();
    await page.goto(taught.url);
    const panel = await panelFor(session, page);
    await expect.poll(() => questionOf(panel), { timeout: 10_000 }).toBe('Can I still change the size from M to L?');
    expect(await panel.getByTestId('teach-console').count()).toBe(0);
    await say(page, 'buyer', 'Do you ship to Canada?');
    await expect.poll(() => questionOf(panel), { timeout: UPDATE_MS }).toBe('Do you ship to Canada?');
  });
});

describe('a built-in console whose classes changed', () => {
  const changed = fixture('pinduoduo-changed');
  let session: Session;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    session = await launch({ extension: copy });
    page = await session.context.newPage();
    await page.goto(changed.url);
    await page.waitForFunction(() => !!document.querySelector('ul.message-list'), null, { timeout: 10_000 });
    panel = await panelFor(session, page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('health shows the problem while the generic detector still reads the question', async () => {
    const notice = panel.getByTestId('layout-changed');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute('data-reason')).toBe('no-buyer-messages');
    await expect.poll(() => questionOf(panel), { timeout: UPDATE_MS }).toContain('这款买三套有打折吗？');
    expect(await panel.locator('.console-name').textContent()).toMatch(/拼多多 · 通用识别/);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const line = options.locator('[data-testid="builtin-adapter"][data-id="pinduoduo"]').getByTestId('console-health');
    await expect.poll(() => line.getAttribute('data-state'), { timeout: UPDATE_MS }).toBe('changed');
    await options.close();
  });

  it('one click re-teaches it: the adapter reads the page again', async () => {
    await panel.getByTestId('reteach-console').click();
    await page.locator('kefu-teach-picker').waitFor({ state: 'attached', timeout: UPDATE_MS });
    await teachByClicks(
      page,
      { buyer: 'li.msg-line:last-child .text-content', seller: '.sender-merchant .text-content', input: 'textarea.reply-input' },
      /这款买三套有打折吗/,
    );
    await expect.poll(() => panel.getByTestId('layout-changed').count(), { timeout: UPDATE_MS }).toBe(0);
    await expect.poll(() => panel.locator('.console-name').textContent(), { timeout: UPDATE_MS }).toBe('拼多多');
    expect(await questionOf(panel)).toBe('这款买三套有打折吗？');
    await say(page, 'seller', '亲，在的');
    await say(page, 'buyer', '什么时候发货呀');
    await expect.poll(() => questionOf(panel), { timeout: UPDATE_MS }).toBe('什么时候发货呀');
  });

  it('a reply that breaks a platform rule is highlighted and needs a second click', async () => {
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    await first.getByTestId('edit').click();
    const risky = '亲，今天下单明天发货，收到后好评返现5元哦';
    await panel.getByTestId('composer-text').fill(risky);
    await panel.getByTestId('composer-insert').click();
    const warning = panel.getByTestId('rule-warning');
    await warning.waitFor({ timeout: UPDATE_MS });
    expect(await warning.getByTestId('rule-hit').first().textContent()).toMatch(/好评返现/);
    expect(await model(page)).toBe('');
    await panel.getByTestId('confirm-insert').click();
    await expect.poll(() => model(page), { timeout: UPDATE_MS }).toBe(risky);
    expect(await warning.count()).toBe(0);
  });
});

declare const chrome: {
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};
