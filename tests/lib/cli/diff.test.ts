import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '@/lib/cli/commands/diff';
import { captureOutput, fixturesDir } from '../feed/helpers';

const v1 = resolve(fixturesDir, 'shop-v1.json');
const v2 = resolve(fixturesDir, 'shop-v2.json');
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  io = captureOutput();
});
afterEach(() => io.restore());

describe('kbpack diff', () => {
  it('prints a changelog between two versions', async () => {
    expect(await run([v1, v2])).toBe(0);
    expect(io.out()).toBe(
      [
        'shop-zh 2026.11.1 → 2026.11.2',
        '2 added, 1 changed, 1 removed',
        '',
        'Added:',
        '  + 双12活动 (promo-1212)',
        '  + 礼品包装 (gift-wrap)',
        '',
        'Changed:',
        '  ~ 退货运费 (return-fee): answer',
        '',
        'Removed:',
        '  - 双11满减活动 (promo-1111)',
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese and JSON on request, and reports no changes', async () => {
    expect(await run([v1, v2, '--locale', 'zh'])).toBe(0);
    expect(io.out()).toContain('新增 2 条，修改 1 条，删除 1 条');
    expect(await run([v2, v1, '--json'])).toBe(0);
    const json = JSON.parse(io.out().slice(io.out().indexOf('{')));
    expect(json.added).toEqual([{ id: 'promo-1111', title: '双11满减活动' }]);
    expect(await run([v1, v1])).toBe(0);
    expect(io.out()).toContain('shop-zh 2026.11.1 → 2026.11.1\nNo changes.\n');
  });

  it('refuses invalid packs and wrong usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbpack-diff-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"format":"kbpack/1"');
      expect(await run([v1, bad])).toBe(1);
      expect(io.err()).toMatch(/bad\.json is not a valid pack:\n\(pack\): not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await run([v1])).toBe(2);
    expect(await run([v1, v2, '--locale', 'fr'])).toBe(2);
    expect(io.err()).toContain('--locale must be zh or en (got "fr")');
  });
});
