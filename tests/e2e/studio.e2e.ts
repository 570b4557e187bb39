import { startServer } from '@/lib/cli/serve-server';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { generateKeyPair, verifyBytes } from '@/lib/feed/keys';
import { parsePack, parsePackText } from '@/lib/pack/schema';
import { reportsToJsonl } from '@/lib/report';
import { sampleReport } from '../lib/report/fixtures';
import { launch, type Session } from './harness';

// A team lead writes a new pack in the studio, tries a buyer question on it, publishes and exports it;
// an agent imports the file in the options page and the side panel suggests the new entry.

let session: Session;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-studio-'));
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const studioUrl = () => `chrome-extension://${session.extensionId}/studio.html`;

async function openStudio(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(studioUrl());
  return page;
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return save(d);
}

async function save(d: Download): Promise<{ name: string; text: string }> {
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('pack studio', () => {
  let studio: Page;
  let exportedPath = '';

  it('creates a new pack and authors an entry, with validation in place and undo', async () => {
    studio = await openStudio();
    await studio.getByTestId('studio-start').waitFor();
    await studio.getByTestId('new-pack-id').fill('e2e-shop');
    await studio.getByTestId('new-pack-title').fill('测试知识包');
    await studio.getByTestId('create-pack').click();
    await expect.poll(() => studio.getByTestId('doc-title').textContent()).toBe('测试知识包');

    await studio.getByTestId('new-entry').click();
    const title = studio.getByTestId('entry-title');
    await title.fill('礼品包装');
    // Validation as you type: an empty title is flagged at the field and tied to it for screen readers.
    await title.fill('');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    expect(await studio.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toMatch(/不能为空|must not be empty/);
    await title.fill('礼品包装');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();

    const phrasings = studio.getByTestId('phrasing');
    await phrasings.nth(0).fill('能包装成礼物吗');
    await phrasings.nth(0).press('Enter'); // adds a phrasing below, focused
    await expect.poll(() => phrasings.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await studio.keyboard.type('可以送礼盒吗');
    expect(await phrasings.count()).toBe(2);
    await phrasings.nth(1).press('Alt+ArrowUp'); // keyboard reorder
    expect(await phrasings.nth(0).inputValue()).toBe('可以送礼盒吗');

    const answer = studio.getByTestId('answer');
    await answer.fill('亲，可以免费礼品包装哦，');
    await studio.getByTestId('insert-var-buyer').click();
    expect(await answer.inputValue()).toBe('亲，可以免费礼品包装哦，{{buyer}}');
    await answer.fill('{{buyer}}亲，可以免费礼品包装哦，会附上贺卡。');
    expect(await studio.getByTestId('answer-preview').textContent()).toContain('小美亲，可以免费礼品包装哦');

    // Undo outside a text field (Ctrl+Z) and with the button.
    await studio.getByTestId('entry-category').fill('售前/包装');
    await studio.locator('body').click({ position: { x: 5, y: 700 } });
    await studio.keyboard.press('Control+z');
    expect(await studio.getByTestId('entry-category').inputValue()).toBe('');
    await studio.getByTestId('redo').click();
    expect(await studio.getByTestId('entry-category').inputValue()).toBe('售前/包装');
  });

  it('removes a phrasing (one undo step each, undo puts it back in place) and writes tone variants', async () => {
    const phrasings = studio.getByTestId('phrasing');
    const values = () => phrasings.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await studio.getByTestId('add-phrasing').click();
    await expect.poll(() => phrasings.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);
    await studio.keyboard.type('礼物能包起来吗');
    expect(await values()).toEqual(['可以送礼盒吗', '能包装成礼物吗', '礼物能包起来吗']);

    await studio.getByTestId('remove-phrasing').nth(0).click();
    expect(await values()).toEqual(['能包装成礼物吗', '礼物能包起来吗']);
    await studio.getByTestId('undo').click();
    expect(await values()).toEqual(['可以送礼盒吗', '能包装成礼物吗', '礼物能包起来吗']);
    // Two removals in a row are two steps: one undo brings back only the last one.
    await studio.getByTestId('remove-phrasing').nth(2).click();
    await studio.getByTestId('remove-phrasing').nth(1).click();
    expect(await values()).toEqual(['可以送礼盒吗']);
    await studio.getByTestId('undo').click();
    expect(await values()).toEqual(['可以送礼盒吗', '能包装成礼物吗']);

    // Tone variants: the answer rewritten for an angry and for an anxious buyer.
    await studio.locator('details.tones > summary').click();
    await studio.getByTestId('tone-angry').fill('{{buyer}}亲，可以免费礼品包装哦，马上为您安排！');
    await studio.getByTestId('tone-anxious').fill('{{buyer}}亲，可以免费礼品包装哦，今天就能发出，别着急。');
    await studio.getByTestId('tone-anxious').blur();
    expect(await studio.getByTestId('tone-angry').getAttribute('aria-invalid')).toBeNull();
    expect(await studio.getByTestId('tone-anxious').inputValue()).toBe('{{buyer}}亲，可以免费礼品包装哦，今天就能发出，别着急。');
  });

  it('moves the entry draft → in review → published', async () => {
    const badge = studio.getByTestId('entry-form').getByTestId('status-badge');
    expect(await badge.getAttribute('data-status')).toBe('draft');
    await studio.getByTestId('to-review').click();
    expect(await badge.getAttribute('data-status')).toBe('review');
    await studio.getByTestId('publish').click();
    expect(await badge.getAttribute('data-status')).toBe('published');
    expect(await studio.getByTestId('dash-published').getAttribute('data-count')).toBe('1');
  });

  it('tries a question: the entry is suggested with score, why, emotion and the composed reply', async () => {
    await studio.getByTestId('tab-try').click();
    await studio.getByTestId('try-input').fill('在吗\n你们到底能不能包装成礼物啊！！急用');
    const first = studio.getByTestId('try-suggestion').first();
    await expect.poll(() => first.getAttribute('data-key'), { timeout: 5_000 }).toBe('e2e-shop/entry-1');
    expect(await first.getAttribute('data-reply')).toContain('小美亲，可以免费礼品包装哦');
    expect(await first.getByTestId('try-score').textContent()).toMatch(/\d\.\d\d/);
    expect(await first.getByTestId('try-why').textContent()).toMatch(/包装|礼物/);
    const emotion = await studio.getByTestId('emotion').getAttribute('data-emotion');
    expect(emotion).toMatch(/angry|anxious/);
    // The reply is the entry's tone variant for that feeling (the panel's composer).
    expect(await first.getAttribute('data-reply')).toContain(emotion === 'angry' ? '马上为您安排' : '今天就能发出');
    expect(['medium', 'high']).toContain(await studio.getByTestId('urgency').getAttribute('data-urgency'));
  });

  it('autosaves: a closed tab loses nothing', async () => {
    await studio.getByTestId('entry-owner').fill('小王');
    await saved(studio);
    await studio.close();
    studio = await openStudio();
    await expect.poll(() => studio.getByTestId('doc-title').textContent()).toBe('测试知识包');
    await studio.getByTestId('entry-row').first().locator('button').click();
    expect(await studio.getByTestId('entry-owner').inputValue()).toBe('小王');
    expect(await studio.getByTestId('phrasing').nth(0).inputValue()).toBe('可以送礼盒吗');
  });

  it('a tab closed right after typing (before the autosave delay) still keeps the change', async () => {
    await studio.getByTestId('entry-tags').fill('礼品, 包装');
    await studio.close();
    studio = await openStudio();
    await expect.poll(() => studio.getByTestId('doc-title').textContent()).toBe('测试知识包');
    await studio.getByTestId('entry-row').first().locator('button').click();
    expect(await studio.getByTestId('entry-tags').inputValue()).toBe('礼品, 包装');
    await studio.getByTestId('entry-tags').fill('');
    // The clear must be in the field (and so an edit) before "saved" means anything: a save state that
    // never left "saved" proves nothing, and the export test below relies on this clear.
    expect(await studio.getByTestId('entry-tags').inputValue()).toBe('');
    await saved(studio);
  });

  it('fits a 1280×720 screen without sideways scrolling', async () => {
    const overflow = await studio.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const id of ['new-entry', 'entry-title', 'tab-export', 'save-state']) expect(await studio.getByTestId(id).isVisible(), id).toBe(true);
  });

  it('exports the published entries with the diff and a version, as a valid pack file', async () => {
    await studio.getByTestId('tab-export').click();
    expect(await studio.getByTestId('export-diff').textContent()).toMatch(/新增 1 条|1 added/);
    const file = await download(studio, () => studio.getByTestId('export').click());
    const month = new Date();
    const version = `${month.getUTCFullYear()}.${month.getUTCMonth() + 1}.1`;
    expect(file.name).toBe(`e2e-shop-${version}.json`);
    const r = parsePack(JSON.parse(file.text));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.pack).toMatchObject({ id: 'e2e-shop', title: '测试知识包', version, locale: 'zh-CN' });
    expect(r.pack.entries).toEqual([
      {
        id: 'entry-1',
        title: '礼品包装',
        questions: ['可以送礼盒吗', '能包装成礼物吗'],
        answer: '{{buyer}}亲，可以免费礼品包装哦，会附上贺卡。',
        tones: { angry: '{{buyer}}亲，可以免费礼品包装哦，马上为您安排！', anxious: '{{buyer}}亲，可以免费礼品包装哦，今天就能发出，别着急。' },
        category: '售前/包装',
        owner: '小王',
      },
    ]);
    exportedPath = join(dir, file.name);
    await expect.poll(() => studio.getByTestId('doc-version').textContent()).toContain(version);
  });

  it('the exported file loads as a pack in the extension and the panel suggests the entry', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('import-pack').setInputFiles(exportedPath);
    await expect.poll(() => options.getByTestId('import-pack-status').getAttribute('data-ok'), { timeout: 10_000 }).toBe('true');
    expect(await options.locator('[data-pack-id="e2e-shop"]').count()).toBe(1);

    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    const keys = async () => {
      await panel.getByTestId('search').fill('能包装成礼物吗');
      return panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    };
    await expect.poll(keys, { timeout: 10_000 }).toContain('e2e-shop/entry-1');
    // The bundled pack has a gift-wrap answer too; ours is among the suggestions with its own reply.
    const ours = panel.locator('[data-testid="suggestion"][data-key="e2e-shop/entry-1"]');
    expect(await ours.getAttribute('data-reply')).toContain('可以免费礼品包装哦，会附上贺卡。');
    await panel.close();
    await options.close();
  });

  it('a second export with a key: edits not yet re-published keep the old answer; the signature verifies', async () => {
    await studio.getByTestId('entry-row').first().locator('button').click();
    await studio.getByTestId('answer').fill('亲，礼品包装需要加5元哦。');
    expect(await studio.getByTestId('entry-form').getByTestId('status-badge').getAttribute('data-status')).toBe('draft');

    const keys = await generateKeyPair();
    const keyPath = join(dir, 'key.json');
    writeFileSync(keyPath, JSON.stringify(keys));
    await studio.getByTestId('tab-export').click();
    await studio.getByTestId('key-file').setInputFiles(keyPath);
    await studio.getByTestId('key-loaded').waitFor();
    await expect.poll(() => studio.getByTestId('export-summary').textContent()).toMatch(/1 条沿用|1 keep/);

    const downloads: Download[] = [];
    studio.on('download', (d) => downloads.push(d));
    await studio.getByTestId('export').click();
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(2);
    const [pack, sig] = await Promise.all(downloads.map(save));
    expect(sig!.name).toBe(`${pack!.name}.sig`);
    const r = parsePackText(pack!.text);
    expect(r.ok && r.pack.entries[0]!.answer).toBe('{{buyer}}亲，可以免费礼品包装哦，会附上贺卡。');
    expect(r.ok && r.pack.version).toMatch(/\.2$/);
    expect(await verifyBytes(keys.publicKey, readFileSync(join(dir, pack!.name)), sig!.text.trim())).toBe(true);
  });
});

