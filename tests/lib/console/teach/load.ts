// Load any fixture console (listed or not) into happy-dom, running its inline script like load-fixture.ts.
import { readFileSync } from 'node:fs';
import { fixtureConsoles, unlistedFixtureConsoles, type FixtureConsole } from '../../../fixtures/consoles';
import { setUrl } from '../load-fixture';

export function fixtureOf(name: FixtureConsole['name']): FixtureConsole {
  const found = [...fixtureConsoles, ...unlistedFixtureConsoles].find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

export function loadAny(name: FixtureConsole['name'], options: { url?: string; runScripts?: boolean } = {}): FixtureConsole {
  const f = fixtureOf(name);
  const parsed = new DOMParser().parseFromString(readFileSync(f.file, 'utf8'), 'text/html');
  setUrl(options.url ?? f.url);
  delete (window as { __console?: unknown }).__console;
  const scripts = Array.from(parsed.querySelectorAll('script'));
  for (const s of scripts) s.remove();
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  if (options.runScripts !== false) for (const s of scripts) if (!s.getAttribute('src')) new Function(s.textContent ?? '')();
  return f;
}

/** The PDD fixture mounts its chat after 800 ms: mount it now. */
export function mountNow(): void {
  const tpl = document.querySelector<HTMLTemplateElement>('#tpl-app');
  const app = document.querySelector('#app');
  if (tpl && app) {
    app.innerHTML = '';
    app.appendChild(tpl.content.cloneNode(true));
  }
}
