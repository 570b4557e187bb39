// npm run bench: runs every suite in ./suites (each exports `name` and `run(): Promise<string>` returning a
// Markdown section), prints the sections and writes them to tests/bench/RESULTS.md (linked from the README).
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

interface Suite {
  name: string;
  run(): Promise<string>;
}

const files = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const sections: string[] = [
  `# Benchmark results`,
  '',
  `Run: ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
  '',
];
if (files.length === 0) console.log('nothing to measure yet');
for (const f of files) {
  const suite = (await import(join(here, 'suites', f))) as Suite;
  if (only.length && !only.some((o) => f.includes(o) || suite.name.includes(o))) continue;
  console.error(`\n== ${suite.name} ==`);
  const md = await suite.run();
  console.log(md);
  sections.push(md, '');
}
if (!only.length) {
  writeFileSync(join(here, 'RESULTS.md'), sections.join('\n'));
  console.error(`\nwrote ${join('tests', 'bench', 'RESULTS.md')}`);
}
