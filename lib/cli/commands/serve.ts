import { parseArgs } from '../args';
import { fail, out, usageError } from '../io';
import { startServer, type FeedServer } from '../serve-server';

export const summary = 'serve <dir> [--port 8787]: a local feed server (CORS, ETag) for trying a feed before uploading it';
export const usage = 'kbpack serve <dir> [--port 8787] [--host 127.0.0.1] [--quiet]';

const flags = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parse and start; returns the server (tests and the demo close it) or an exit code on error. */
export async function start(args: string[]): Promise<FeedServer | number> {
  const parsed = parseArgs(args, flags);
  if (!parsed.ok) return usageError(parsed.error, usage);
  if (parsed.flags.help) return (out(`usage: ${usage}`), 0);
  const [dir, ...extra] = parsed.positionals;
  if (!dir || extra.length) return usageError('give one folder to serve (e.g. the --out folder of publish)', usage);
  const portText = parsed.flags.port ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return usageError(`--port must be a number from 0 to 65535 (got "${portText}")`, usage);
  try {
    const server = await startServer(dir, port, { host: parsed.flags.host, log: parsed.flags.quiet ? undefined : (line) => out(line) });
    out(`serving ${dir} at ${server.url}\nfeed address: ${server.url}index.json\npress Ctrl-C to stop`);
    return server;
  } catch (e) {
    return fail((e as Error).message);
  }
}

export async function run(args: string[]): Promise<number> {
  const started = await start(args);
  if (typeof started === 'number') return started;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void started.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
