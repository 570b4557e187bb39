import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openConsoleWithPanel, type Session } from './harness';

// Automated accessibility check (axe-core, WCAG 2 A/AA rules) of the panel with suggestions and an open
// dialog, the options page and the studio. Serious and critical findings fail the test.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluated over DevTools, so the extension page's CSP does not block it
  const violations: Finding[] = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('accessibility', () => {
  it('the side panel with suggestions, emotion, de-escalation and the report dialog', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'feige');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
    await consolePage.evaluate(() => (window as any).__console.addBuyerMessage('再不发货我就投诉你们！！！'));
    await panel.getByTestId('suggestion').first().waitFor();
    expect(await audit(panel)).toEqual([]);
    await panel.getByTestId('flag-missing').first().click();
    await panel.getByTestId('report-preview').waitFor();
    expect(await audit(panel)).toEqual([]);
  });

  it('keyboard only: "/" focuses the search, Tab reaches Insert, Enter inserts', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'tiktok');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await panel.locator('body').click({ position: { x: 1, y: 1 } });
    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await panel.keyboard.type('refund');
    await panel.getByTestId('suggestion').first().waitFor();
    for (let i = 0; i < 30; i++) {
      await panel.keyboard.press('Tab');
      if ((await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'insert') break;
    }
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('insert');
    const expected = ((await panel.getByTestId('suggestion').first().getAttribute('data-reply')) ?? '').trim();
    await panel.keyboard.press('Enter');
    await expect.poll(() => consolePage.evaluate(() => ((window as any).__console.model() as string).trim())).toBe(expected);
  });

  it('text is readable: Chrome\'s 75% body font of extension pages is overridden, Chinese fonts first in a zh panel', async () => {
    // Each test here closes its pages: the harness finds a console's tab by its address.
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
    await consolePage.evaluate(() => (window as any).__console.addBuyerMessage('我想退货，怎么申请退款'));
    await panel.getByTestId('answer').first().waitFor();
    await expect.poll(() => panel.getByTestId('question').textContent()).toContain('我想退货');
    // Polled: the list may re-render (and detach the node read) as the new question's answers arrive.
    const style = (prop: 'fontSize' | 'fontFamily') => panel.getByTestId('answer').first().evaluate((el, p) => getComputedStyle(el)[p], prop);
    await expect.poll(async () => parseFloat(await style('fontSize'))).toBeGreaterThanOrEqual(13);
    await expect.poll(async () => (await style('fontFamily')).split(',')[0]).toMatch(/PingFang SC/);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('packs').waitFor();
    expect(await options.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
    await Promise.all([consolePage.close(), panel.close(), options.close()]);
  });

  it('dialogs keep focus: the composer opens inside its card and Esc returns to its Edit; the report dialog traps Tab', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'kuaishou');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await panel.getByTestId('search').fill('宝贝寄出来大概要等几天呀');
    const card = panel.getByTestId('suggestion').nth(1);
    await card.waitFor();
    await card.getByTestId('edit').click();
    await card.getByTestId('composer-text').waitFor();
    expect(await card.getByTestId('composer-text').evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await card.getByTestId('composer-text').evaluate((el) => ({ h: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
    expect(box.h).toBeGreaterThanOrEqual(6 * box.line);
    expect(await card.getByTestId('composer').textContent()).toContain('Ctrl+Enter');
    await panel.keyboard.press('Escape');
    expect(await panel.getByTestId('composer').count()).toBe(0);
    expect(await card.getByTestId('edit').evaluate((el) => el === document.activeElement)).toBe(true);

    const flag = panel.getByTestId('flag-missing').first();
    await flag.click();
    await panel.getByTestId('report-preview').waitFor();
    for (let i = 0; i < 12; i++) {
      await panel.keyboard.press('Tab');
      expect(await panel.evaluate(() => !!document.activeElement?.closest('[data-testid="report-dialog"]'))).toBe(true);
    }
    await panel.locator('h1').click(); // focus wanders off: Esc still closes
    await panel.keyboard.press('Escape');
    expect(await panel.getByTestId('report-dialog').count()).toBe(0);
    expect(await flag.evaluate((el) => el === document.activeElement)).toBe(true);
    await Promise.all([consolePage.close(), panel.close()]);
  });

  it('weak matches are labelled and folded behind "show N weaker"; the best one always shows', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await panel.getByTestId('search').fill('can I pay with paypal');
    await panel.getByTestId('suggestion').first().waitFor();
    await panel.getByTestId('show-weaker').waitFor({ timeout: 3_000 });
    const shown = await panel.getByTestId('suggestion').count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(await panel.getByTestId('suggestion').first().getByTestId('weak').count()).toBe(0);
    const folded = Number(/\d+/.exec((await panel.getByTestId('show-weaker').textContent()) ?? '')?.[0]);
    expect(folded).toBeGreaterThanOrEqual(2);
    await panel.getByTestId('show-weaker').click();
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBe(shown + folded);
    expect(await panel.getByTestId('weak').count()).toBeGreaterThanOrEqual(folded);
    expect(await audit(panel)).toEqual([]);
    await Promise.all([consolePage.close(), panel.close()]);
  });

  it('keyboard only: Enter in the search goes to the first suggestion, ↓/↑ move between suggestions', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'kuaishou');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await panel.getByTestId('search').fill('宝贝寄出来大概要等几天呀');
    await panel.getByTestId('suggestion').nth(1).waitFor();
    await panel.getByTestId('search').press('Enter');
    const focused = () => panel.evaluate(() => {
      const a = document.activeElement;
      const card = a?.closest('[data-testid="suggestion"]');
      return `${card ? [...document.querySelectorAll('[data-testid="suggestion"]')].indexOf(card) : -1}:${a?.getAttribute('data-testid')}`;
    });
    expect(await focused()).toBe('0:insert');
    await panel.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1:insert');
    await panel.keyboard.press('ArrowUp');
    await panel.keyboard.press('ArrowUp');
    expect(await focused()).toBe('-1:search');
    await Promise.all([consolePage.close(), panel.close()]);
  });

  it('the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByTestId('packs').waitFor();
    expect(await audit(page)).toEqual([]);
  });

  it('the pack studio', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/studio.html`);
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
  });
});