describe('pack studio on an installed pack', () => {
  let studio: Page;

  it('opens a copy of an installed pack and browses it with search, the category tree and filters', async () => {
    studio = await openStudio();
    // The studio reopens the last draft; go back to the start screen.
    await studio.getByTestId('back-to-packs').click();
    await studio.locator('[data-testid="open-installed"][data-pack-id="default-zh"]').click();
    await expect.poll(() => studio.getByTestId('doc-title').textContent()).toBeTruthy();
    const total = Number(await studio.getByTestId('dash-total').getAttribute('data-count'));
    expect(total).toBeGreaterThan(50);
    expect(await studio.getByTestId('dash-published').getAttribute('data-count')).toBe(String(total));

    await studio.getByTestId('entry-search').fill('穿M拍什么码');
    await expect.poll(() => studio.getByTestId('entry-row').first().getAttribute('data-entry-id')).toBe('zh-size-general');
    await studio.getByTestId('entry-search').fill('');
    await studio.getByTestId('filter-category').selectOption('商品信息');
    const inCategory = await studio.getByTestId('entry-row').count();
    expect(inCategory).toBeGreaterThan(1);
    expect(inCategory).toBeLessThan(total);
  });

  it('changes the owner and extends the review date of many entries at once (one undo step)', async () => {
    // The list renders only the rows in view: counts come from the "shown n / total" line.
    const shown = async () => Number((await studio.getByTestId('shown-count').textContent())?.match(/\d+/)?.[0]);
    await studio.getByTestId('select-all').check();
    const n = await shown();
    await studio.getByTestId('bulk-owner').fill('小李');
    await studio.getByTestId('bulk-owner-apply').click();
    await studio.getByTestId('bulk-extend').click();
    await studio.getByTestId('filter-owner').selectOption('小李');
    await expect.poll(shown).toBe(n);
    // Owner and review dates are bookkeeping: the entries stay published.
    const rows = studio.getByTestId('entry-row');
    expect([...new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))]).toEqual(['published']);
    await studio.getByTestId('undo').click(); // the review dates
    await studio.getByTestId('undo').click(); // the owner
    await expect.poll(shown).toBe(0);
    await studio.getByTestId('clear-filters').click();
  });

  it('moves many entries to another category at once (one undo step); an empty category is refused in place', async () => {
    await studio.getByTestId('filter-category').selectOption('商品信息');
    // The list renders only the rows in view: counts come from the "shown n / total" line.
    const shown = async () => Number((await studio.getByTestId('shown-count').textContent())?.match(/\d+/)?.[0]);
    const rows = studio.getByTestId('entry-row');
    /** Statuses of the rows rendered now (read in one go: the rendered window moves as the list settles). */
    const statuses = async () => [...new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))];
    const n = await shown();
    expect(n).toBeGreaterThan(1);
    const selectAll = studio.getByTestId('select-all');
    if (!(await selectAll.isChecked())) await selectAll.check();

    // Bad input: the bar says why and nothing changes.
    await studio.getByTestId('bulk-category').fill('  ');
    await studio.getByTestId('bulk-category-apply').click();
    const error = studio.getByTestId('bulk-error');
    expect(await error.getAttribute('data-error')).toBe('empty-category');
    expect(await error.textContent()).toContain('请填写分类');
    await studio.getByTestId('bulk-category').fill('售后//尺码');
    await studio.getByTestId('bulk-category-apply').click();
    await expect.poll(() => error.getAttribute('data-error')).toBe('empty-category-level');
    expect(await shown()).toBe(n);
    expect(await statuses()).toEqual(['published']);

    await studio.getByTestId('bulk-category').fill(' 售后 / 尺码 ');
    await studio.getByTestId('bulk-category-apply').click();
    await expect.poll(() => error.count()).toBe(0);
    expect(await studio.getByTestId('notice').textContent()).toContain(`已修改 ${n} 条`);
    await expect.poll(shown).toBe(0); // none left in 商品信息
    await studio.getByTestId('filter-category').selectOption('售后/尺码');
    await expect.poll(shown).toBe(n);
    // A category is content: the moved entries need review again.
    expect(await statuses()).toEqual(['draft']);

    await studio.getByTestId('undo').click();
    await expect.poll(shown).toBe(0);
    try {
      await studio.getByTestId('filter-category').selectOption('商品信息', { timeout: 15_000 });
    } catch (e) {
      // Seen once in a fresh-clone CI run (passed on retry), never reproduced on demand: say what the page showed.
      console.error('[studio e2e] after undo, category filter options:', await studio.getByTestId('filter-category').innerHTML());
      console.error('[studio e2e] alerts:', await studio.locator('[role=alert]').allTextContents(), 'shown:', await studio.getByTestId('shown-count').textContent());
      throw e;
    }
    await expect.poll(shown).toBe(n);
    expect(await statuses()).toEqual(['published']);
    await selectAll.uncheck();
    await studio.getByTestId('clear-filters').click();
  });

  it('turns imported gap reports into a to-answer list; answering one starts a draft with the buyers\' phrasings', async () => {
    const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const reports = ['能开增值税专票吗', '可以开专票吗', '支持开增值税专用发票吗'].map((question, i) =>
      sampleReport({ id: uuid(i + 1), question, suggestions: [], emotion: { main: 'confused', urgency: 'medium' } }),
    );
    const file = join(dir, 'gaps.jsonl');
    writeFileSync(file, reportsToJsonl(reports));
    await studio.getByTestId('tab-gaps').click();
    await studio.getByTestId('import-gaps').setInputFiles(file);
    await studio.getByTestId('gap').first().waitFor();
    const gaps = await studio.getByTestId('gap').count();
    expect(gaps).toBeGreaterThanOrEqual(1);
    await studio.getByTestId('answer-gap').first().click();
    expect(await studio.getByTestId('gap').count()).toBe(gaps - 1);
    const form = studio.getByTestId('entry-form');
    expect(await form.getByTestId('status-badge').getAttribute('data-status')).toBe('draft');
    const phrasings = await studio.getByTestId('phrasing').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(phrasings.some((p) => p.includes('专票') || p.includes('专用发票'))).toBe(true);
    // Errors in place until the answer is written.
    expect(await studio.getByTestId('answer').getAttribute('aria-invalid')).toBe('true');
  });

  it("fetches gap reports from the team's endpoint (JSONL served over HTTP)", async () => {
    const served = mkdtempSync(join(tmpdir(), 'kefu-gaps-'));
    writeFileSync(join(served, 'reports.jsonl'), reportsToJsonl([
      sampleReport({ id: '00000000-0000-4000-8000-000000000101', question: '可以寄到海外吗', suggestions: [], emotion: { main: 'confused', urgency: 'low' } }),
    ]));
    const server = await startServer(served, 0);
    try {
      await studio.getByTestId('tab-gaps').click();
      const before = await studio.getByTestId('gap').count();
      await studio.getByTestId('gaps-url').fill(new URL('reports.jsonl', server.url).href);
      await studio.getByTestId('fetch-gaps').click();
      await expect.poll(() => studio.getByTestId('gap').count(), { timeout: 10_000 }).toBe(before + 1);
      expect(await studio.getByTestId('gaps-panel').textContent()).toContain('可以寄到海外吗');
    } finally {
      await server.close();
      rmSync(served, { recursive: true, force: true });
    }
  });

  it('flags a phrasing another entry already has, in the form and in the whole-pack check', async () => {
    await studio.getByTestId('add-phrasing').click();
    await expect.poll(() => studio.getByTestId('phrasing').last().evaluate((el) => el === document.activeElement)).toBe(true);
    await studio.keyboard.type('尺码怎么选啊');
    await studio.getByTestId('entry-duplicates').waitFor({ timeout: 5_000 });
    expect(await studio.getByTestId('entry-duplicates').textContent()).toContain('尺码怎么选');
    await studio.getByTestId('tab-dup').click();
    await studio.getByTestId('check-duplicates').click();
    await studio.getByTestId('dup-same').first().waitFor({ timeout: 15_000 });
    expect(await studio.getByTestId('dup-same').first().textContent()).toContain('尺码怎么选啊');
  });
});

