import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { studioKeys } from '@/lib/studio/i18n';
import { launch, type Session } from './harness';

// The studio in the browser's language: English and Chinese, every screen walked (start, editor with an
// entry, bulk bar, tone variants, each tool tab), and no raw message key or unfilled {placeholder} shown.

const keys = new Set<string>(studioKeys);

/** Every label a user can meet: text nodes, placeholders, accessible names and tooltips, the tab title. */
function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.textContent?.trim();
      if (s) out.push(s);
    }
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** Strings that are a message key, look like one (camelCase or snake_case ids), or kept a {placeholder}. */
async function leakedKeys(page: Page): Promise<string[]> {
  return (await visibleStrings(page)).filter(
    (s) => keys.has(s) || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(s) || /^[a-z]+_[a-z_-]+$/.test(s) || /(^|[^{])\{[a-zA-Z]+\}(?!\})/.test(s),
  );
}

async function openStudio(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${session.extensionId}/studio.html`);
  await page.getByTestId('studio-start').waitFor();
  return page;
}

/** From the start screen to an editor with one entry, its tone variants open and the bulk bar showing. */
async function authorOne(page: Page, title: string) {
  await page.getByTestId('new-pack-id').fill('locale-check');
  await page.getByTestId('new-pack-title').fill(title);
  await page.getByTestId('create-pack').click();
  await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe(title);
  await page.getByTestId('new-entry').click();
  await page.getByTestId('entry-title').waitFor();
  await page.locator('details.tones > summary').click();
  await page.getByTestId('entry-check').first().check();
  await page.getByTestId('bulk-bar').waitFor();
}

/** Walk each tool tab and collect leaks on every screen. */
async function leaksOnEveryTab(page: Page): Promise<string[]> {
  const found = await leakedKeys(page);
  for (const tab of ['try', 'gaps', 'dup', 'export']) {
    await page.getByTestId(`tab-${tab}`).click();
    await page.locator(`#panel-${tab}`).waitFor();
    found.push(...(await leakedKeys(page)));
  }
  return found;
}

describe('studio in an English browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ locale: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is in English: lang="en", English labels, no raw keys', async () => {
    const page = await openStudio(session);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Pack studio');
    expect(await leakedKeys(page)).toEqual([]);

    await authorOne(page, 'Shop answers');
    expect(await page.getByTestId('new-entry').textContent()).toContain('New entry');
    expect(await page.getByTestId('undo').textContent()).toContain('Undo');
    expect(await page.getByTestId('bulk-category-apply').textContent()).toBe('Set category');
    expect(await page.getByTestId('tab-try').textContent()).toBe('Try a question');
    expect(await page.getByTestId('tab-export').textContent()).toBe('Export');
    expect(await page.locator('details.tones > summary').textContent()).toBe('Tone variants');
    // A refused bulk edit says why in English.
    await page.getByTestId('bulk-category-apply').click();
    expect(await page.getByTestId('bulk-error').textContent()).toMatch(/^Enter a category/);

    expect(await leaksOnEveryTab(page)).toEqual([]);
    // Nothing of the Chinese table shows in the editor (the pack itself is in English here).
    const chinese = (await visibleStrings(page)).filter((s) => /[\u3400-\u9fff]/.test(s));
    expect(chinese).toEqual([]);
  });
});

describe('studio in a Chinese browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is in Chinese: lang="zh-CN", Chinese labels, no raw keys', async () => {
    const page = await openStudio(session);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('知识包工作室');
    expect(await leakedKeys(page)).toEqual([]);

    await authorOne(page, '店铺答案');
    expect(await page.getByTestId('new-entry').textContent()).toContain('新建条目');
    expect(await page.getByTestId('undo').textContent()).toContain('撤销');
    expect(await page.getByTestId('bulk-category-apply').textContent()).toBe('改分类');
    expect(await page.getByTestId('tab-try').textContent()).toBe('试一试');
    expect(await page.getByTestId('tab-export').textContent()).toBe('导出发布');
    expect(await page.locator('details.tones > summary').textContent()).toBe('语气版本');
    await page.getByTestId('bulk-category-apply').click();
    expect(await page.getByTestId('bulk-error').textContent()).toMatch(/^请填写分类/);

    expect(await leaksOnEveryTab(page)).toEqual([]);
    // No English label left untranslated on the editor's buttons.
    const buttons = await page.locator('button:visible').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(buttons.filter((b) => /^[A-Za-z][a-z]+(?: [a-z]+)+$/.test(b))).toEqual([]);
  });
});
