import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openConsoleWithPanel, type Session } from './harness';

// Amazon Seller Central's contact-buyer form in real Chromium: the console is recognised with no buyer question
// (no thread is known there), the agent searches in the panel, and Insert fills the Katal <kat-textarea>, whose
// real textarea lives in an open shadow root, so that the component itself and the page's form both hold it.

interface ContactHooks {
  model(): string;
  value(): string;
  sent(): string[];
  switchConversation(orderId: string, buyerName: string): void;
}
declare const chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<any> } };

const UPDATE_MS = 5_000; // generous on a loaded 2-core machine

let session: Session;
let consolePage: Page;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  session = await launch({ locale: 'en-US' });
  ({ consolePage, panel, tabId } = await openConsoleWithPanel(session, 'amazon-contact'));
});
afterAll(async () => {
  await session?.close();
});

/** The message body as the web component reports it (its `value`), not a peek into its shadow textarea. */
const componentValue = () =>
  consolePage.evaluate(() => (document.querySelector('.contact-buyer-text-area kat-textarea') as HTMLElement & { value: string }).value);

describe('Amazon contact-buyer form', () => {
  it('is recognised as Amazon with no question, and the panel points the agent to the search', async () => {
    await expect.poll(() => panel.locator('.console-name').textContent(), { timeout: 10_000 }).toBe('Amazon');
    expect(await panel.getByTestId('not-recognised').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('question-note').textContent(), { timeout: UPDATE_MS }).toMatch(/message form.*search below/i);
    expect(await panel.getByTestId('question').count()).toBe(0);
    const context = panel.getByTestId('context');
    await expect.poll(() => context.textContent(), { timeout: UPDATE_MS }).toContain('Palmer');
    expect(await context.textContent()).toContain('112-3456789-1234567');
    expect(await context.textContent()).not.toMatch(/Send message/);
    const snapshot = await panel.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'console/get-snapshot', data: {} }), tabId);
    expect(snapshot).toMatchObject({
      consoleId: 'amazon',
      recognised: true,
      hasInput: true,
      inputKind: 'shadow',
      conversationId: '112-3456789-1234567',
      question: '',
      context: { buyer: 'Palmer', order: '112-3456789-1234567' },
    });
  });

  it('a search brings suggestions, and Insert fills the web component without sending', async () => {
    await panel.getByTestId('search').fill('where is my package tracking');
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    const reply = ((await first.getAttribute('data-reply')) ?? '').trim();
    expect(reply.length).toBeGreaterThan(5);
    await panel.getByTestId('insert').first().click();
    await expect.poll(async () => (await componentValue()).trim(), { timeout: UPDATE_MS }).toBe(reply);
    // The page's own form heard it too (only a composed input event crosses the shadow root to it).
    expect((await consolePage.evaluate(() => (window as unknown as { __console: ContactHooks }).__console.model())).trim()).toBe(reply);
    expect(await consolePage.evaluate(() => (window as unknown as { __console: ContactHooks }).__console.sent())).toEqual([]);
    expect(await consolePage.locator('.kat-alert-success-content').count()).toBe(0);
    expect(await panel.getByTestId('status').textContent()).toBeTruthy();
  });

  it("another order's form refuses an insert chosen for the previous order", async () => {
    await consolePage.evaluate(() => (window as unknown as { __console: ContactHooks }).__console.switchConversation('114-0000000-7777777', 'Jordan'));
    await expect
      .poll(() => panel.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'console/get-snapshot', data: {} }).then((s: { conversationId: string }) => s.conversationId), tabId), {
        timeout: UPDATE_MS,
      })
      .toBe('114-0000000-7777777');
    await expect.poll(() => panel.getByTestId('context').textContent(), { timeout: UPDATE_MS }).toContain('Jordan');
    const refused = await panel.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'console/insert', data: { text: 'for the old order', conversationId: '112-3456789-1234567' } }),
      tabId,
    );
    expect(refused).toMatchObject({ ok: false, reason: 'conversation-changed' });
    expect(await componentValue()).toBe('');
  });
});
