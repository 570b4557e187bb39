// Load a fixture console into happy-dom's document, optionally running its inline scripts (happy-dom in
// vitest does not evaluate scripts itself). Scripts run with the test's globals, so fake timers apply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureConsoles, quillDist, type FixtureConsole } from '../../fixtures/consoles';

export interface LoadOptions {
  runScripts?: boolean;
  /** Override the URL the page pretends to be at. */
  url?: string;
}

export function fixture(name: FixtureConsole['name']): FixtureConsole {
  const found = fixtureConsoles.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

export function loadFixture(name: FixtureConsole['name'], options: LoadOptions = {}): void {
  const f = fixture(name);
  const html = readFileSync(f.file, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  setUrl(options.url ?? f.url);
  delete (window as { __console?: unknown }).__console;
  const scripts = Array.from(parsed.querySelectorAll('script'));
  // No network in unit tests: happy-dom would try to fetch the harness-served stylesheet and scripts.
  for (const node of [...Array.from(parsed.querySelectorAll('link[href^="/__fixtures__/"]')), ...scripts]) node.remove();
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  if (options.runScripts === false) return;
  for (const script of scripts) {
    const src = script.getAttribute('src');
    if (src === '/__fixtures__/quill.js') {
      // Quill's UMD bundle assigns self.Quill when there is no module system.
      new Function(readFileSync(join(quillDist, 'quill.js'), 'utf8'))();
    } else if (!src) {
      new Function(script.textContent ?? '')();
    }
  }
}

export interface ConsoleHooks {
  addBuyerMessage(text: string, opts?: { image?: true; card?: string }): void;
  addSellerMessage(text: string): void;
  switchConversation(id: string, buyerName: string, messages: Array<string | { from?: string; text?: string; image?: boolean; card?: string }>): void;
  model(): string;
}

export function hooks(): ConsoleHooks {
  const h = (window as unknown as { __console?: ConsoleHooks }).__console;
  if (!h) throw new Error('fixture hooks missing: was the script run?');
  return h;
}
