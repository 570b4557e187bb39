import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../support/report-receiver';
import { launch, openConsoleWithPanel, readStore, type Session } from './harness';

// The options page's side of the loop, in real Chromium against a real receiver on 127.0.0.1: the local
// analytics (answer rate, unanswered groups, needs review, usage CSV), the report exports, opt-in usage
// numbers riding along with a report, and a report that failed for a week (told in the panel and the options).
// The steps run in order on one browser profile.

let session: Session;
let receiver: Receiver;
let consolePage: Page;
let panel: Page;
let options: Page;
/** The entry the agent thumbs down for three questions. */
let disliked: { key: string; title: string };

const phoneQuestion = '能送货上门吗？我电话13812345678，地址浙江省杭州市西湖区文三路90号3单元502室';
// The same question asked again in other words (as buyers do), so the same answer comes up each time.
const returnQuestions = ['我想退货，怎么操作？', '你好，我想退货，怎么操作？', '我想退货，要怎么操作？'];

beforeAll(async () => {
  receiver = await startReceiver();
  session = await launch();
  ({ consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo'));
  await consolePage.waitForFunction(() => (window as any).__console?.mounted?.() === true);
  options = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
  await receiver?.close();
});

async function ask(question: string) {
  await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
  await consolePage.evaluate((q) => (window as any).__console.addBuyerMessage(q), question);
  await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 5_000 }).toContain(question.slice(0, 6));
}

/** Flag the current question as missing an answer from the panel; resolves once the dialog has closed. */
async function flagMissing(note: string) {
  await panel.getByTestId('flag-missing').first().click();
  await panel.getByTestId('report-preview').waitFor();
  await panel.getByTestId('report-note').fill(note);
  await panel.getByTestId('send-report').click();
  await panel.getByTestId('report-dialog').waitFor({ state: 'detached' });
}

async function openOptions() {
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('analytics').waitFor();
}

/** Click a button that saves a file and return the file's name and text. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** How many usage events of a type the extension has stored (IndexedDB, store events). */
const countEvents = async (page: Page, type: string) => (await readStore<{ type: string }>(page, 'events')).filter((e) => e.type === type).length;

