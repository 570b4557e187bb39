// In real Chromium with the production build: how responsive the pack studio stays on a big pack
// (10,000 and 50,000 entries). The longest main-thread stall (gap between animation frames, and the
// longest 'longtask') while a team lead opens the pack, searches, edits a phrasing, undoes, tries a
// question and exports. Skipped with a message when the build or Chromium is missing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticEntries } from '../retrieval/synthetic';
import { chromiumPath, extensionPath, launch, type Session } from '../../e2e/harness';

export const name = 'studio';

const SIZES = (process.env.STUDIO_BENCH_SIZES ?? '10000,50000').split(',').map(Number).filter((n) => n > 0);

/** A kbpack/1 file of synthetic entries (seeded, made-up shop questions). */
export function syntheticPackText(n: number): string {
  const entries = syntheticEntries(n, 7).map((e, i) => ({
    ...e,
    id: `e${i}`,
    title: e.title || `entry ${i}`,
    category: i % 3 === 0 ? `售后/分类${i % 17}` : undefined,
    tags: i % 5 === 0 ? [`tag${i % 11}`] : undefined,
  }));
  return JSON.stringify({ format: 'kbpack/1', id: `bench-${n}`, version: '1', title: `Bench ${n}`, locale: 'zh-CN', publishedAt: '2026-11-01T00:00:00Z', entries });
}

/** tsx compiles with keepNames: functions passed to page.evaluate call a `__name` helper the page lacks. */
const defineNameHelper = (page: Page) => page.evaluate('globalThis.__name = (f) => f');

interface Stall {
  /** Longest gap between animation frames, ms. */
  frame: number;
  /** Longest long task, ms (0 when none). */
  task: number;
  /** Wall time of the step, ms. */
  ms: number;
}

async function startRecorder(page: Page): Promise<void> {
  await defineNameHelper(page);
  await page.evaluate(() => {
    const w = window as any;
    if (w.__rec) cancelAnimationFrame(w.__rec.raf);
    const rec = { maxGap: 0, maxTask: 0, last: performance.now(), raf: 0, obs: null as PerformanceObserver | null };
    const tick = (t: number) => {
      rec.maxGap = Math.max(rec.maxGap, t - rec.last);
      rec.last = t;
      rec.raf = requestAnimationFrame(tick);
    };
    rec.raf = requestAnimationFrame(tick);
    try {
      rec.obs = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.maxTask = Math.max(rec.maxTask, e.duration);
      });
      rec.obs.observe({ type: 'longtask' });
    } catch {
      // no longtask support: frames only
    }
    w.__rec = rec;
  });
}

async function stopRecorder(page: Page): Promise<{ frame: number; task: number }> {
  return page.evaluate(() => {
    const rec = (window as any).__rec;
    cancelAnimationFrame(rec.raf);
    // The frame still pending when the step ends counts too.
    const open = performance.now() - rec.last;
    rec.obs?.disconnect();
    return { frame: Math.max(rec.maxGap, open), task: rec.maxTask };
  });
}

async function step(page: Page, act: () => Promise<void>, settleMs: number): Promise<Stall> {
  await startRecorder(page);
  const t0 = Date.now();
  await act();
  const ms = Date.now() - t0;
  // Debounced work (re-index, duplicate check, autosave) lands after the action: keep recording.
  await page.waitForTimeout(settleMs);
  return { ...(await stopRecorder(page)), ms };
}

async function measure(session: Session, n: number, dir: string): Promise<Record<string, Stall>> {
  const file = join(dir, `bench-${n}.json`);
  writeFileSync(file, syntheticPackText(n));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/studio.html`);
  await page.getByTestId('studio-start').waitFor();
  const out: Record<string, Stall> = {};
  const T = { timeout: 120_000 };

  out.open = await step(page, async () => {
    await page.getByTestId('open-file').setInputFiles(file);
    await page.getByTestId('entry-row').first().waitFor(T);
    await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved', null, T);
  }, 2500);

  out.search = await step(page, async () => {
    await page.getByTestId('entry-search').click();
    await page.keyboard.type('退款怎么', { delay: 120 });
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''), null, T);
  }, 1500);

  out.clearSearch = await step(page, async () => {
    await page.getByTestId('entry-search').fill('');
  }, 1500);

  out.edit = await step(page, async () => {
    await page.getByTestId('entry-row').nth(3).locator('button').click();
    const phrasing = page.getByTestId('phrasing').first();
    await phrasing.click();
    await phrasing.press('End');
    await page.keyboard.type('吗吗', { delay: 120 });
  }, 2500);

  out.undo = await step(page, async () => {
    await page.getByTestId('undo').click();
  }, 2500);

  out.try = await step(page, async () => {
    await page.getByTestId('tab-try').click();
    await page.getByTestId('try-input').click();
    await page.keyboard.type('退款多久到账', { delay: 120 });
    await page.getByTestId('try-suggestion').first().waitFor(T);
  }, 1000);

  out.export = await step(page, async () => {
    await page.getByTestId('tab-export').click();
    await page.getByTestId('export-summary').waitFor(T);
    const [d] = await Promise.all([page.waitForEvent('download', T), page.getByTestId('export').click()]);
    await d.path();
  }, 1500);

  await page.close();
  return out;
}

export async function run(): Promise<string> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) return '## Studio\n\nSkipped: no build in .output/chrome-mv3 (run `npm run build`).\n';
  if (!existsSync(chromiumPath())) return `## Studio\n\nSkipped: no Chromium at ${chromiumPath()}.\n`;
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-studio-'));
  const rows: string[] = [];
  try {
    for (const n of SIZES) {
      // A fresh browser per size: the studio reopens the last doc, and memory from the last run would count.
      const session = await launch();
      try {
        const r = await measure(session, n, dir);
        const f = (s: Stall) => `${s.frame.toFixed(0)} / ${s.task.toFixed(0)}`;
        const goal = n <= 10_000 ? 100 : 250;
        const worst = Math.max(...Object.values(r).map((s) => s.frame));
        rows.push(`| ${n.toLocaleString('en')} | ${f(r.open!)} | ${f(r.search!)} | ${f(r.clearSearch!)} | ${f(r.edit!)} | ${f(r.undo!)} | ${f(r.try!)} | ${f(r.export!)} | ≤ ${goal} ms ${worst <= goal ? '✅' : '❌'} |`);
        console.error(n, JSON.stringify(r));
      } finally {
        await session.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '## Pack studio on big packs (Chromium)',
    '',
    'Longest main-thread stall while a team lead works on a synthetic pack: longest gap between animation frames / longest long task, in ms, over each step and the debounced work after it (re-index, duplicate check, autosave). Steps: open the pack file, type a search, clear it, edit a phrasing of one entry, undo, try a question, export.',
    '',
    '| entries | open | search | clear search | edit | undo | try | export | goal (longest frame gap) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
