import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openConsoleWithPanel, readStore, type Session } from './harness';

// The walking skeleton in real Chromium: a buyer's question on a console reaches the side panel, fitting
// answers appear, Insert puts the reply into the console's own input so the page's framework notices it.

declare global {
  interface Window {
    __console: {
      addBuyerMessage(text: string, opts?: { image?: boolean }): void;
      addSellerMessage(text: string): void;
      switchConversation(id: string, buyerName: string, messages: string[]): void;
      model(): string;
    };
  }
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const UPDATE_MS = 3_000; // generous on a loaded 2-core CI machine; the real latency is measured in `npm run bench`

async function panelQuestion(panel: Page): Promise<string> {
  const q = panel.getByTestId('question');
  return (await q.count()) ? ((await q.textContent())?.trim() ?? '') : '';
}

async function buyerSays(page: Page, text: string) {
  await page.evaluate((t) => window.__console.addBuyerMessage(t), text);
}

const consoles = [
  { name: 'pinduoduo', question: '你好，请问今天下单什么时候发货？', expect: /发货/ },
  { name: 'feige', question: '我想退货，怎么申请七天无理由退货', expect: /退/ },
  { name: 'kuaishou', question: '退款多久能到账啊', expect: /退款|到账/ },
  { name: 'tiktok', question: 'Where is my package? The tracking has not updated for days', expect: /track|ship|deliver|parcel|package/i },
];

describe.each(consoles)('$name console', ({ name, question, expect: fitting }) => {
  let consolePage: Page;
  let panel: Page;

  beforeAll(async () => {
    ({ consolePage, panel } = await openConsoleWithPanel(session, name));
  });
  afterAll(async () => {
    await consolePage?.close();
    await panel?.close();
  });

  it('shows the latest buyer question already on the page', async () => {
    await expect.poll(() => panelQuestion(panel), { timeout: 10_000 }).not.toBe('');
  });

  it('a new buyer message updates the panel and brings a fitting suggestion', async () => {
    // The agent answered the earlier messages, so the next buyer message starts a new question.
    await consolePage.evaluate((t) => window.__console.addSellerMessage(t), name === 'tiktok' ? 'Hi, how can I help?' : '亲，在的呢');
    await buyerSays(consolePage, question);
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toContain(question.slice(0, 8));
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    const text = (await first.textContent()) ?? '';
    expect(text).toMatch(fitting);
  });

  it('Insert puts the answer into the console input, noticed by the page model, and never sends', async () => {
    const first = panel.getByTestId('suggestion').first();
    const entryAnswer = ((await first.getByTestId('answer').textContent()) ?? '').trim();
    // What Insert puts in: the answer (variables filled), opened and closed in the buyer's tone.
    const answer = ((await first.getAttribute('data-reply')) ?? '').trim();
    expect(entryAnswer.length).toBeGreaterThan(5);
    expect(answer).toContain(entryAnswer);
    await panel.getByTestId('insert').first().click();
    await expect.poll(() => consolePage.evaluate(() => window.__console.model().trim()), { timeout: UPDATE_MS }).toBe(answer);
    await expect(panel.getByTestId('status').textContent()).resolves.toBeTruthy();
    // Nothing was sent: the answer is only in the input (a contenteditable shows it once), never as a message row.
    const shown = await consolePage.evaluate((a) => document.body.innerText.split(a).length - 1, answer);
    expect(shown).toBeLessThanOrEqual(1);
    expect(await consolePage.evaluate(() => window.__console.model().trim())).toBe(answer);
  });

  it('a conversation switch updates the panel, and an insert for the old conversation is refused', async () => {
    const before = await panelQuestion(panel);
    const tabId = Number(new URL(panel.url()).searchParams.get('tab'));
    const oldConversation = await panel.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'console/get-snapshot', data: {} }).then((s: { conversationId: string | null }) => s.conversationId),
      tabId,
    );
    const next = name === 'tiktok' ? 'Can I change the delivery address?' : '可以改一下收货地址吗';
    await consolePage.evaluate((q) => window.__console.switchConversation('conv-2', 'Buyer Two', [q]), next);
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toContain(next.slice(0, 6));
    expect(await panelQuestion(panel)).not.toBe(before);
    const refused = await panel.evaluate(
      ([id, conv]) => chrome.tabs.sendMessage(id, { type: 'console/insert', data: { text: 'x', conversationId: conv } }),
      [tabId, oldConversation] as const,
    );
    expect(refused).toMatchObject({ ok: false, reason: 'conversation-changed' });
    expect(await consolePage.evaluate(() => window.__console.model())).not.toBe('x');
  });
});

