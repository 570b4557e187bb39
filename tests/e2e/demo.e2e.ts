import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionPath } from './harness';

// `npm start` without a display: the demo walks through the consoles and the team feed headless and writes
// its screenshots. Run as a child process on the build the e2e suite already uses (npm start builds first;
// run-demo itself does not, so nothing is built twice).
const repo = resolve(__dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'kefu-demo-e2e-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const expected = [
  'pinduoduo-1-panel.png', 'pinduoduo-2-inserted.png', 'feige-1-panel.png', 'feige-2-inserted.png',
  'kuaishou-1-panel.png', 'kuaishou-2-inserted.png', 'tiktok-1-panel.png', 'tiktok-2-inserted.png',
  'side-by-side.png', 'team-feed-0-options.png', 'team-feed-1-panel.png', 'team-feed-2-inserted.png',
];
const isPng = (file: string) => readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('the demo (npm start, headless)', () => {
  it('runs to the end with exit 0 and writes every screenshot, including the team feed', async () => {
    expect(existsSync(join(extensionPath, 'manifest.json')), 'build the extension first (npm run build)').toBe(true);
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'tests/demo/run-demo.ts', '--out', out], { cwd: repo, env, timeout: 80_000 }, (_e, stdout, stderr) =>
        done({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(result.stderr, result.stdout).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No display: walking through the demo headless.');
    expect(result.stdout).toMatch(/team feed: question ".+" → feed entry shop-zh\/\S+ inserted/);
    expect(result.stdout).toContain(`Screenshots written to ${out}/`);
    for (const f of expected) expect(existsSync(join(out, f)) && isPng(join(out, f)), f).toBe(true);
  });
});
