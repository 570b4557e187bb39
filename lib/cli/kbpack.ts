#!/usr/bin/env node
// kbpack: the team lead's and CI's command line. Each command lives in ./commands/<name>.ts and
// exports `run(args: string[]): Promise<number>` (the exit code) and a one-line `summary`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface Command {
  summary: string;
  usage?: string;
  run(args: string[]): Promise<number>;
}

function commandNames(): string[] {
  return readdirSync(join(here, 'commands'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<Command> {
  return (await import(join(here, 'commands', `${name}.ts`))) as Command;
}

async function help(): Promise<void> {
  const lines = ['Usage: npm run -s kbpack -- <command> [options]', '', 'Commands:'];
  for (const name of commandNames()) lines.push(`  ${name.padEnd(10)} ${(await load(name)).summary}`);
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await help();
    return name ? 0 : 2;
  }
  if (!commandNames().includes(name)) {
    process.stderr.write(`kbpack: unknown command "${name}". Run "npm run -s kbpack -- help" for the list.\n`);
    return 2;
  }
  return (await load(name)).run(rest);
}

// `kbpack emotion < big.jsonl | head`: a reader that stops early is done with us, not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kbpack: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
