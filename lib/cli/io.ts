import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// File and console helpers for the kbpack commands: human messages instead of stack traces, and
// writes that either complete or leave the old file untouched.

export const out = (text: string) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
export const err = (text: string) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

/** Print a human error on stderr and return the exit code (1: bad input, 2: bad usage). */
export function fail(message: string, code = 1): number {
  err(message);
  return code;
}

export function usageError(message: string, usage: string): number {
  return fail(`${message}\nusage: ${usage}`, 2);
}

function describeFsError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `cannot find ${path}`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `no permission to read ${path}`;
  return `cannot read ${path}: ${(e as Error).message}`;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export async function readBytes(path: string): Promise<ReadResult> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    return { ok: false, error: describeFsError(e, path) };
  }
}

/** Strict UTF-8 (a GBK export must not silently become mojibake); strips a BOM. Null when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Write via a temp file in the same folder and rename over the target, so a failure (disk full,
 * Ctrl-C) never leaves a half-written pack. `mode` applies from creation (the key file is never
 * readable by others, not even briefly).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx', mode: options.mode ?? 0o644 });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
