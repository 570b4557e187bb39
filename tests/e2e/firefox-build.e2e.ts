import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionPath } from './harness';

// `npm run build:firefox` makes a Firefox (MV2) build with the same reach as the Chrome one: the sidebar
// instead of the side panel, background scripts instead of a service worker, and the same consoles and
// optional feed hosts. Compared with the Chrome build the e2e suite already uses.
const repo = resolve(__dirname, '../..');
const firefoxDir = join(repo, '.output/firefox-mv2');

type Manifest = Record<string, any>;
let firefox: Manifest;
let chrome: Manifest;
let buildLog = '';

beforeAll(async () => {
  const code = await new Promise<number | null>((done) => {
    const child = execFile('npm', ['run', '-s', 'build:firefox'], { cwd: repo, timeout: 85_000 }, (_e, stdout, stderr) => {
      buildLog = `${stdout}\n${stderr}`;
      done(child.exitCode);
    });
  });
  expect(code, buildLog).toBe(0);
  firefox = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8')) as Manifest;
  chrome = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as Manifest;
});

const built = (file: string) => existsSync(join(firefoxDir, file));
const sorted = (a: string[]) => [...a].sort();

describe('the Firefox build', () => {
  it('is a Manifest V2 extension with a sidebar and background scripts that exist', () => {
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(built('sidepanel.html')).toBe(true);
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.background?.service_worker).toBeUndefined();
    expect(firefox.background?.scripts?.length).toBeGreaterThan(0);
    for (const s of firefox.background.scripts as string[]) expect(built(s), s).toBe(true);
    expect(firefox.options_ui?.page).toBe('options.html');
    expect(built('options.html')).toBe(true);
    expect(firefox.commands?._execute_sidebar_action).toBeTruthy();
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });

  it('asks for the same console hosts and optional feed hosts as Chrome, and no Chrome-only permission', () => {
    const apiPermissions = (firefox.permissions as string[]).filter((p) => !p.includes('://'));
    const hosts = (firefox.permissions as string[]).filter((p) => p.includes('://'));
    expect(sorted(hosts)).toEqual(sorted(chrome.host_permissions));
    expect(sorted(apiPermissions)).toEqual(sorted((chrome.permissions as string[]).filter((p) => p !== 'sidePanel')));
    expect(sorted(firefox.optional_permissions)).toEqual(sorted(chrome.optional_host_permissions));
    expect(firefox.optional_permissions).toContain('https://*/*');
    expect(firefox.storage?.managed_schema).toBe('managed_schema.json');
    expect(built('managed_schema.json')).toBe(true);
  });

  it('injects the content script on exactly the consoles the Chrome build does', () => {
    const scripts = (m: Manifest) => m.content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts(firefox).map((c) => sorted(c.matches))).toEqual(scripts(chrome).map((c) => sorted(c.matches)));
    for (const c of scripts(firefox)) for (const js of c.js) expect(built(js), js).toBe(true);
  });
});