describe('bad input', () => {
  let consolePage: Page;
  let panel: Page;
  let tabId: number;
  /** Uncaught errors in the panel page, over the whole block. */
  const errors: string[] = [];
  beforeAll(async () => {
    ({ consolePage, panel, tabId } = await openConsoleWithPanel(session, 'pinduoduo'));
    panel.on('pageerror', (e) => errors.push(e.message));
    await panel.waitForFunction(() => (document.querySelector('[data-testid="question"]')?.textContent ?? '').trim() !== '', null, { timeout: 10_000 });
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，在的呢'));
  });
  afterAll(async () => {
    await consolePage?.close();
    await panel?.close();
  });

  it('an image-only message says there is no text', async () => {
    await consolePage.evaluate(() => window.__console.addBuyerMessage('', { image: true }));
    await expect.poll(async () => (await panel.getByTestId('question-note').count()) && panel.getByTestId('question-note').textContent(), { timeout: UPDATE_MS }).toMatch(/图片|image/);
  });

  it('an empty or blank buyer message keeps the question (or says there is no text), with no error', async () => {
    const asked = '七天无理由退货怎么申请';
    await buyerSays(consolePage, asked);
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toBe(asked);
    await buyerSays(consolePage, '');
    await buyerSays(consolePage, '   \n  ');
    // The content script has read the blank rows (its snapshot is what the panel is sent)…
    const snapshot = () =>
      panel.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'console/get-snapshot', data: {} }), tabId) as Promise<{ question: string; nonText?: string }>;
    await expect.poll(async () => (await snapshot()).nonText ?? 'text', { timeout: UPDATE_MS }).toBe('empty');
    expect((await snapshot()).question).toBe(asked);
    // …and the panel shows the same question (or a no-text note), its suggestions, and no error.
    const shown = async () => ((await panel.getByTestId('question-note').count()) ? 'note' : `question:${await panelQuestion(panel)}`);
    await expect.poll(shown, { timeout: UPDATE_MS }).toMatch(new RegExp(`^(note|question:${asked})$`));
    await panel.getByTestId('suggestion').first().waitFor({ timeout: UPDATE_MS });
    expect(await panel.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a 10,000-character message is shown (capped) and the panel stays responsive', async () => {
    const long = '为什么还没有发货'.repeat(1250);
    await buyerSays(consolePage, long);
    await expect.poll(async () => (await panelQuestion(panel)).length, { timeout: UPDATE_MS }).toBeGreaterThan(100);
    expect((await panelQuestion(panel)).length).toBeLessThanOrEqual(long.length);
    await panel.getByTestId('search').fill('发票');
    await panel.getByTestId('suggestion').first().waitFor({ timeout: UPDATE_MS });
    await panel.getByTestId('search').fill('');
  });

  it('an emoji-only message is shown and does not break matching', async () => {
    await buyerSays(consolePage, '😡😡😡');
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toBe('😡😡😡');
    // The agent's own search still finds answers while the question is emoji only.
    await panel.getByTestId('search').fill('退款多久到账');
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    expect((await first.textContent()) ?? '').toMatch(/退款|到账/);
    await panel.getByTestId('search').fill('');
    expect(await panel.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a question nothing matches offers to flag a missing answer', async () => {
    await buyerSays(consolePage, 'zzqx wvvk');
    await panel.getByTestId('no-match').waitFor({ timeout: UPDATE_MS });
    await panel.getByTestId('flag-missing').click();
    await panel.getByTestId('report-preview').waitFor();
    await panel.getByTestId('send-report').click();
    // No destination is configured in this profile: the report stays on this computer, exportable.
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: UPDATE_MS }).toMatch(/本机|this computer/);
  });
});