/** Rewrite one queued report's creation time the way the panel stores it (IndexedDB, store gapReports). */
function backdate(page: Page, id: string, createdAt: number) {
  return page.evaluate(
    ({ id, createdAt }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kefu-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('gapReports', 'readwrite');
          const store = tx.objectStore('gapReports');
          const got = store.get(id);
          got.onsuccess = () => {
            if (!got.result) return reject(new Error(`no report ${id}`));
            store.put({ ...got.result, createdAt, nextAttemptAt: undefined });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, createdAt },
  );
}

describe('options: reports and analytics', () => {
  it('the analytics view shows answer rate, masked unanswered questions and an entry that needs review; the usage CSV downloads', async () => {
    await ask(phoneQuestion);
    await flagMissing('知识库里没有上门配送'); // no destination yet: kept on this computer
    await expect.poll(() => panel.getByTestId('status').textContent()).toMatch(/本机|this computer|locally/i);

    for (const [i, q] of returnQuestions.entries()) {
      await ask(q);
      const cards = panel.getByTestId('suggestion');
      await cards.first().waitFor();
      if (i === 0) {
        const first = cards.first();
        disliked = { key: (await first.getAttribute('data-key')) ?? '', title: ((await first.locator('.suggestion-title').textContent()) ?? '').trim() };
        expect(disliked.key).not.toBe('');
      }
      const card = panel.locator(`[data-testid="suggestion"][data-key="${disliked.key}"]`);
      await card.getByTestId('thumbs-down').click();
      await expect.poll(() => card.getByTestId('thumbs-down').getAttribute('aria-pressed')).toBe('true');
    }
    // The last return question is answered with an insert: answer rate is neither 0 nor 100%.
    await panel.getByTestId('insert').first().click();
    await expect.poll(() => countEvents(panel, 'inserted'), { timeout: 5_000 }).toBe(1);

    await openOptions();
    const seen = Number(await options.getByTestId('questions-seen').textContent());
    expect(seen).toBeGreaterThanOrEqual(4); // the fixture's opening question may be one more
    const rate = Number((await options.getByTestId('answer-rate').textContent())?.replace('%', ''));
    expect(rate).toBe(Math.round((1 / seen) * 100));

    const analytics = options.getByTestId('analytics');
    const unanswered = (await analytics.locator('ol').textContent()) ?? '';
    expect(unanswered).toContain('能送货上门吗');
    expect(unanswered).toContain('〔phone〕');
    expect(unanswered).not.toContain('13812345678');
    expect(unanswered).not.toContain('文三路90号');

    const review = options.getByTestId('needs-review').filter({ hasText: disliked.title });
    await expect.poll(() => review.count()).toBe(1);
    const row = (await review.textContent()) ?? '';
    expect(row).toMatch(/差评多|thumbs-down/);

    const csv = await download(options, () => analytics.getByRole('button', { name: /导出 CSV|Export CSV/ }).click());
    expect(csv.name).toMatch(/^usage-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('metric,value');
    expect(lines).toContain(`questionsSeen,${seen}`);
    expect(lines).toContain('answered,1');
    const entryLine = lines.find((l) => l.startsWith(`${disliked.key},`)) ?? '';
    // shown 3, inserted 1, up 0, down 3, flagged 0, negative share 1, needs review for negative feedback
    expect(entryLine.endsWith(',3,1,0,3,0,1,yes,negative-feedback')).toBe(true);
    expect(csv.text).not.toContain('13812345678');
  });

  it('exports the local reports as CSV and JSON Lines, masked', async () => {
    await openOptions();
    const csv = await download(options, () => options.getByTestId('export-csv').click());
    expect(csv.name).toMatch(/^gap-reports-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true); // Excel reads the Chinese correctly
    expect(csv.text).toContain('能送货上门吗');
    expect(csv.text).toContain('知识库里没有上门配送');

    const json = await download(options, () => options.getByTestId('export-json').click());
    expect(json.name).toMatch(/^gap-reports-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const reports = json.text.trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string; question: string; note: string });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'missing', note: '知识库里没有上门配送' });
    expect(reports[0]!.question).toContain('〔phone〕');
    expect(csv.text).toContain(reports[0]!.id);
    for (const text of [csv.text, json.text]) {
      expect(text).not.toContain('13812345678');
      expect(text).not.toContain('文三路90号');
    }
  });

  it('with "share usage" on, a report carries the aggregated numbers and no message text', async () => {
    await openOptions();
    await options.getByTestId('report-destination').fill(receiver.url);
    await options.getByTestId('save-destination').click();
    await options.getByTestId('reports-message').waitFor();
    const share = options.getByRole('checkbox', { name: /汇总的使用数据|aggregated usage/ });
    await share.check();
    await openOptions(); // the setting is stored, not just ticked
    expect(await options.getByRole('checkbox', { name: /汇总的使用数据|aggregated usage/ }).isChecked()).toBe(true);

    await ask('可以开发票吗？我邮箱是 buyer.li@example.com');
    await panel.getByTestId('flag-missing').first().click();
    const preview = panel.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toMatch(/采用推荐的比例|Answered with a suggestion/); // usage loaded into the preview
    const before = new Set(receiver.reports.keys());
    await panel.getByTestId('send-report').click();
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 10_000 }).toMatch(/已提交|sent/i);

    const fresh = [...receiver.reports.entries()].filter(([id]) => !before.has(id)).map(([, r]) => r as { question: string; usage?: Record<string, unknown> & { needsReview: { key: string; down: number }[] } });
    const report = fresh.find((r) => r.question.includes('开发票'));
    expect(report?.usage).toBeDefined();
    const usage = report!.usage!;
    expect(usage.questionsSeen).toBeGreaterThanOrEqual(5);
    expect(usage.inserted).toBe(1);
    expect(usage.flagged).toBeGreaterThanOrEqual(1);
    expect(usage.needsReview.find((e) => e.key === disliked.key)).toMatchObject({ down: 3 });
    const numbers = JSON.stringify(usage);
    for (const text of [...returnQuestions, '能送货上门吗', '开发票', '13812345678', 'buyer.li']) expect(numbers).not.toContain(text);
    // The local report flagged before the destination existed was delivered too: nothing is left behind.
    await openOptions();
    await expect.poll(() => options.getByTestId('report-counts').textContent()).toMatch(/本机 0 · 待提交 0 · 已提交 2 · 失败 0|Local 0 · queued 0 · sent 2 · failed 0/);
  });

  it('a report that failed for over a week is shown in the panel and the options, and can still be sent', async () => {
    receiver.failNext(1_000);
    await ask('你们周末发货吗');
    const hitsBefore = receiver.hits.length;
    await flagMissing('周末发货没有答案');
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 10_000 }).toMatch(/稍后|排队|queued|later/i);
    const failedHit = receiver.hits.slice(hitsBefore).find((h) => h.status === 503);
    expect(failedHit).toBeDefined();
    expect(await panel.getByTestId('reports-failed').count()).toBe(0); // one failure is not a week of them

    // The report was made eight days ago; the next attempt fails again, so it is given up on and shown.
    await backdate(panel, failedHit!.id, Date.now() - 8 * 86_400_000);
    await openOptions();
    await options.getByTestId('send-reports').click();
    // The message says it failed (not "0 sent").
    await expect.poll(() => options.getByTestId('reports-message').textContent()).toMatch(/^(提交失败|Sending failed)/);
    await expect.poll(() => options.getByTestId('report-counts').textContent()).toMatch(/失败 1|failed 1/);
    await expect.poll(() => options.getByRole('alert').filter({ hasText: /一周|for a week/ }).count()).toBe(1);
    await panel.getByTestId('reports-failed').waitFor();
    expect(await panel.getByTestId('reports-failed').textContent()).toMatch(/\(1\)/);

    // Nothing was dropped: the export still has it, and once the receiver is back "retry" delivers it.
    const json = await download(options, () => options.getByTestId('export-json').click());
    expect(json.text).toContain(failedHit!.id);
    receiver.failNext(0);
    await options.getByRole('button', { name: /重试|Retry/ }).click();
    await expect.poll(() => receiver.reports.has(failedHit!.id), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => options.getByTestId('report-counts').textContent()).toMatch(/已提交 3 · 失败 0|sent 3 · failed 0/);
    await panel.getByTestId('reports-failed').waitFor({ state: 'detached' });
  });
});
