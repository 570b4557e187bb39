import { z } from 'zod';
import { keysMatch, signBytes } from '../feed/keys';

// Signing an export in the studio with the key file `kbpack keygen` writes ({"publicKey","privateKey"}).
// The key is held in memory only; it is never stored by the studio.

const keyFileSchema = z.object({ publicKey: z.string().trim().min(1), privateKey: z.string().trim().min(1) });
export type SigningKeys = z.infer<typeof keyFileSchema>;

export type KeyFileResult = { ok: true; keys: SigningKeys } | { ok: false; error: 'not-json' | 'not-key-file' | 'mismatch' };

/** Read and check a key file. Never throws. */
export async function readKeyFile(text: string): Promise<KeyFileResult> {
  let value: unknown;
  try {
    value = JSON.parse(String(text).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const r = keyFileSchema.safeParse(value);
  if (!r.success) return { ok: false, error: 'not-key-file' };
  if (!(await keysMatch(r.data.publicKey, r.data.privateKey))) return { ok: false, error: 'mismatch' };
  return { ok: true, keys: r.data };
}

/** The .sig file text for the exact UTF-8 bytes of the exported pack (as `kbpack sign` writes it). */
export async function signatureFile(packText: string, keys: SigningKeys): Promise<string> {
  return `${await signBytes(keys.privateKey, new TextEncoder().encode(packText))}\n`;
}