describe('pack studio on a 5,000-entry pack', () => {
  /** Made-up entries, one of them about gift cards (the one searched, edited and tried). */
  function bigPackText(n: number): string {
    const entries = Array.from({ length: n }, (_, i) =>
      i === 4321
        ? { id: `e${i}`, title: '礼品卡退款', questions: ['礼品卡能退款吗'], answer: '亲，礼品卡一经售出不支持退款哦。' }
        : { id: `e${i}`, title: `商品${i}咨询`, questions: [`编号${i}的商品什么时候发货`], answer: `亲，编号${i}的商品48小时内发货。`, category: `类目/${i % 7}` },
    );
    return JSON.stringify({ format: 'kbpack/1', id: 'big-shop', version: '1', title: 'Big pack', locale: 'zh-CN', publishedAt: '2026-11-01T00:00:00Z', entries });
  }

  it('opens it, and search, keyboard browsing, editing (with the duplicate check) and Try still work', async () => {
    const file = join(dir, 'big-shop.json');
    writeFileSync(file, bigPackText(5000));
    const page = await openStudio();
    const back = page.getByTestId('back-to-packs');
    const start = page.getByTestId('studio-start');
    await Promise.race([back.waitFor(), start.waitFor()]);
    if (await back.isVisible()) await back.click();
    await page.getByTestId('open-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('doc-title').textContent(), { timeout: 30_000 }).toBe('Big pack');
    expect(await page.getByTestId('dash-total').getAttribute('data-count')).toBe('5000');
    // Only the rows in view are in the page.
    const rendered = await page.getByTestId('entry-row').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(200);

    // Keyboard: ↓ moves to the next entry, End to the last one (scrolled into view and focused).
    await page.getByTestId('entry-row').first().locator('button').focus();
    await page.keyboard.press('ArrowDown');
    const focusedId = () => page.evaluate(() => document.activeElement?.closest('[data-testid="entry-row"]')?.getAttribute('data-entry-id'));
    await expect.poll(focusedId).toBe('e1');
    await page.keyboard.press('End');
    await expect.poll(focusedId).toBe('e4999');
    const row = await page.locator('[data-entry-id="e4999"]').getAttribute('aria-posinset');
    expect(row).toBe('5000');

    // Search (ranked in the worker).
    await page.getByTestId('entry-search').fill('礼品卡可以退款吗');
    await expect.poll(() => page.getByTestId('entry-row').first().getAttribute('data-entry-id'), { timeout: 30_000 }).toBe('e4321');
    await page.getByTestId('entry-row').first().locator('button').click();
    await expect.poll(() => page.getByTestId('entry-title').inputValue()).toBe('礼品卡退款');

    // Edit: a new phrasing that another entry already has is flagged; the list shows the new title.
    await page.getByTestId('add-phrasing').click();
    await expect.poll(() => page.getByTestId('phrasing').last().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('编号7的商品什么时候发货');
    await page.getByTestId('entry-duplicates').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('entry-duplicates').textContent()).toContain('商品7咨询');
    await page.getByTestId('entry-title').fill('礼品卡能退吗');
    await expect.poll(() => page.locator('[data-testid="entry-row"][data-entry-id="e4321"] .entry-title').textContent()).toBe('礼品卡能退吗');

    // Try a question on the pack as edited.
    await page.getByTestId('tab-try').click();
    await page.getByTestId('try-input').fill('礼品卡买了能退款吗');
    await expect.poll(() => page.getByTestId('try-suggestion').first().getAttribute('data-entry-id'), { timeout: 30_000 }).toBe('e4321');
    await saved(page);
    await page.close();
  });
});
