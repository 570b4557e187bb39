import { z } from 'zod';
import { keysMatch } from '../feed/keys';
import { decodeUtf8, readBytes } from './io';

// The signing key file written by `kbpack keygen`: {"publicKey","privateKey"} (base64 SPKI / PKCS8).

export const keyFileSchema = z.object({
  publicKey: z.string().trim().min(1),
  privateKey: z.string().trim().min(1),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export async function readKeyFile(path: string): Promise<{ ok: true; keys: KeyFile } | { ok: false; error: string }> {
  const read = await readBytes(path);
  if (!read.ok) return { ok: false, error: `${read.error} (make a key with "kbpack keygen --out ${path}")` };
  const text = decodeUtf8(read.bytes);
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return { ok: false, error: `${path} is not a key file (expected JSON from "kbpack keygen")` };
  }
  const r = keyFileSchema.safeParse(value);
  if (!r.success) return { ok: false, error: `${path} is not a key file: it needs "publicKey" and "privateKey" (made by "kbpack keygen")` };
  if (!(await keysMatch(r.data.publicKey, r.data.privateKey))) {
    return { ok: false, error: `${path}: the private key does not match the public key, or is not an ECDSA P-256 key` };
  }
  return { ok: true, keys: r.data };
}