describe('the list holds still after an insert', () => {
  it('an insert teaches a phrasing, but the current question keeps its order: Alt+1 still inserts the first card', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'feige');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，在的'));
    await buyerSays(consolePage, '宝贝寄出来大概要等几天呀');
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toContain('宝贝寄出来');
    await panel.getByTestId('suggestion').nth(2).waitFor();
    const keys = () => panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
    const before = await keys();
    await panel.setViewportSize({ width: 380, height: 600 });
    await panel.getByTestId('insert').nth(2).click();
    // The confirmation is where the agent looks: on the clicked button, and in a live region kept on screen.
    await expect.poll(() => panel.getByTestId('insert').nth(2).textContent(), { timeout: UPDATE_MS }).toContain('已插入');
    const status = await panel.getByTestId('status').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, vh: innerHeight, live: el.getAttribute('aria-live') };
    });
    expect(status.live).toBe('polite');
    expect(status.top).toBeGreaterThanOrEqual(0);
    expect(status.bottom).toBeLessThanOrEqual(status.vh);
    // The phrasing is stored (the matcher learns it), and the panel has rendered since.
    const learned = async () => (await readStore(panel, 'learned')).length;
    await expect.poll(learned, { timeout: UPDATE_MS }).toBeGreaterThan(0);
    await panel.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await keys()).toEqual(before);
    const first = ((await panel.getByTestId('suggestion').first().getAttribute('data-reply')) ?? '').trim();
    await panel.locator('body').click({ position: { x: 1, y: 1 } });
    await panel.keyboard.press('Alt+1');
    await expect.poll(() => consolePage.evaluate(() => window.__console.model().trim()), { timeout: UPDATE_MS }).toBe(first);
    await consolePage.close();
    await panel.close();
  });
});

describe('a buyer who has calmed down', () => {
  it('the badge says the anger is from earlier messages, and the agent can dismiss "calm first" for this conversation', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，在的呢'));
    await buyerSays(consolePage, '再不发货我就投诉你们！！！垃圾店铺');
    await panel.getByTestId('deescalation').waitFor({ timeout: UPDATE_MS });
    expect(await panel.getByTestId('emotion-earlier').count()).toBe(0);
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，马上为您处理'));
    await buyerSays(consolePage, '好的，那我等等');
    await panel.getByTestId('emotion-earlier').waitFor({ timeout: UPDATE_MS });
    expect(await panel.getByTestId('emotion-earlier').textContent()).toContain('之前的消息');
    await panel.getByTestId('buyer-calmed').click();
    await expect.poll(() => panel.getByTestId('deescalation').count(), { timeout: UPDATE_MS }).toBe(0);
    expect(await panel.getByTestId('emotion-earlier').count()).toBe(0);
    // The box went away with the button that had focus: focus is in the search, not lost to the page.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    // The buyer flares up again: "calmed down" no longer holds, calm first is back.
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，已经在催仓库了'));
    await buyerSays(consolePage, '你们到底发不发货？再拖我就去12315投诉！！');
    await panel.getByTestId('deescalation').waitFor({ timeout: UPDATE_MS });
    await consolePage.close();
    await panel.close();
  });
});

describe('copy to clipboard', () => {
  it('Copy puts the reply (variables filled, as Insert would) on the clipboard', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，在的呢'));
    await buyerSays(consolePage, '你好，请问今天下单什么时候发货？');
    await expect.poll(() => panelQuestion(panel), { timeout: UPDATE_MS }).toContain('什么时候发货');
    const first = panel.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UPDATE_MS });
    const reply = (await first.getAttribute('data-reply')) ?? '';
    expect(reply.trim().length).toBeGreaterThan(5);
    // Chromium refuses clipboard-read grants to chrome-extension:// ("opaque origin"), so the clipboard is
    // read the way an agent would: pasted (Ctrl+V) into a textarea. Something else is copied first, so the
    // paste shows the panel's copy, not a leftover.
    await panel.bringToFront();
    await panel.evaluate(() => {
      const probe = document.createElement('textarea');
      probe.id = 'paste-probe';
      document.body.append(probe);
    });
    const probe = panel.locator('#paste-probe');
    const paste = async () => {
      await probe.fill('');
      await probe.focus();
      await panel.keyboard.press('ControlOrMeta+V');
      return probe.inputValue();
    };
    await probe.fill('before');
    await probe.selectText();
    await panel.keyboard.press('ControlOrMeta+C');
    expect(await paste()).toBe('before');
    await first.getByTestId('copy').click();
    await expect.poll(() => first.getByTestId('copy').textContent(), { timeout: UPDATE_MS }).toContain('已复制');
    expect(await paste()).toBe(reply);
    // Copy never touches the console's input.
    expect((await consolePage.evaluate(() => window.__console.model())).trim()).toBe('');
    await consolePage.close();
    await panel.close();
  });
});

describe('narrow panel and wording', () => {
  it('at 360px the header stays one line with a compact "?" for shortcuts; small buttons are ≥ 32px targets', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => window.__console.addSellerMessage('亲，在的呢'));
    await buyerSays(consolePage, '你好，请问今天下单什么时候发货？');
    await panel.getByTestId('suggestion').first().waitFor({ timeout: UPDATE_MS });
    const h1 = await panel.locator('h1').evaluate((el) => ({ h: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
    expect(h1.h).toBeLessThan(2 * h1.line);
    expect(await panel.getByTestId('open-studio').textContent()).toBe('知识包工作室');
    const help = panel.getByTestId('shortcuts').locator('summary');
    expect(await help.getAttribute('aria-label')).toBe('键盘快捷键');
    expect(await help.getAttribute('title')).toContain('Alt+1');
    const measure = () =>
      panel.evaluate(() =>
        [...document.querySelectorAll('[data-testid="shortcuts"] summary, .suggestion button.icon, [data-testid="flag-missing"]')].map((el) => {
          const r = el.getBoundingClientRect();
          return Math.min(r.width, r.height);
        }),
      );
    // Polled: the cards are hidden for a moment while the panel re-reads its entries after a knowledge update
    // (seen in the full file run, after earlier tests' inserts and copies), so measure once they are back.
    await expect.poll(async () => (await measure()).length, { timeout: UPDATE_MS }).toBeGreaterThan(3);
    const sizes = await measure();
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(32);
    const up = panel.getByTestId('suggestion').first().getByTestId('thumbs-up');
    await up.click();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    await consolePage.close();
    await panel.close();
  });

  it('a tab with no console shows one notice, not two', async () => {
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=999999`);
    await panel.getByTestId('teach').waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('no-console').count()).toBe(0);
    expect(await panel.locator('.notice').count()).toBe(1);
    await panel.close();
  });

  it('a message-form page puts the cursor in the search', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'amazon-contact');
    await panel.getByTestId('question-note').waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: UPDATE_MS }).toBe('search');
    await consolePage.close();
    await panel.close();
  });
});

describe('unknown console markup', () => {
  it('is read by the generic fallback or clearly reported as not recognised', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'unknown');
    await expect
      .poll(async () => (await panel.getByTestId('not-recognised').count()) > 0 || (await panelQuestion(panel).catch(() => '')) !== '', {
        timeout: 10_000,
      })
      .toBe(true);
    await consolePage.close();
    await panel.close();
  });
});

declare const chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<any> } };
